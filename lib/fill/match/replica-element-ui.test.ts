/**
 * The element-ui replica (test/replica/element-ui): el-form-item labels with 联系人/项目负责人
 * in every label, el-input-number amounts, a daterange picker, honours rows whose 授予年份
 * repeats three times (told apart by the 高新技术企业 radio just before each), 其他荣誉 rows
 * whose later rows have no label, 是否软件企业, uploads grouped under 附1/附2/附3 titles.
 * Ids are the replica's props (expected.json), so the expectations read as its payload.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { confident, explain, pageBuilder, unsure } from '@/test/match-factories';
import { matchFields } from './index';

const NATURES = ['政府机关', '事业单位', '社会团体', '国有企业', '民营企业', '外资企业', '合资企业'];
const NATURE_OPTIONS = [...NATURES, '国有控股企业', '国有参股企业', '其他'];
const BUSINESSES = ['大数据', '云计算', '区块链', '人工智能', '物联网', '信息安全', '移动互联网', '电子商务'];
const BUSINESS_OPTIONS = [
  ...BUSINESSES,
  '系统集成',
  '运营维护',
  '集成电路',
  '基础软件',
  '工业软件',
  '嵌入式系统软件',
  '其他',
];
const EXCHANGES = [
  '上海证券交易所',
  '深圳证券交易所',
  '全国中小企业股份转让系统（新三板）',
  '香港联合交易所',
];
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

function elementUiPage() {
  const page = pageBuilder('element');
  const basic = ['一、申报单位基本信息', '基本信息'];
  const item = (
    id: string,
    label: string,
    placeholder?: string,
    widget: 'text' | 'textarea' | 'number' = 'text',
  ) =>
    page.add(
      id,
      widget,
      { formItemLabel: label, ...(placeholder ? { placeholder } : {}) },
      { context: basic },
    );
  const choice = (
    id: string,
    label: string,
    widget: 'radioGroup' | 'checkboxGroup' | 'customSelect',
    options: string[],
  ) => page.add(id, widget, { formItemLabel: label }, { context: basic, options });

  item('unitName', '单位名称', '请输入单位全称（如实填写，与营业执照一致）');
  item('contactName', '联系人姓名', '请输入联系人姓名');
  item('contactDuty', '联系人职务', '请输入联系人职务');
  item('contactMobile', '联系人手机', '请输入11位手机号码');
  item('contactFax', '联系人传真', '区号-号码，如：023-12345678');
  item('contactEmail', '联系人邮箱', '请输入电子邮箱');
  item('registeredCapital', '注册资本（万元）', '单位：万元', 'number');
  item('legalPerson', '法定代表人', '请输入法定代表人姓名');
  item('registeredAddress', '单位注册地址', '请输入单位注册地址');
  item('officeAddress', '单位办公地址', '请输入单位办公地址');
  item('creditCode', '组织机构代码/三证合一码', '18位统一社会信用代码或9位组织机构代码');
  choice('unitNature', '单位性质', 'radioGroup', NATURE_OPTIONS);
  item('unitNatureOther', '其他单位性质', '请注明');
  choice('mainBusiness', '主营业务', 'checkboxGroup', BUSINESS_OPTIONS);
  item('mainBusinessOther', '其他主营业务', '请注明');
  choice('isListed', '是否上市公司', 'radioGroup', ['否', '是']);
  page.add('listedDate', 'date', { formItemLabel: '上市时间', placeholder: '选择日期' }, { context: basic });
  page.add(
    'listedPlace',
    'customSelect',
    { formItemLabel: '上市地点', placeholder: '请选择' },
    {
      context: basic,
      options: EXCHANGES,
    },
  );
  item('stockCode', '股票代码', '如：600000');
  choice('isExport', '是否有业务出口', 'radioGroup', ['否', '是']);
  item('exportPlace', '主要出口地点', '请输入主要出口国家或地区');
  for (const [id, title] of [
    ['highTech', '高新技术企业'],
    ['techCenter', '企业技术中心'],
    ['keyLab', '重点实验室'],
  ] as const) {
    choice(`${id}Level`, title, 'radioGroup', ['国家级', '省市级']);
    page.add(`${id}Year`, 'date', { formItemLabel: '授予年份', placeholder: '选择年份' }, { context: basic });
  }
  item('otherHonors.0', '其他市级以上荣誉', '荣誉名称（获得年份）');
  page.add('otherHonors.1', 'text', { placeholder: '荣誉名称（获得年份）' }, { context: basic });
  item('rdAbility', '研发能力', '获得的专利、标准、知识产权等（请在“附件”页签上传证明材料）', 'textarea');
  item('mainIncome', '主营业务收入（万元）', '单位：万元', 'number');
  item('rdInvest', '研发投入（万元）', '单位：万元', 'number');
  item('infoConsumeIncome', '信息消费相关业务收入（万元）', '单位：万元', 'number');
  item('rdStaffNum', '研发人员规模', '单位：人', 'number');
  choice('isSoftwareEnterprise', '是否软件企业', 'radioGroup', ['否', '是']);
  item('softwareIncome', '软件业务收入（万元）', '单位：万元', 'number');
  item('softwareProductIncome', '产品收入总额（万元）', '单位：万元', 'number');
  item('itServiceIncome', '信息技术服务收入总额（万元）', '单位：万元', 'number');
  item('embeddedSoftwareIncome', '嵌入式系统软件收入总额（万元）', '单位：万元', 'number');
  item(
    'unitIntro',
    '申报单位简介',
    '发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面基本情况，不超过400字',
    'textarea',
  );

  page.add(
    'recommendUnit',
    'customSelect',
    { formItemLabel: '推荐单位', placeholder: '请选择推荐单位（可输入关键字搜索）' },
    { context: ['封面信息', '项目信息'], options: ['北京市经济和信息化局', '重庆市经济和信息化委员会'] },
  );
  const project = ['二、申报项目基本信息', '项目信息'];
  page.add(
    'projectName',
    'text',
    { formItemLabel: '项目名称', placeholder: '请输入项目全称（如实填写）' },
    { context: project },
  );
  page.add(
    'projectPeriod',
    'dateRange',
    { formItemLabel: '起止日期', placeholder: ['开始日期', '结束日期'] },
    { context: project },
  );
  page.add(
    'projectInvest',
    'number',
    { formItemLabel: '项目投资（万元）', placeholder: '单位：万元' },
    { context: project },
  );
  for (const [id, label, placeholder] of [
    ['leaderName', '项目负责人姓名', '请输入项目负责人姓名'],
    ['leaderDuty', '项目负责人职务', '请输入项目负责人职务'],
    ['leaderMobile', '项目负责人手机', '请输入11位手机号码'],
    ['leaderEmail', '项目负责人邮箱', '请输入电子邮箱'],
  ] as const) {
    page.add(id, 'text', { formItemLabel: label, placeholder }, { context: project });
  }
  page.add(
    'demoDirection',
    'customSelect',
    { formItemLabel: '示范项目领域', placeholder: '请选择示范项目领域' },
    {
      context: project,
      options: DIRECTIONS,
    },
  );
  page.add(
    'projectSummary',
    'textarea',
    {
      formItemLabel: '项目概述',
      placeholder: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况，不超过400字',
    },
    { context: project },
  );

  const narratives: [string, string, string, string][] = [
    [
      'qualification',
      '1.项目基本情况',
      '（1）项目承担方资质与能力',
      '（申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等。）',
    ],
    [
      'implementPlan',
      '1.项目基本情况',
      '（2）项目实施方案',
      '（技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等。）',
    ],
    [
      'teamStrength',
      '1.项目基本情况',
      '（3）项目负责人与项目团队实力',
      '（项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况。）',
    ],
    ['cooperation', '1.项目基本情况', '（4）产学研用联合协作情况', '（产学研用情况、协同创新能力。）'],
    ['innovation', '1.项目基本情况', '（5）项目实施的创新性', '（技术创新、模式创新及相关知识产权。）'],
    [
      'popularization',
      '1.项目基本情况',
      '（6）项目的可推广性',
      '（示范意义及推广价值、推广可行性、推广范围。）',
    ],
    ['implementSubject', '2.项目实施情况', '（1）项目实施主体、服务对象及适用场景', ''],
    [
      'implementStatus',
      '2.项目实施情况',
      '（2）项目实施情况',
      '（已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决。）',
    ],
    ['nextPlan', '3.下一步实施计划', '下一步实施计划', '（下一步建设的主要内容、进度安排、风险控制等。）'],
  ];
  for (const [id, section, label, hint] of narratives) {
    page.add(
      id,
      'textarea',
      { formItemLabel: label, placeholder: '请输入，不超过2000字', ...(hint ? { precedingText: hint } : {}) },
      { context: [section, '三、申报项目详细介绍', '详细介绍'] },
    );
  }

  const files: [string, string, string, string][] = [
    [
      'honorFiles',
      '附1 申报单位相关证明材料',
      '1.申报单位相关荣誉证明材料',
      '（高新技术企业、企业技术中心、重点实验室等相关证明材料）',
    ],
    ['rdFiles', '附1 申报单位相关证明材料', '2.申报单位研发能力证明材料', '（获得专利、标准、知识产权等）'],
    [
      'incomeFiles',
      '附1 申报单位相关证明材料',
      '3.申报单位主营业务收入(2019年)证明材料',
      '（财务审计报告、纳税证明等）',
    ],
    [
      'projectIpFiles',
      '附2 申报项目相关证明材料',
      '1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
      '（专利证书、标准文本、软件著作权登记证书等）',
    ],
    [
      'promotionFiles',
      '附2 申报项目相关证明材料',
      '2.项目推广效果证明材料',
      '（用户证明、应用案例、合同等）',
    ],
    [
      'declarationFiles',
      '附3 申报主体责任声明',
      '申报主体责任声明',
      '（法定代表人签字并加盖公章的声明（扫描件））',
    ],
  ];
  for (const [id, group, label, hint] of files) {
    page.add(id, 'file', { formItemLabel: label, precedingText: hint }, { context: [group, '附件'] });
  }
  return page;
}

const EXPECTED: Record<string, string> = {
  unitName: 'company.name',
  contactName: 'contact.name',
  contactDuty: 'contact.title',
  contactMobile: 'contact.mobile',
  contactFax: 'contact.fax',
  contactEmail: 'contact.email',
  registeredCapital: 'company.registeredCapital',
  legalPerson: 'company.legalRepresentative',
  registeredAddress: 'company.registeredAddress',
  officeAddress: 'company.officeAddress',
  creditCode: 'company.creditCode',
  unitNature: 'company.nature',
  unitNatureOther: 'company.natureOther',
  mainBusiness: 'company.mainBusiness',
  mainBusinessOther: 'company.mainBusinessOther',
  isListed: 'company.listed',
  listedDate: 'company.listingDate',
  listedPlace: 'company.listingPlace',
  stockCode: 'company.stockCode',
  isExport: 'company.exports',
  exportPlace: 'company.exportDestinations',
  highTechLevel: 'honours.highTech.level',
  highTechYear: 'honours.highTech.year',
  techCenterLevel: 'honours.techCenter.level',
  techCenterYear: 'honours.techCenter.year',
  keyLabLevel: 'honours.keyLab.level',
  keyLabYear: 'honours.keyLab.year',
  'otherHonors.0': 'honours.other',
  'otherHonors.1': 'honours.other',
  rdAbility: 'company.rdCapability',
  mainIncome: 'figures.mainRevenue',
  rdInvest: 'figures.rdInvestment',
  infoConsumeIncome: 'figures.infoConsumptionRevenue',
  rdStaffNum: 'figures.rdStaff',
  isSoftwareEnterprise: 'company.isSoftwareEnterprise',
  softwareIncome: 'figures.softwareRevenue',
  softwareProductIncome: 'figures.softwareProductRevenue',
  itServiceIncome: 'figures.itServiceRevenue',
  embeddedSoftwareIncome: 'figures.embeddedSoftwareRevenue',
  unitIntro: 'company.intro',
  recommendUnit: 'project.recommender',
  projectName: 'project.name',
  projectPeriod: 'project.period',
  projectInvest: 'project.investment',
  leaderName: 'leader.name',
  leaderDuty: 'leader.title',
  leaderMobile: 'leader.mobile',
  leaderEmail: 'leader.email',
  demoDirection: 'project.direction',
  projectSummary: 'project.summary',
  qualification: 'detail.qualification',
  implementPlan: 'detail.implementationPlan',
  teamStrength: 'detail.team',
  cooperation: 'detail.collaboration',
  innovation: 'detail.innovation',
  popularization: 'detail.replicability',
  implementSubject: 'detail.subjects',
  implementStatus: 'detail.progress',
  nextPlan: 'detail.nextSteps',
  honorFiles: 'attachment.honourProof',
  rdFiles: 'attachment.rdProof',
  incomeFiles: 'attachment.revenueProof',
  projectIpFiles: 'attachment.projectIpProof',
  promotionFiles: 'attachment.promotionProof',
  declarationFiles: 'attachment.declaration',
};

describe('element-ui replica', () => {
  const fields = fieldsFor(EDITION_2020);

  it('maps every field to its key, confidently, and nothing else', () => {
    const page = elementUiPage();
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual(EXPECTED);
    expect(result.unsure, explain(result)).toEqual([]);
    expect(result.unmatched).toEqual([]);
  });

  it('reports the 其他荣誉 rows as separate matches of honours.other in page order', () => {
    const result = matchFields(elementUiPage().snapshot(), fields);
    const rows = result.matches
      .filter((match) => match.key === 'honours.other')
      .map((match) => match.fieldId);
    expect(rows).toEqual(['otherHonors.0', 'otherHonors.1']);
  });

  it('matches a lazily rendered tab on its own (the project tab without the basic tab)', () => {
    const page = elementUiPage();
    const projectOnly = page.fields.filter((field) => field.context.includes('项目信息'));
    const result = matchFields({ ...page.snapshot(), fields: projectOnly }, fields);
    const expected = Object.fromEntries(projectOnly.map((field) => [field.id, EXPECTED[field.id] as string]));
    expect(confident(result), explain(result)).toEqual(expected);
  });

  it('keeps the 授予年份 of a lone honour row (no 高新技术企业 radio before it) 待确认', () => {
    const page = elementUiPage();
    const yearOnly = page.fields.filter((field) => field.id === 'techCenterYear');
    const result = matchFields({ ...page.snapshot(), fields: yearOnly }, fields);
    expect(confident(result)).toEqual({});
    expect(Object.keys(unsure(result))).toEqual(['techCenterYear']);
  });
});
