import type { FieldDef } from './types';

const always = { required: 'always' } as const;

/** The cover page (封面) cells that are not repeated in the tables. */
export const COVER_FIELDS: readonly FieldDef[] = [
  {
    key: 'project.recommender',
    section: 'cover',
    label: '推荐单位',
    aliases: ['推荐部门', '推荐单位名称', '主管部门'],
    hint: '（加盖单位公章）',
    kind: 'text',
    scope: 'project',
    rules: always,
  },
  {
    key: 'project.applicationDate',
    section: 'cover',
    label: '申报日期',
    aliases: ['填报日期', '申请日期'],
    kind: 'date',
    scope: 'project',
    // Filled on the day of printing; the export uses today's date when empty.
    rules: { required: 'optional' },
  },
];

/** 二、申报项目基本信息. */
export const PROJECT_FIELDS: readonly FieldDef[] = [
  {
    key: 'project.name',
    section: 'project',
    label: '项目名称',
    aliases: ['示范项目名称', '申报项目名称', '项目全称'],
    hint: '全称（如实填写）',
    kind: 'text',
    scope: 'project',
    rules: always,
  },
  {
    key: 'project.period',
    section: 'project',
    label: '起止日期',
    aliases: [
      '项目起止日期',
      '起止时间',
      '项目周期',
      '建设周期',
      '实施周期',
      '建设期',
      '实施期限',
      '建设期限',
    ],
    kind: 'dateRange',
    scope: 'project',
    rules: always,
  },
  {
    key: 'project.investment',
    section: 'project',
    label: '项目投资（万元）',
    aliases: ['项目投资', '项目总投资', '总投资', '投资金额', '项目总投资（万元）'],
    unit: '万元',
    kind: 'amount',
    scope: 'project',
    rules: always,
  },
  {
    key: 'leader.name',
    section: 'project',
    group: '项目负责人',
    label: '姓名',
    aliases: ['项目负责人', '负责人', '负责人姓名', '项目负责人姓名'],
    kind: 'text',
    scope: 'project',
    rules: always,
  },
  {
    key: 'leader.title',
    section: 'project',
    group: '项目负责人',
    label: '职务',
    aliases: ['负责人职务', '项目负责人职务', '职位'],
    kind: 'text',
    scope: 'project',
    rules: always,
  },
  {
    key: 'leader.mobile',
    section: 'project',
    group: '项目负责人',
    label: '手机',
    aliases: ['负责人手机', '项目负责人手机', '手机号码', '手机号', '移动电话', '联系电话', '电话'],
    kind: 'mobile',
    scope: 'project',
    rules: always,
  },
  {
    key: 'leader.email',
    section: 'project',
    group: '项目负责人',
    label: '邮箱',
    aliases: ['负责人邮箱', '项目负责人邮箱', '电子邮箱', '电子邮件', 'E-mail', 'Email'],
    kind: 'email',
    scope: 'project',
    rules: always,
  },
  {
    key: 'project.direction',
    section: 'project',
    label: '示范项目领域',
    aliases: ['申报方向', '示范方向', '项目领域', '所属领域', '申报领域'],
    kind: 'singleChoice',
    scope: 'project',
    optionsFromEditionDirections: true,
    rules: always,
  },
  {
    key: 'project.summary',
    section: 'project',
    label: '项目概述',
    aliases: ['项目简介', '项目概况', '项目摘要'],
    hint: '简要阐述项目建设主要内容、投资概况、研发和应用水平等有关情况。（不超过400字）',
    kind: 'longText',
    scope: 'project',
    rules: { required: 'always', maxWords: 400 },
  },
];

/** 三、申报项目详细介绍: headings as printed; the guidance in brackets is the hint. */
export const DETAIL_FIELDS: readonly FieldDef[] = [
  detail(
    'detail.qualification',
    '1.项目基本情况',
    '项目承担方资质与能力',
    '（申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等。）',
  ),
  detail(
    'detail.implementationPlan',
    '1.项目基本情况',
    '项目实施方案',
    '（技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等。）',
  ),
  detail(
    'detail.team',
    '1.项目基本情况',
    '项目负责人与项目团队实力',
    '（项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况。）',
  ),
  detail(
    'detail.collaboration',
    '1.项目基本情况',
    '产学研用联合协作情况',
    '（产学研用情况、协同创新能力。）',
  ),
  detail('detail.innovation', '1.项目基本情况', '项目实施的创新性', '（技术创新、模式创新及相关知识产权。）'),
  detail(
    'detail.replicability',
    '1.项目基本情况',
    '项目的可推广性',
    '（示范意义及推广价值、推广可行性、推广范围。）',
  ),
  detail('detail.subjects', '2.项目实施情况', '项目实施主体、服务对象及适用场景', undefined),
  detail(
    'detail.progress',
    '2.项目实施情况',
    '项目实施情况',
    '（已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决。）',
  ),
  detail(
    'detail.nextSteps',
    '3.下一步实施计划',
    '下一步实施计划',
    '（下一步建设的主要内容、进度安排、风险控制等。）',
  ),
];

function detail(key: string, group: string, label: string, hint: string | undefined): FieldDef {
  return {
    key,
    section: 'detail',
    group,
    label,
    aliases: [],
    ...(hint ? { hint } : {}),
    kind: 'longText',
    scope: 'project',
    rules: always,
  };
}
