/**
 * The table replica (test/replica/table): the paper layout. Label cells to the left
 * (`*单位名称：`), rowspan groups 申报联系人 / 项目负责人 / 软件业务收入 (in the context) over
 * repeated 姓名/职务/手机/邮箱, inline sub-fields introduced by running text (（上市时间：,
 * ，股票代码：, 其他（请注明）：), honour lines 高新技术企业 ◯国家级/◯省市级 授予年份：[ ]年, two
 * date inputs for 起止日期 (… 至 …), generated ids (useless), narrative headings and hints,
 * and attachments in an iframe, grouped under 附1/附2/附3 row headers with numbered items.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { confident, explain, pageBuilder, unsure } from '@/test/match-factories';
import type { WidgetKind } from '../types';
import { matchFields } from './index';

const NATURES = [
  '政府机关',
  '事业单位',
  '社会团体',
  '国有企业',
  '民营企业',
  '外资企业',
  '合资企业',
  '国有控股企业',
];
const BUSINESSES = ['大数据', '云计算', '区块链', '人工智能', '物联网', '信息安全', '移动互联网', '电子商务'];
const DIRECTIONS = [
  '方向1：数字创意内容和服务',
  '方向2：线上线下融合服务',
  '方向3：在线医疗服务',
  '方向4：网络教育服务',
  '方向5：电子商务平台服务',
  '方向6：行业信息化服务',
  '方向7：智能防控创新产品',
  '方向8：前沿科技信息产品',
  '方向9：远程办公服务平台',
  '方向10：信息消费体验中心',
];

let generated = 0;
/** The replica's per-load ids (f_k2j3h4l5): present as evidence, meaningless. */
const uid = () => `f_${(generated++ * 7919 + 104729).toString(36)}x${generated}`;

function tablePage() {
  const page = pageBuilder('native');
  let context = ['封面信息'];
  const add = (
    id: string,
    widget: WidgetKind,
    evidence: { cellLeft?: string; precedingText?: string; placeholder?: string },
    options?: string[],
  ) => page.add(id, widget, { ...evidence, id: uid() }, { context, ...(options ? { options } : {}) });

  add('推荐单位', 'text', { cellLeft: '*推荐单位：', placeholder: '推荐单位全称' });

  context = ['一、申报单位基本信息'];
  add('单位名称', 'text', { cellLeft: '*单位名称：', placeholder: '全称（如实填写）' });
  context = ['申报联系人', '一、申报单位基本信息'];
  add('申报联系人.姓名', 'text', { cellLeft: '*姓名：' });
  add('申报联系人.手机', 'text', { cellLeft: '*手机：' });
  add('申报联系人.职务', 'text', { cellLeft: '*职务：' });
  add('申报联系人.传真', 'text', { cellLeft: '*传真：' });
  add('申报联系人.邮箱', 'text', { cellLeft: '*邮箱：' });
  context = ['一、申报单位基本信息'];
  add('注册资本（万元）', 'text', { cellLeft: '*注册资本（万元）：' });
  add('法定代表人', 'text', { cellLeft: '*法定代表人：' });
  add('单位注册地址', 'text', { cellLeft: '*单位注册地址：' });
  add('单位办公地址', 'text', { cellLeft: '*单位办公地址：' });
  add('组织机构代码/三证合一码', 'text', { cellLeft: '*组织机构代码/三证合一码：' });
  add('单位性质.选项', 'radioGroup', { cellLeft: '*单位性质：', precedingText: '*单位性质：' }, [
    ...NATURES,
    '国有参股企业',
    '其他（请注明）：',
  ]);
  add('单位性质.其他（请注明）', 'text', { cellLeft: '*单位性质：', precedingText: '其他（请注明）：' });
  add('主营业务.选项', 'checkboxGroup', { cellLeft: '*主营业务：', precedingText: '*主营业务：' }, [
    ...BUSINESSES,
    '其他（请注明）：',
  ]);
  add('主营业务.其他（请注明）', 'text', { cellLeft: '*主营业务：', precedingText: '其他（请注明）：' });
  add('是否上市公司.是否', 'radioGroup', { cellLeft: '*是否上市公司：', precedingText: '*是否上市公司：' }, [
    '否',
    '是',
  ]);
  add('是否上市公司.上市时间', 'date', { cellLeft: '*是否上市公司：', precedingText: '（上市时间：' });
  add('是否上市公司.上市地点', 'text', { cellLeft: '*是否上市公司：', precedingText: '，上市地点：' });
  add('是否上市公司.股票代码', 'text', { cellLeft: '*是否上市公司：', precedingText: '，股票代码：' });
  add(
    '是否有业务出口.是否',
    'radioGroup',
    { cellLeft: '*是否有业务出口：', precedingText: '*是否有业务出口：' },
    ['否', '是'],
  );
  add('是否有业务出口.主要出口地点', 'text', {
    cellLeft: '*是否有业务出口：',
    precedingText: '（主要出口地点：',
  });
  for (const honour of ['高新技术企业', '企业技术中心', '重点实验室']) {
    add(
      `相关荣誉.${honour}.级别`,
      'radioGroup',
      { cellLeft: '相关荣誉：（提供证明材料）', precedingText: honour },
      ['国家级', '省市级'],
    );
    add(`相关荣誉.${honour}.授予年份`, 'text', {
      cellLeft: '相关荣誉：（提供证明材料）',
      precedingText: '授予年份：',
    });
  }
  add('相关荣誉.其他市级以上荣誉', 'textarea', {
    cellLeft: '相关荣誉：（提供证明材料）',
    precedingText: '其他市级以上荣誉自行添加（每行填写一项）：',
  });
  add('研发能力', 'textarea', {
    cellLeft: '*研发能力：（提供证明材料）',
    placeholder: '（获得的专利、标准、知识产权等）',
  });
  add('主营业务收入（万元）', 'text', { cellLeft: '*主营业务收入（万元）：（提供证明材料）' });
  add('研发投入（万元）', 'text', { cellLeft: '*研发投入（万元）：' });
  add('信息消费相关业务收入（万元）', 'text', { cellLeft: '*信息消费相关业务收入（万元）：' });
  add('研发人员规模', 'text', { cellLeft: '*研发人员规模：' });
  context = ['软件业务收入（软件业企业必填）', '一、申报单位基本信息'];
  add('软件业务收入.软件业务收入总额（万元）', 'text', { cellLeft: '软件业务收入总额（万元）：' });
  add('软件业务收入.产品收入总额（万元）', 'text', { cellLeft: '产品收入总额（万元）：' });
  add('软件业务收入.信息技术服务收入总额（万元）', 'text', { cellLeft: '信息技术服务收入总额（万元）：' });
  add('软件业务收入.嵌入式系统软件收入总额（万元）', 'text', {
    cellLeft: '嵌入式系统软件收入总额（万元）：',
  });
  context = ['一、申报单位基本信息'];
  add('申报单位简介', 'textarea', {
    cellLeft: '*申报单位简介：',
    precedingText:
      '（发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字）',
  });

  context = ['二、申报项目基本信息'];
  add('项目名称', 'text', { cellLeft: '*项目名称：', placeholder: '全称（如实填写）' });
  add('起止日期.开始日期', 'date', { cellLeft: '*起止日期：', precedingText: '*起止日期：' });
  add('起止日期.结束日期', 'date', { cellLeft: '*起止日期：', precedingText: '至' });
  add('项目投资（万元）', 'text', { cellLeft: '*项目投资（万元）：' });
  context = ['项目负责人', '二、申报项目基本信息'];
  add('项目负责人.姓名', 'text', { cellLeft: '*姓名：' });
  add('项目负责人.职务', 'text', { cellLeft: '*职务：' });
  add('项目负责人.手机', 'text', { cellLeft: '*手机：' });
  add('项目负责人.邮箱', 'text', { cellLeft: '*邮箱：' });
  context = ['二、申报项目基本信息'];
  add('示范项目领域', 'radioGroup', { cellLeft: '*示范项目领域：' }, DIRECTIONS);
  add('项目概述', 'textarea', {
    cellLeft: '*项目概述：',
    precedingText: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况。（不超过400字）',
  });

  // 三: h4 group title, h5 item heading (context), the hint just before the textarea.
  const narratives: [string, string, string][] = [
    [
      '1.项目基本情况',
      '*（1）项目承担方资质与能力',
      '（申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等。）',
    ],
    [
      '1.项目基本情况',
      '*（2）项目实施方案',
      '（技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等。）',
    ],
    [
      '1.项目基本情况',
      '*（3）项目负责人与项目团队实力',
      '（项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况。）',
    ],
    ['1.项目基本情况', '*（4）产学研用联合协作情况', '（产学研用情况、协同创新能力。）'],
    ['1.项目基本情况', '*（5）项目实施的创新性', '（技术创新、模式创新及相关知识产权。）'],
    ['1.项目基本情况', '*（6）项目的可推广性', '（示范意义及推广价值、推广可行性、推广范围。）'],
    ['2.项目实施情况', '*（1）项目实施主体、服务对象及适用场景', ''],
    [
      '2.项目实施情况',
      '*（2）项目实施情况',
      '（已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决。）',
    ],
    ['3.下一步实施计划', '', '（下一步建设的主要内容、进度安排、风险控制等。）'],
  ];
  for (const [group, heading, hint] of narratives) {
    const id = `申报项目详细介绍.${(heading || group).replace(/^\*?（\d）|^\d\./, '')}`;
    page.add(
      id,
      'textarea',
      { precedingText: hint || heading, id: uid() },
      { context: [...(heading ? [heading] : []), group, '三、申报项目详细介绍'] },
    );
  }

  // The attachment frame: 附件 | 材料名称 | 选择文件 | 已选文件, group cells rowspan.
  const slots: [string, string, string][] = [
    [
      '附1申报单位相关证明材料',
      '1.申报单位相关荣誉证明材料',
      '高新技术企业、企业技术中心、重点实验室等相关证明材料',
    ],
    ['附1申报单位相关证明材料', '2.申报单位研发能力证明材料', '获得专利、标准、知识产权等'],
    ['附1申报单位相关证明材料', '3.申报单位主营业务收入(2019年)证明材料', '财务审计报告、纳税证明等'],
    [
      '附2申报项目相关证明材料',
      '1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
      '专利证书、标准文本、软件著作权登记证书等',
    ],
    ['附2申报项目相关证明材料', '2.项目推广效果证明材料', '用户证明、应用案例、合同等'],
    ['附3申报主体责任声明', '1.申报主体责任声明', '法定代表人签字并加盖公章'],
  ];
  for (const [group, item, hint] of slots) {
    page.add(
      `附件.${item.replace(/^\d\./, '')}`,
      'file',
      {
        wrappingLabel: '选择文件',
        labelFor: '选择文件',
        cellLeft: `${item}（${hint}）`,
        columnHeader: '选择文件',
        id: uid(),
      },
      { context: [group], frame: 'iframe.attach-frame' },
    );
  }
  return page;
}

const EXPECTED: Record<string, string> = {
  推荐单位: 'project.recommender',
  单位名称: 'company.name',
  '申报联系人.姓名': 'contact.name',
  '申报联系人.手机': 'contact.mobile',
  '申报联系人.职务': 'contact.title',
  '申报联系人.传真': 'contact.fax',
  '申报联系人.邮箱': 'contact.email',
  '注册资本（万元）': 'company.registeredCapital',
  法定代表人: 'company.legalRepresentative',
  单位注册地址: 'company.registeredAddress',
  单位办公地址: 'company.officeAddress',
  '组织机构代码/三证合一码': 'company.creditCode',
  '单位性质.选项': 'company.nature',
  '单位性质.其他（请注明）': 'company.natureOther',
  '主营业务.选项': 'company.mainBusiness',
  '主营业务.其他（请注明）': 'company.mainBusinessOther',
  '是否上市公司.是否': 'company.listed',
  '是否上市公司.上市时间': 'company.listingDate',
  '是否上市公司.上市地点': 'company.listingPlace',
  '是否上市公司.股票代码': 'company.stockCode',
  '是否有业务出口.是否': 'company.exports',
  '是否有业务出口.主要出口地点': 'company.exportDestinations',
  '相关荣誉.高新技术企业.级别': 'honours.highTech.level',
  '相关荣誉.高新技术企业.授予年份': 'honours.highTech.year',
  '相关荣誉.企业技术中心.级别': 'honours.techCenter.level',
  '相关荣誉.企业技术中心.授予年份': 'honours.techCenter.year',
  '相关荣誉.重点实验室.级别': 'honours.keyLab.level',
  '相关荣誉.重点实验室.授予年份': 'honours.keyLab.year',
  '相关荣誉.其他市级以上荣誉': 'honours.other',
  研发能力: 'company.rdCapability',
  '主营业务收入（万元）': 'figures.mainRevenue',
  '研发投入（万元）': 'figures.rdInvestment',
  '信息消费相关业务收入（万元）': 'figures.infoConsumptionRevenue',
  研发人员规模: 'figures.rdStaff',
  '软件业务收入.软件业务收入总额（万元）': 'figures.softwareRevenue',
  '软件业务收入.产品收入总额（万元）': 'figures.softwareProductRevenue',
  '软件业务收入.信息技术服务收入总额（万元）': 'figures.itServiceRevenue',
  '软件业务收入.嵌入式系统软件收入总额（万元）': 'figures.embeddedSoftwareRevenue',
  申报单位简介: 'company.intro',
  项目名称: 'project.name',
  '起止日期.开始日期': 'project.period#start',
  '起止日期.结束日期': 'project.period#end',
  '项目投资（万元）': 'project.investment',
  '项目负责人.姓名': 'leader.name',
  '项目负责人.职务': 'leader.title',
  '项目负责人.手机': 'leader.mobile',
  '项目负责人.邮箱': 'leader.email',
  示范项目领域: 'project.direction',
  项目概述: 'project.summary',
  '申报项目详细介绍.项目承担方资质与能力': 'detail.qualification',
  '申报项目详细介绍.项目实施方案': 'detail.implementationPlan',
  '申报项目详细介绍.项目负责人与项目团队实力': 'detail.team',
  '申报项目详细介绍.产学研用联合协作情况': 'detail.collaboration',
  '申报项目详细介绍.项目实施的创新性': 'detail.innovation',
  '申报项目详细介绍.项目的可推广性': 'detail.replicability',
  '申报项目详细介绍.项目实施主体、服务对象及适用场景': 'detail.subjects',
  '申报项目详细介绍.项目实施情况': 'detail.progress',
  '申报项目详细介绍.下一步实施计划': 'detail.nextSteps',
  '附件.申报单位相关荣誉证明材料': 'attachment.honourProof',
  '附件.申报单位研发能力证明材料': 'attachment.rdProof',
  '附件.申报单位主营业务收入(2019年)证明材料': 'attachment.revenueProof',
  '附件.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料': 'attachment.projectIpProof',
  '附件.项目推广效果证明材料': 'attachment.promotionProof',
  '附件.申报主体责任声明': 'attachment.declaration',
};

describe('table replica', () => {
  const fields = fieldsFor(EDITION_2020);

  it('maps every field to its key (the two dates as start and end), and nothing else', () => {
    const result = matchFields(tablePage().snapshot(), fields);
    expect(confident(result), explain(result)).toEqual(EXPECTED);
    expect(result.unsure, explain(result)).toEqual([]);
    expect(result.unmatched).toEqual([]);
  });

  it('reports both halves of 起止日期 as matches of the same key', () => {
    const result = matchFields(tablePage().snapshot(), fields);
    const halves = result.matches.filter((match) => match.key === 'project.period');
    expect(halves.map((match) => match.part)).toEqual(['start', 'end']);
  });

  it('a 姓名 cell outside any rowspan group is 待确认', () => {
    const page = pageBuilder('native');
    page.add('姓名', 'text', { cellLeft: '*姓名：', id: uid() }, { context: ['一、申报单位基本信息'] });
    page.add('职务', 'text', { cellLeft: '*职务：', id: uid() }, { context: ['一、申报单位基本信息'] });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({});
    expect(unsure(result)).toEqual({ 姓名: 'contact.name', 职务: 'contact.title' });
  });

  it('a 传真 under 项目负责人 (the 申报书 has none) is not taken for the contact fax', () => {
    const page = pageBuilder('native');
    page.add(
      '项目负责人.传真',
      'text',
      { cellLeft: '*传真：' },
      { context: ['项目负责人', '二、申报项目基本信息'] },
    );
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({});
    expect(result.unsure.filter((match) => match.key === 'contact.fax')).toEqual([]);
  });
});
