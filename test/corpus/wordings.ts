/**
 * How 申报系统 word each catalog field, written from forms of this kind (national and
 * provincial systems, 2018–2023), independently of the matcher's vocabulary: the corpus must
 * test whether the matcher generalises, not whether it knows this list. The first wording is
 * the 申报书's own. Near-misses (主营业务 beside 主营业务收入) are real fields here; the
 * decoys at the end are questions the applicant profile has no answer for.
 */

export interface FieldWordings {
  key: string;
  /** Wordings sites use; the first is the printed label. */
  wordings: readonly string[];
  /** Rendered as a textarea. */
  long?: boolean;
  /** A numbered prompt a system may put in a long placeholder or help text instead of a label. */
  prompt?: string;
  /** The input's type when not text (a date field). */
  inputType?: string;
}

export const COMPANY_WORDINGS: readonly FieldWordings[] = [
  {
    key: 'company.name',
    wordings: ['单位名称', '企业名称', '公司名称', '申报单位', '申报单位名称', '企业全称', '单位全称'],
  },
  {
    key: 'company.registeredCapital',
    wordings: ['注册资本（万元）', '注册资金', '注册资本', '注册资金（万元）'],
  },
  {
    key: 'company.legalRepresentative',
    wordings: ['法定代表人', '法人代表', '法定代表人姓名', '法人代表姓名'],
  },
  {
    key: 'company.registeredAddress',
    wordings: ['单位注册地址', '注册地址', '企业注册地址', '公司注册地址'],
  },
  {
    key: 'company.officeAddress',
    wordings: ['单位办公地址', '办公地址', '通讯地址', '企业办公地址', '公司办公地址'],
  },
  {
    key: 'company.creditCode',
    wordings: ['组织机构代码/三证合一码', '统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码'],
  },
  { key: 'company.listingPlace', wordings: ['上市地点', '上市交易所', '挂牌地点'] },
  { key: 'company.stockCode', wordings: ['股票代码', '证券代码'] },
  { key: 'company.exportDestinations', wordings: ['主要出口地点', '出口国家/地区', '主要出口国家'] },
  {
    key: 'figures.mainRevenue',
    wordings: ['主营业务收入（万元）', '主营业务收入', '主营收入（万元）', '营业收入'],
  },
  {
    key: 'figures.rdInvestment',
    wordings: ['研发投入（万元）', '研发经费投入', '研发费用（万元）', '研发投入'],
  },
  { key: 'figures.rdStaff', wordings: ['研发人员规模', '研发人员数量', '研发人员（人）', '研发人数'] },
  {
    key: 'company.rdCapability',
    wordings: ['研发能力', '研发能力（专利、标准、知识产权）', '知识产权情况'],
    long: true,
    prompt: '研发能力：专利、标准、知识产权等情况',
  },
  {
    key: 'company.intro',
    wordings: ['申报单位简介', '企业简介', '单位简介', '公司简介', '单位基本情况'],
    long: true,
    prompt: '申报单位简介：单位基本情况、主营业务、行业地位等',
  },
  // Beyond the printed 申报书 (lib/catalog/fields-extra.ts): what online systems ask as well.
  {
    key: 'company.foundedDate',
    wordings: ['成立日期', '成立时间', '注册日期', '企业成立时间'],
    inputType: 'date',
  },
  { key: 'company.postalCode', wordings: ['邮政编码', '邮编', '单位邮编'] },
  { key: 'company.website', wordings: ['单位网址', '企业网址', '公司网站', '网址'] },
  { key: 'company.bankName', wordings: ['开户银行', '开户行', '基本户开户银行'] },
  { key: 'company.bankAccount', wordings: ['银行账号', '开户账号', '银行账户', '对公账号'] },
  { key: 'company.employees', wordings: ['职工总数（人）', '职工人数', '员工人数', '从业人员数（人）'] },
  {
    key: 'company.legalRepresentativeMobile',
    wordings: ['法定代表人手机', '法人手机号码', '法定代表人移动电话', '法人代表手机'],
  },
];

/** Choice fields beyond the 申报书, their options taken from the catalog. */
export const EXTRA_CHOICE_WORDINGS: readonly FieldWordings[] = [
  { key: 'company.industrySection', wordings: ['行业门类', '国民经济行业门类', '所属门类'] },
  { key: 'company.industry', wordings: ['所属行业', '行业分类', '所属国民经济行业', '行业类别'] },
];

/** Sub-fields of the two person groups: the group is told by a heading, a row group or a prefix. */
export type PersonPart = 'name' | 'title' | 'mobile' | 'landline' | 'email';

export const PERSON_WORDINGS: Readonly<Record<PersonPart, readonly string[]>> = {
  name: ['姓名'],
  title: ['职务', '职位'],
  mobile: ['手机', '手机号码', '移动电话', '手机号'],
  landline: ['座机', '固定电话', '办公电话', '座机号码'],
  email: ['邮箱', '电子邮箱', '电子邮件', 'E-mail'],
};

/** The person groups and the catalog key of each sub-field a group has. */
export const PERSON_GROUPS: Readonly<
  Record<
    'contact' | 'secondContact' | 'leader',
    { headings: readonly string[]; prefixes: readonly string[]; keys: Partial<Record<PersonPart, string>> }
  >
> = {
  contact: {
    headings: ['申报联系人', '联系人信息', '项目联系人'],
    prefixes: ['联系人'],
    keys: {
      name: 'contact.name',
      title: 'contact.title',
      mobile: 'contact.mobile',
      landline: 'contact.landline',
      email: 'contact.email',
    },
  },
  secondContact: {
    headings: ['第二联系人', '备用联系人'],
    prefixes: ['第二联系人', '备用联系人'],
    keys: { name: 'contact.secondName', mobile: 'contact.secondMobile', email: 'contact.secondEmail' },
  },
  leader: {
    headings: ['项目负责人', '负责人信息'],
    prefixes: ['负责人', '项目负责人'],
    keys: { name: 'leader.name', title: 'leader.title', mobile: 'leader.mobile', email: 'leader.email' },
  },
};

export const PROJECT_WORDINGS: readonly FieldWordings[] = [
  { key: 'project.name', wordings: ['项目名称', '申报项目名称', '示范项目名称', '项目全称'] },
  {
    key: 'project.investment',
    wordings: ['项目投资（万元）', '项目总投资', '总投资（万元）', '项目总投资（万元）'],
  },
  {
    key: 'project.summary',
    wordings: ['项目概述', '项目简介', '项目概况'],
    long: true,
    prompt: '项目概述：项目背景、建设内容、预期成效',
  },
  {
    key: 'detail.implementationPlan',
    wordings: ['项目实施方案'],
    long: true,
    prompt: '（2）项目实施方案：技术方案、服务推广、运营模式等',
  },
  {
    key: 'detail.innovation',
    wordings: ['项目实施的创新性', '项目创新性'],
    long: true,
    prompt: '（5）项目实施的创新性：技术、模式、业态创新情况',
  },
  {
    key: 'detail.nextSteps',
    wordings: ['下一步实施计划', '下一步工作计划'],
    long: true,
    prompt: '三、下一步实施计划：下一步建设的主要内容',
  },
];

/** The project period: one label for two inputs, or a label for each half. */
export const PERIOD_WORDINGS = {
  whole: ['项目起止时间', '起止日期', '项目实施周期', '建设周期', '项目起止日期'],
  start: ['开始时间', '开始日期', '项目开始时间', '起始日期', '启动时间'],
  end: ['结束时间', '完成时间', '截止时间', '竣工时间', '项目完成时间', '结束日期'],
} as const;

/**
 * Questions the profile has no answer for: the right fill is nothing. A question the catalog
 * has a field for (单位网址, 开户银行 … since fields-extra.ts) is no decoy: it belongs in the
 * wordings above (generate.test.ts checks).
 */
export const DECOY_WORDINGS: readonly string[] = [
  '验证码',
  '图形验证码',
  '短信验证码',
  '备注',
  '经办人身份证号',
  '关键词',
  '审核意见',
];
