import type { ChoiceOption } from './types';

/** 单位性质: the 9 boxes of table 一 plus 其他（请注明）. */
export const ORGANIZATION_NATURES: readonly ChoiceOption[] = [
  { value: 'government', label: '政府机关', aliases: ['机关'] },
  { value: 'institution', label: '事业单位' },
  { value: 'association', label: '社会团体' },
  { value: 'stateOwned', label: '国有企业', aliases: ['国企'] },
  { value: 'private', label: '民营企业', aliases: ['民企', '私营企业'] },
  { value: 'foreign', label: '外资企业', aliases: ['外商独资企业'] },
  { value: 'jointVenture', label: '合资企业', aliases: ['中外合资企业'] },
  { value: 'stateControlled', label: '国有控股企业' },
  { value: 'stateParticipated', label: '国有参股企业' },
  { value: 'other', label: '其他', aliases: ['其他（请注明）'], isOther: true },
];

/** 主营业务: the 14 boxes of table 一 plus 其他（请注明）. */
export const MAIN_BUSINESSES: readonly ChoiceOption[] = [
  { value: 'bigData', label: '大数据' },
  { value: 'cloud', label: '云计算' },
  { value: 'blockchain', label: '区块链' },
  { value: 'ai', label: '人工智能', aliases: ['AI'] },
  { value: 'iot', label: '物联网' },
  { value: 'security', label: '信息安全', aliases: ['网络安全'] },
  { value: 'mobileInternet', label: '移动互联网' },
  { value: 'ecommerce', label: '电子商务' },
  { value: 'systemIntegration', label: '系统集成' },
  { value: 'operations', label: '运营维护', aliases: ['运维'] },
  { value: 'ic', label: '集成电路', aliases: ['芯片'] },
  { value: 'basicSoftware', label: '基础软件' },
  { value: 'industrialSoftware', label: '工业软件' },
  { value: 'embeddedSoftware', label: '嵌入式系统软件', aliases: ['嵌入式软件'] },
  { value: 'other', label: '其他', aliases: ['其他（请注明）'], isOther: true },
];

/** 相关荣誉 levels: □国家级/□省市级. */
export const HONOUR_LEVELS: readonly ChoiceOption[] = [
  { value: 'national', label: '国家级' },
  { value: 'provincial', label: '省市级', aliases: ['省级', '市级', '省部级'] },
];
