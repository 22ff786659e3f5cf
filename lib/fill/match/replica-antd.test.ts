/**
 * The antd replica (test/replica/antd): titled cards 申报联系人 / 项目负责人 whose items are
 * labelled only 姓名/职务/手机/传真/邮箱 (the card title, in the context, tells them apart),
 * 授予年份 three times in the 相关荣誉 card, reworded labels (企业名称, 注册资金, 法人代表,
 * 研发人员数量), ids from the form's name paths (contact_name, highTechYear), steps that
 * mount one at a time.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { confident, explain, pageBuilder, unsure } from '@/test/match-factories';
import type { WidgetKind } from '../types';
import { matchFields } from './index';

const NATURES = ['政府机关', '事业单位', '社会团体', '国有企业', '民营企业', '外资企业', '合资企业'];
const BUSINESSES = ['大数据', '云计算', '区块链', '人工智能', '物联网', '信息安全', '移动互联网', '电子商务'];
const DIRECTION_NAMES = [
  '数字创意内容和服务',
  '线上线下融合服务',
  '在线医疗服务',
  '网络教育服务',
  '电子商务平台服务',
  '行业信息化服务',
  '智能防控创新产品',
  '前沿科技信息产品',
  '远程办公服务平台',
  '信息消费体验中心',
];
const DIRECTIONS = DIRECTION_NAMES.map((name, index) => `方向${index + 1}：${name}`);

/** One Form.Item: label, antd's id (name path joined by _), the card title and step title. */
type Add = (
  id: string,
  widget: WidgetKind,
  label: string | undefined,
  extra?: { placeholder?: string; options?: string[] },
) => void;

function step(page: ReturnType<typeof pageBuilder>, card: string, stepTitle: string): Add {
  return (id, widget, label, extra = {}) => {
    page.add(
      id,
      widget,
      {
        ...(label ? { formItemLabel: label } : {}),
        ...(extra.placeholder ? { placeholder: extra.placeholder } : {}),
        id: id.replace(/\./g, '_'),
      },
      { context: [card, stepTitle], ...(extra.options ? { options: extra.options } : {}) },
    );
  };
}

/** Step 1 单位信息: cards 基本信息, 申报联系人, 单位情况. */
function companyStep(page: ReturnType<typeof pageBuilder>) {
  const basic = step(page, '基本信息', '单位信息');
  basic('entName', 'text', '企业名称', { placeholder: '请输入企业名称' });
  basic('uscc', 'text', '统一社会信用代码', { placeholder: '18位统一社会信用代码' });
  basic('regCapital', 'number', '注册资金（万元）', { placeholder: '请输入' });
  basic('legalPerson', 'text', '法人代表', { placeholder: '请输入法人代表' });
  basic('regAddress', 'text', '单位注册地址', { placeholder: '请输入单位注册地址' });
  basic('officeAddress', 'text', '单位办公地址', { placeholder: '请输入单位办公地址' });
  const contact = step(page, '申报联系人', '单位信息');
  contact('contact.name', 'text', '姓名', { placeholder: '请输入姓名' });
  contact('contact.post', 'text', '职务', { placeholder: '请输入职务' });
  contact('contact.mobile', 'text', '手机', { placeholder: '请输入手机号码' });
  contact('contact.fax', 'text', '传真', { placeholder: '区号-号码' });
  contact('contact.email', 'text', '邮箱', { placeholder: '请输入邮箱' });
  const unit = step(page, '单位情况', '单位信息');
  unit('entNature', 'radioGroup', '单位性质', {
    options: [...NATURES, '国有控股企业', '国有参股企业', '其他'],
  });
  unit('entNatureOther', 'text', '其他单位性质', { placeholder: '请注明' });
  unit('mainBusiness', 'checkboxGroup', '主营业务', { options: [...BUSINESSES, '系统集成', '其他'] });
  unit('mainBusinessOther', 'text', '其他主营业务', { placeholder: '请注明' });
  unit('isListed', 'radioGroup', '是否上市公司', { options: ['是', '否'] });
  unit('listingDate', 'date', '上市时间', { placeholder: '请选择日期' });
  unit('listingExchange', 'customSelect', '上市地点', {
    placeholder: '请选择',
    options: ['上海证券交易所', '深圳证券交易所', '全国中小企业股份转让系统（新三板）'],
  });
  unit('stockCode', 'text', '股票代码', { placeholder: '请输入股票代码' });
  unit('hasExport', 'radioGroup', '是否有业务出口', { options: ['是', '否'] });
  unit('exportArea', 'text', '主要出口地点', { placeholder: '请输入主要出口国家或地区' });
  unit('entIntro', 'textarea', '申报单位简介', {
    placeholder:
      '发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字',
  });
}

/** Step 2 经营数据: 相关荣誉 (授予年份 ×3), 研发能力, figures. */
function figuresStep(page: ReturnType<typeof pageBuilder>) {
  const honours = step(page, '相关荣誉（提供证明材料）', '经营数据');
  for (const [name, title] of [
    ['highTech', '高新技术企业'],
    ['techCenter', '企业技术中心'],
    ['keyLab', '重点实验室'],
  ] as const) {
    honours(`${name}Level`, 'radioGroup', title, { options: ['国家级', '省市级'] });
    honours(`${name}Year`, 'date', '授予年份', { placeholder: '请选择年份' });
  }
  honours('otherHonors.0', 'text', '其他市级以上荣誉', { placeholder: '荣誉名称（获得年份）' });
  honours('otherHonors.1', 'text', '其他市级以上荣誉', { placeholder: '荣誉名称（获得年份）' });
  step(page, '研发能力（提供证明材料）', '经营数据')('rdAbility', 'textarea', '研发能力', {
    placeholder: '获得的专利、标准、知识产权等',
  });
  const figures = step(page, '经营数据（2019年度）', '经营数据');
  figures('mainRevenue', 'number', '主营业务收入（万元）', { placeholder: '请输入' });
  figures('rdInvest', 'number', '研发投入（万元）', { placeholder: '请输入' });
  figures('infoConsumeRevenue', 'number', '信息消费相关业务收入（万元）', { placeholder: '请输入' });
  figures('rdStaffNum', 'number', '研发人员数量', { placeholder: '请输入' });
  figures('isSoftwareEnt', 'radioGroup', '是否软件企业', { options: ['是', '否'] });
  figures('softwareRevenue', 'number', '软件业务收入（万元）', { placeholder: '请输入' });
  figures('softwareProductRevenue', 'number', '产品收入总额（万元）', { placeholder: '请输入' });
  figures('itServiceRevenue', 'number', '信息技术服务收入总额（万元）', { placeholder: '请输入' });
  figures('embeddedRevenue', 'number', '嵌入式系统软件收入总额（万元）', { placeholder: '请输入' });
}

/** Step 3 项目信息: 项目基本信息, 项目负责人 (姓名/职务/手机/邮箱), 项目概述. */
function projectStep(page: ReturnType<typeof pageBuilder>) {
  const project = step(page, '项目基本信息', '项目信息');
  project('recommendUnit', 'text', '推荐单位', { placeholder: '请输入推荐单位' });
  project('projectName', 'text', '项目名称', { placeholder: '请输入项目名称' });
  project('projectField', 'customSelect', '示范项目领域', {
    placeholder: '请选择示范项目领域',
    options: DIRECTIONS,
  });
  page.add(
    'projectPeriod',
    'dateRange',
    { formItemLabel: '起止日期', placeholder: ['开始日期', '结束日期'], id: 'projectPeriod' },
    { context: ['项目基本信息', '项目信息'] },
  );
  project('totalInvest', 'number', '项目投资（万元）', { placeholder: '请输入' });
  const leader = step(page, '项目负责人', '项目信息');
  leader('leader.name', 'text', '姓名', { placeholder: '请输入姓名' });
  leader('leader.post', 'text', '职务', { placeholder: '请输入职务' });
  leader('leader.mobile', 'text', '手机', { placeholder: '请输入手机号码' });
  leader('leader.email', 'text', '邮箱', { placeholder: '请输入邮箱' });
  step(page, '项目概述', '项目信息')('projectSummary', 'textarea', '项目概述', {
    placeholder: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况（不超过400字）',
  });
}

/** Steps 4 and 5: narratives by card, uploads by 附 card. */
function detailAndAttachmentSteps(page: ReturnType<typeof pageBuilder>) {
  const groups: [string, [string, string][]][] = [
    [
      '1.项目基本情况',
      [
        ['undertakerAbility', '（1）项目承担方资质与能力'],
        ['implPlan', '（2）项目实施方案'],
        ['teamStrength', '（3）项目负责人与项目团队实力'],
        ['iurCooperation', '（4）产学研用联合协作情况'],
        ['innovation', '（5）项目实施的创新性'],
        ['promotability', '（6）项目的可推广性'],
      ],
    ],
    [
      '2.项目实施情况',
      [
        ['implSubject', '（1）项目实施主体、服务对象及适用场景'],
        ['implStatus', '（2）项目实施情况'],
      ],
    ],
    ['3.下一步实施计划', [['nextPlan', '（1）下一步实施计划']]],
  ];
  for (const [card, items] of groups) {
    const add = step(page, card, '详细介绍');
    for (const [id, label] of items) add(id, 'textarea', label);
  }
  const attachments: [string, [string, string][]][] = [
    [
      '附1　申报单位相关证明材料',
      [
        ['attachments.honor', '1.申报单位相关荣誉证明材料'],
        ['attachments.rd', '2.申报单位研发能力证明材料'],
        ['attachments.revenue', '3.申报单位主营业务收入(2019年)证明材料'],
      ],
    ],
    [
      '附2　申报项目相关证明材料',
      [
        ['attachments.projectIp', '1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料'],
        ['attachments.promotion', '2.项目推广效果证明材料'],
      ],
    ],
    ['附3　申报主体责任声明', [['attachments.statement', '1.申报主体责任声明']]],
  ];
  for (const [card, items] of attachments) {
    const add = step(page, card, '证明材料');
    for (const [id, label] of items) add(id, 'file', label);
  }
}

const EXPECTED: Record<string, string> = {
  entName: 'company.name',
  uscc: 'company.creditCode',
  regCapital: 'company.registeredCapital',
  legalPerson: 'company.legalRepresentative',
  regAddress: 'company.registeredAddress',
  officeAddress: 'company.officeAddress',
  'contact.name': 'contact.name',
  'contact.post': 'contact.title',
  'contact.mobile': 'contact.mobile',
  'contact.fax': 'contact.fax',
  'contact.email': 'contact.email',
  entNature: 'company.nature',
  entNatureOther: 'company.natureOther',
  mainBusiness: 'company.mainBusiness',
  mainBusinessOther: 'company.mainBusinessOther',
  isListed: 'company.listed',
  listingDate: 'company.listingDate',
  listingExchange: 'company.listingPlace',
  stockCode: 'company.stockCode',
  hasExport: 'company.exports',
  exportArea: 'company.exportDestinations',
  entIntro: 'company.intro',
  highTechLevel: 'honours.highTech.level',
  highTechYear: 'honours.highTech.year',
  techCenterLevel: 'honours.techCenter.level',
  techCenterYear: 'honours.techCenter.year',
  keyLabLevel: 'honours.keyLab.level',
  keyLabYear: 'honours.keyLab.year',
  'otherHonors.0': 'honours.other',
  'otherHonors.1': 'honours.other',
  rdAbility: 'company.rdCapability',
  mainRevenue: 'figures.mainRevenue',
  rdInvest: 'figures.rdInvestment',
  infoConsumeRevenue: 'figures.infoConsumptionRevenue',
  rdStaffNum: 'figures.rdStaff',
  isSoftwareEnt: 'company.isSoftwareEnterprise',
  softwareRevenue: 'figures.softwareRevenue',
  softwareProductRevenue: 'figures.softwareProductRevenue',
  itServiceRevenue: 'figures.itServiceRevenue',
  embeddedRevenue: 'figures.embeddedSoftwareRevenue',
  recommendUnit: 'project.recommender',
  projectName: 'project.name',
  projectField: 'project.direction',
  projectPeriod: 'project.period',
  totalInvest: 'project.investment',
  'leader.name': 'leader.name',
  'leader.post': 'leader.title',
  'leader.mobile': 'leader.mobile',
  'leader.email': 'leader.email',
  projectSummary: 'project.summary',
  undertakerAbility: 'detail.qualification',
  implPlan: 'detail.implementationPlan',
  teamStrength: 'detail.team',
  iurCooperation: 'detail.collaboration',
  innovation: 'detail.innovation',
  promotability: 'detail.replicability',
  implSubject: 'detail.subjects',
  implStatus: 'detail.progress',
  nextPlan: 'detail.nextSteps',
  'attachments.honor': 'attachment.honourProof',
  'attachments.rd': 'attachment.rdProof',
  'attachments.revenue': 'attachment.revenueProof',
  'attachments.projectIp': 'attachment.projectIpProof',
  'attachments.promotion': 'attachment.promotionProof',
  'attachments.statement': 'attachment.declaration',
};

function wholeForm() {
  const page = pageBuilder('antd');
  companyStep(page);
  figuresStep(page);
  projectStep(page);
  detailAndAttachmentSteps(page);
  return page;
}

describe('antd replica', () => {
  const fields = fieldsFor(EDITION_2020);

  it('maps every field of every step to its key, and nothing else', () => {
    const result = matchFields(wholeForm().snapshot(), fields);
    expect(confident(result), explain(result)).toEqual(EXPECTED);
    expect(result.unsure, explain(result)).toEqual([]);
    expect(result.unmatched).toEqual([]);
  });

  it('tells the 申报联系人 card from the 项目负责人 card on each step alone', () => {
    for (const build of [companyStep, projectStep]) {
      const page = pageBuilder('antd');
      build(page);
      const result = matchFields(page.snapshot(), fields);
      const expected = Object.fromEntries(
        page.fields.map((field) => [field.id, EXPECTED[field.id] as string]),
      );
      expect(confident(result), explain(result)).toEqual(expected);
    }
  });

  it('matches the 授予年份 of each honour row through the row it follows (step 2 alone)', () => {
    const page = pageBuilder('antd');
    figuresStep(page);
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toMatchObject({
      highTechYear: 'honours.highTech.year',
      techCenterYear: 'honours.techCenter.year',
      keyLabYear: 'honours.keyLab.year',
    });
  });

  it('without the cards, 姓名/职务/手机/传真/邮箱 are 待确认, never filled', () => {
    const page = pageBuilder('antd');
    for (const [id, label] of [
      ['a', '姓名'],
      ['b', '职务'],
      ['c', '手机'],
      ['d', '传真'],
      ['e', '邮箱'],
    ] as const) {
      page.add(
        id,
        'text',
        { formItemLabel: label, placeholder: `请输入${label}` },
        { context: ['基本信息'] },
      );
    }
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({});
    expect(unsure(result)).toEqual({
      a: 'contact.name',
      b: 'contact.title',
      c: 'contact.mobile',
      d: 'contact.fax',
      e: 'contact.email',
    });
  });

  it('when the year pickers stand in a column after the three levels, the years are 待确认', () => {
    const page = pageBuilder('antd');
    const context = ['相关荣誉（提供证明材料）', '经营数据'];
    for (const title of ['高新技术企业', '企业技术中心', '重点实验室']) {
      page.add(title, 'radioGroup', { formItemLabel: title }, { context, options: ['国家级', '省市级'] });
    }
    for (const id of ['y1', 'y2', 'y3']) page.add(id, 'date', { formItemLabel: '授予年份' }, { context });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({
      高新技术企业: 'honours.highTech.level',
      企业技术中心: 'honours.techCenter.level',
      重点实验室: 'honours.keyLab.level',
    });
    expect(Object.keys(unsure(result)).sort()).toEqual(['y1', 'y2', 'y3']);
  });
});
