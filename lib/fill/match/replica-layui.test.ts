/**
 * The layui replica (test/replica/layui): reworded labels (企业名称, 注册地址, 企业性质, 是否上市,
 * 上市日期, 企业简介, 申报项目名称, 项目起止日期 on one laydate range input, 负责人姓名,
 * 申报方向, 项目简介), names that are pinyin initials of the site's own abbreviations (dwmc,
 * tyshxydm, lxrsj, fzrsj, sfss, zyywsr, gxqynf), rendered selects, 其他荣誉 rows named
 * qtry[], and uploads in a table whose rows start with 附1-1 … 附3.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { confident, explain, pageBuilder } from '@/test/match-factories';
import type { WidgetKind } from '../types';
import { matchFields } from './index';

const star = (label: string) => `*${label}`;

function layuiPage() {
  const page = pageBuilder('layui');
  let context = ['申报信息'];
  const add = (
    name: string,
    widget: WidgetKind,
    label: string,
    extra: { placeholder?: string; options?: string[]; required?: boolean } = {},
  ) =>
    page.add(
      name,
      widget,
      {
        formItemLabel: extra.required === false ? label : star(label),
        ...(extra.placeholder !== undefined ? { placeholder: extra.placeholder } : {}),
        name,
      },
      { context, ...(extra.options ? { options: extra.options } : {}) },
    );
  const text = (name: string, label: string, placeholder = `请输入${label.replace(/（.*）$/, '')}`) =>
    add(name, 'text', label, { placeholder });

  add('tjdw', 'customSelect', '推荐单位', { options: ['请选择或输入搜索', '重庆市经济和信息化委员会'] });

  context = ['一、申报单位基本信息'];
  text('dwmc', '企业名称', '请输入企业全称（与营业执照一致）');
  text('tyshxydm', '统一社会信用代码', '18位统一社会信用代码');
  text('fddbr', '法人代表');
  text('zczb', '注册资金（万元）', '请输入金额');
  add('dwxz', 'customSelect', '企业性质', {
    options: ['请选择', '政府机关', '事业单位', '民营企业', '其他'],
  });
  text('dwxzqt', '其他单位性质', '请注明单位性质');
  text('zcdz', '注册地址', '与营业执照登记的住所一致');
  text('bgdz', '办公地址');
  context = ['申报联系人', '一、申报单位基本信息'];
  text('lxrxm', '联系人姓名');
  text('lxrzw', '联系人职务');
  text('lxrsj', '联系人手机', '11位手机号码');
  text('lxrcz', '联系人传真', '如：023-12345678');
  text('lxryx', '联系人邮箱');
  context = ['业务与资质', '一、申报单位基本信息'];
  add('zyyw', 'checkboxGroup', '主营业务', { options: ['大数据', '云计算', '区块链', '人工智能', '其他'] });
  text('zyywqt', '其他主营业务', '请注明其他主营业务');
  add('sfss', 'radioGroup', '是否上市', { options: ['是', '否'] });
  text('ssrq', '上市日期', 'yyyy-MM-dd');
  text('gpdm', '股票代码', '6位证券代码');
  text('ssdd', '上市地点', '如：上海证券交易所科创板、全国中小企业股份转让系统');
  add('sfck', 'radioGroup', '是否有业务出口', { options: ['是', '否'] });
  text('ckdd', '主要出口地点', '主要出口国家或地区');
  context = ['相关荣誉', '一、申报单位基本信息'];
  for (const [title, level, year] of [
    ['高新技术企业', 'gxqyjb', 'gxqynf'],
    ['企业技术中心', 'jszxjb', 'jszxnf'],
    ['重点实验室', 'zdsysjb', 'zdsysnf'],
  ] as const) {
    add(level, 'customSelect', title, { required: false, options: ['请选择', '国家级', '省市级'] });
    add(year, 'text', '授予年份', { required: false, placeholder: '请选择年份' });
  }
  page.add(
    'qtry[0]',
    'text',
    { formItemLabel: '其他荣誉', placeholder: '请输入荣誉名称（含认定年份）', name: 'qtry[]' },
    { context },
  );
  page.add(
    'qtry[1]',
    'text',
    { formItemLabel: '其他荣誉', placeholder: '请输入荣誉名称（含认定年份）', name: 'qtry[]' },
    { context },
  );
  add('yfnl', 'textarea', '研发能力', {
    placeholder: '获得的专利、标准、知识产权等（请在附件1中提供证明材料）',
  });
  context = ['经营情况（2019年度）', '一、申报单位基本信息'];
  text('zyywsr', '主营业务收入（万元）', '请输入金额');
  text('yftr', '研发投入（万元）', '请输入金额');
  text('xxxfsr', '信息消费相关业务收入（万元）', '请输入金额');
  text('yfrygm', '研发人员规模', '研发人员数');
  add('sfrjqy', 'radioGroup', '是否软件企业', { options: ['是', '否'] });
  text('rjywsr', '软件业务收入（万元）', '请输入金额');
  text('cpsrze', '产品收入总额（万元）', '请输入金额');
  text('xxjsfwsr', '信息技术服务收入总额（万元）', '请输入金额');
  text('qrsrjsr', '嵌入式系统软件收入总额（万元）', '请输入金额');
  add('dwjj', 'textarea', '企业简介', {
    placeholder:
      '发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字',
  });

  context = ['二、申报项目基本信息'];
  text('xmmc', '申报项目名称', '请输入项目全称');
  text('qzrq', '项目起止日期', '开始日期 - 结束日期');
  text('xmtz', '项目总投资（万元）', '请输入金额');
  context = ['项目负责人', '二、申报项目基本信息'];
  text('fzrxm', '负责人姓名');
  text('fzrzw', '负责人职务');
  text('fzrsj', '负责人手机', '11位手机号码');
  text('fzryx', '负责人邮箱');
  context = ['二、申报项目基本信息'];
  add('sbfx', 'customSelect', '申报方向', {
    options: ['请选择', '方向1：数字创意内容和服务', '方向3：在线医疗服务'],
  });
  add('xmgs', 'textarea', '项目简介', {
    placeholder: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况，不超过400字',
  });

  const narratives: [string, string, string, string][] = [
    [
      'cdfzz',
      '1.项目基本情况',
      '（1）项目承担方资质与能力',
      '申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等',
    ],
    [
      'ssfa',
      '1.项目基本情况',
      '（2）项目实施方案',
      '技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等',
    ],
    ['tdsl', '1.项目基本情况', '（3）项目负责人与项目团队实力', ''],
    ['cxyy', '1.项目基本情况', '（4）产学研用联合协作情况', '产学研用情况、协同创新能力'],
    ['cxx', '1.项目基本情况', '（5）项目实施的创新性', '技术创新、模式创新及相关知识产权'],
    ['ktgx', '1.项目基本情况', '（6）项目的可推广性', '示范意义及推广价值、推广可行性、推广范围'],
    ['sszt', '2.项目实施情况', '（1）项目实施主体、服务对象及适用场景', ''],
    ['ssqk', '2.项目实施情况', '（2）项目实施情况', ''],
    ['xybjh', '3.下一步实施计划', '下一步实施计划', '下一步建设的主要内容、进度安排、风险控制等'],
  ];
  for (const [name, section, label, placeholder] of narratives) {
    page.add(
      name,
      'textarea',
      { formItemLabel: star(label), name, ...(placeholder ? { placeholder } : {}) },
      { context: [section, '三、申报项目详细介绍'] },
    );
  }

  // Upload rows: 序号 | 材料名称 | 已选文件 | 操作 (button + layui's hidden file input named "file").
  const uploads: [string, string, string][] = [
    ['fjryzm', '附1-1', '申报单位相关荣誉证明材料（高新技术企业、企业技术中心、重点实验室等相关证明材料）'],
    ['fjyfnl', '附1-2', '*申报单位研发能力证明材料（获得专利、标准、知识产权等）'],
    ['fjzysr', '附1-3', '*申报单位主营业务收入(2019年)证明材料（财务审计报告、纳税证明等）'],
    [
      'fjzscq',
      '附2-1',
      '*项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料（专利证书、标准文本、软件著作权登记证书等）',
    ],
    ['fjtgxg', '附2-2', '*项目推广效果证明材料（用户证明、应用案例、合同等）'],
    ['fjzrsm', '附3', '*申报主体责任声明（法定代表人签字并加盖公章的声明）'],
  ];
  for (const [id, item, title] of uploads) {
    page.add(
      id,
      'file',
      { cellLeft: '未选择文件', columnHeader: '操作', precedingText: '选择文件', name: 'file' },
      { context: [`${item} ${title}`, '附件材料'] },
    );
  }
  return page;
}

const EXPECTED: Record<string, string> = {
  tjdw: 'project.recommender',
  dwmc: 'company.name',
  tyshxydm: 'company.creditCode',
  fddbr: 'company.legalRepresentative',
  zczb: 'company.registeredCapital',
  dwxz: 'company.nature',
  dwxzqt: 'company.natureOther',
  zcdz: 'company.registeredAddress',
  bgdz: 'company.officeAddress',
  lxrxm: 'contact.name',
  lxrzw: 'contact.title',
  lxrsj: 'contact.mobile',
  lxrcz: 'contact.fax',
  lxryx: 'contact.email',
  zyyw: 'company.mainBusiness',
  zyywqt: 'company.mainBusinessOther',
  sfss: 'company.listed',
  ssrq: 'company.listingDate',
  gpdm: 'company.stockCode',
  ssdd: 'company.listingPlace',
  sfck: 'company.exports',
  ckdd: 'company.exportDestinations',
  gxqyjb: 'honours.highTech.level',
  gxqynf: 'honours.highTech.year',
  jszxjb: 'honours.techCenter.level',
  jszxnf: 'honours.techCenter.year',
  zdsysjb: 'honours.keyLab.level',
  zdsysnf: 'honours.keyLab.year',
  'qtry[0]': 'honours.other',
  'qtry[1]': 'honours.other',
  yfnl: 'company.rdCapability',
  zyywsr: 'figures.mainRevenue',
  yftr: 'figures.rdInvestment',
  xxxfsr: 'figures.infoConsumptionRevenue',
  yfrygm: 'figures.rdStaff',
  sfrjqy: 'company.isSoftwareEnterprise',
  rjywsr: 'figures.softwareRevenue',
  cpsrze: 'figures.softwareProductRevenue',
  xxjsfwsr: 'figures.itServiceRevenue',
  qrsrjsr: 'figures.embeddedSoftwareRevenue',
  dwjj: 'company.intro',
  xmmc: 'project.name',
  qzrq: 'project.period',
  xmtz: 'project.investment',
  fzrxm: 'leader.name',
  fzrzw: 'leader.title',
  fzrsj: 'leader.mobile',
  fzryx: 'leader.email',
  sbfx: 'project.direction',
  xmgs: 'project.summary',
  cdfzz: 'detail.qualification',
  ssfa: 'detail.implementationPlan',
  tdsl: 'detail.team',
  cxyy: 'detail.collaboration',
  cxx: 'detail.innovation',
  ktgx: 'detail.replicability',
  sszt: 'detail.subjects',
  ssqk: 'detail.progress',
  xybjh: 'detail.nextSteps',
  fjryzm: 'attachment.honourProof',
  fjyfnl: 'attachment.rdProof',
  fjzysr: 'attachment.revenueProof',
  fjzscq: 'attachment.projectIpProof',
  fjtgxg: 'attachment.promotionProof',
  fjzrsm: 'attachment.declaration',
};

describe('layui replica', () => {
  const fields = fieldsFor(EDITION_2020);

  it('maps every field to its key, and nothing else', () => {
    const result = matchFields(layuiPage().snapshot(), fields);
    expect(confident(result), explain(result)).toEqual(EXPECTED);
    expect(result.unsure, explain(result)).toEqual([]);
    expect(result.unmatched).toEqual([]);
  });

  it('names the pinyin initials it recognised in the reason', () => {
    const result = matchFields(layuiPage().snapshot(), fields);
    const reasonOf = (id: string) => result.matches.find((match) => match.fieldId === id)?.reason ?? '';
    expect(reasonOf('lxrsj')).toContain('initials of 联系人手机');
    expect(reasonOf('zyywsr')).toContain('initials of 主营业务收入');
    expect(reasonOf('tyshxydm')).toContain('initials of 统一社会信用代码');
  });

  it('an unlabelled input named only by initials is matched on that medium evidence', () => {
    const page = pageBuilder('layui');
    page.add('a', 'text', { name: 'zczb' });
    page.add('b', 'textarea', { name: 'xmgs' });
    page.add('c', 'text', { name: 'keyword', placeholder: '搜索' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({
      a: 'company.registeredCapital',
      b: 'project.summary',
    });
    expect(result.unmatched).toEqual(['c']);
  });

  it('a name never overrides a visible label that names another field', () => {
    const page = pageBuilder('layui');
    page.add('a', 'text', { formItemLabel: '项目名称', name: 'dwmc' });
    page.add('b', 'text', { formItemLabel: '统一社会信用代码', name: 'fzrsj' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({ a: 'project.name', b: 'company.creditCode' });
  });
});
