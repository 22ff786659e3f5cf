import type { Condition, FieldDef, FieldRules } from './types';

/** 软件业务收入（软件业企业必填）: required only for software enterprises. */
const SOFTWARE_ENTERPRISE: Condition = { key: 'company.isSoftwareEnterprise', equals: true };
const softwareRules: FieldRules = { required: { when: SOFTWARE_ENTERPRISE } };

/**
 * Figures of table 一 that belong to one fiscal year: the 2020 edition asks for 2019
 * (附1 item 3: 主营业务收入(2019年)证明材料). Stored per year, reused by later editions.
 */
export const FIGURE_FIELDS: readonly FieldDef[] = [
  {
    key: 'figures.mainRevenue',
    section: 'company',
    label: '主营业务收入（万元）',
    aliases: ['主营业务收入', '营业收入', '主营收入', '年主营业务收入'],
    hint: '（提供证明材料）',
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: { required: 'always' },
  },
  {
    key: 'figures.rdInvestment',
    section: 'company',
    label: '研发投入（万元）',
    aliases: ['研发投入', '研发经费', '研发费用', '研发经费投入'],
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: { required: 'always' },
  },
  {
    key: 'figures.infoConsumptionRevenue',
    section: 'company',
    label: '信息消费相关业务收入（万元）',
    aliases: ['信息消费相关业务收入', '信息消费业务收入', '信息消费收入'],
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: { required: 'always' },
  },
  {
    key: 'figures.rdStaff',
    section: 'company',
    label: '研发人员规模',
    aliases: ['研发人员数', '研发人员数量', '研发人员', '研发人数'],
    unit: '人',
    kind: 'integer',
    scope: 'figures',
    rules: { required: 'always' },
  },
  {
    key: 'company.isSoftwareEnterprise',
    section: 'company',
    label: '是否软件业企业',
    aliases: ['软件企业', '是否软件企业', '软件业企业'],
    kind: 'yesNo',
    scope: 'company',
    auxiliary: true,
    // Not a printed cell: it decides 软件业务收入（软件业企业必填）. Unanswered counts as 否.
    rules: { required: 'optional' },
  },
  {
    key: 'figures.softwareRevenue',
    section: 'company',
    label: '软件业务收入',
    aliases: ['软件业务收入（万元）', '软件业务收入总额', '软件收入'],
    hint: '（软件业企业必填）',
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: softwareRules,
  },
  {
    key: 'figures.softwareProductRevenue',
    section: 'company',
    group: '软件业务收入',
    label: '产品收入总额（万元）',
    aliases: ['产品收入总额', '软件产品收入', '软件产品收入总额'],
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: softwareRules,
  },
  {
    key: 'figures.itServiceRevenue',
    section: 'company',
    group: '软件业务收入',
    label: '信息技术服务收入总额（万元）',
    aliases: ['信息技术服务收入总额', '信息技术服务收入'],
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: softwareRules,
  },
  {
    key: 'figures.embeddedSoftwareRevenue',
    section: 'company',
    group: '软件业务收入',
    label: '嵌入式系统软件收入总额（万元）',
    aliases: ['嵌入式系统软件收入总额', '嵌入式系统软件收入', '嵌入式软件收入'],
    unit: '万元',
    kind: 'amount',
    scope: 'figures',
    rules: softwareRules,
  },
];
