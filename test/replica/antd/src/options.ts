/** Option lists of the 申报书, with the codes this system's backend stores. */

export interface Option<V = string> {
  label: string;
  value: V;
}

/** 单位性质: the backend keeps two-digit dictionary codes. */
export const NATURE_OPTIONS: Option[] = [
  { label: '政府机关', value: '01' },
  { label: '事业单位', value: '02' },
  { label: '社会团体', value: '03' },
  { label: '国有企业', value: '04' },
  { label: '民营企业', value: '05' },
  { label: '外资企业', value: '06' },
  { label: '合资企业', value: '07' },
  { label: '国有控股企业', value: '08' },
  { label: '国有参股企业', value: '09' },
  { label: '其他', value: '99' },
];
export const NATURE_OTHER = '99';

/** 主营业务: stored as the label texts themselves (a comma-free string array). */
export const BUSINESS_OPTIONS: string[] = [
  '大数据',
  '云计算',
  '区块链',
  '人工智能',
  '物联网',
  '信息安全',
  '移动互联网',
  '电子商务',
  '系统集成',
  '运营维护',
  '集成电路',
  '基础软件',
  '工业软件',
  '嵌入式系统软件',
  '其他',
];
export const BUSINESS_OTHER = '其他';

/** 是/否 radios post 1/0. */
export const YES_NO: Option<number>[] = [
  { label: '是', value: 1 },
  { label: '否', value: 0 },
];

export const LEVEL_OPTIONS: Option[] = [
  { label: '国家级', value: '1' },
  { label: '省市级', value: '2' },
];

export const EXCHANGE_OPTIONS: Option[] = [
  { label: '上海证券交易所', value: 'SSE' },
  { label: '深圳证券交易所', value: 'SZSE' },
  { label: '全国中小企业股份转让系统（新三板）', value: 'NEEQ' },
  { label: '香港联合交易所', value: 'HKEX' },
  { label: '境外其他证券交易所', value: 'OVERSEAS' },
];

/** 示范项目领域 of the 2020 edition, grouped by category as on the paper form. */
export const DIRECTION_GROUPS: { label: string; options: Option[] }[] = [
  {
    label: '生活类信息消费',
    options: [
      { label: '方向1：数字创意内容和服务', value: '01' },
      { label: '方向2：线上线下融合服务', value: '02' },
    ],
  },
  {
    label: '公共服务类信息消费',
    options: [
      { label: '方向3：在线医疗服务', value: '03' },
      { label: '方向4：网络教育服务', value: '04' },
    ],
  },
  {
    label: '行业类信息消费',
    options: [
      { label: '方向5：电子商务平台服务', value: '05' },
      { label: '方向6：行业信息化服务', value: '06' },
    ],
  },
  {
    label: '新型信息产品消费',
    options: [
      { label: '方向7：智能防控创新产品', value: '07' },
      { label: '方向8：前沿科技信息产品', value: '08' },
    ],
  },
  {
    label: '信息消费支撑平台',
    options: [
      { label: '方向9：远程办公服务平台', value: '09' },
      { label: '方向10：信息消费体验中心', value: '10' },
    ],
  },
];

export const HONOURS = [
  { title: '高新技术企业', level: 'highTechLevel', year: 'highTechYear' },
  { title: '企业技术中心', level: 'techCenterLevel', year: 'techCenterYear' },
  { title: '重点实验室', level: 'keyLabLevel', year: 'keyLabYear' },
] as const;

/** 三、申报项目详细介绍: the nine narrative texts with the paper's guidance. */
export const DETAIL_GROUPS: { title: string; items: { name: string; label: string; hint: string }[] }[] = [
  {
    title: '1.项目基本情况',
    items: [
      {
        name: 'undertakerAbility',
        label: '项目承担方资质与能力',
        hint: '申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等',
      },
      {
        name: 'implPlan',
        label: '项目实施方案',
        hint: '技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等',
      },
      {
        name: 'teamStrength',
        label: '项目负责人与项目团队实力',
        hint: '项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况',
      },
      { name: 'iurCooperation', label: '产学研用联合协作情况', hint: '产学研用情况、协同创新能力' },
      { name: 'innovation', label: '项目实施的创新性', hint: '技术创新、模式创新及相关知识产权' },
      { name: 'promotability', label: '项目的可推广性', hint: '示范意义及推广价值、推广可行性、推广范围' },
    ],
  },
  {
    title: '2.项目实施情况',
    items: [
      { name: 'implSubject', label: '项目实施主体、服务对象及适用场景', hint: '' },
      {
        name: 'implStatus',
        label: '项目实施情况',
        hint: '已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决',
      },
    ],
  },
  {
    title: '3.下一步实施计划',
    items: [
      { name: 'nextPlan', label: '下一步实施计划', hint: '下一步建设的主要内容、进度安排、风险控制等' },
    ],
  },
];

/** 附1–附3: the six upload slots, labelled with the item text of the 申报书. */
export const ATTACHMENT_GROUPS: {
  title: string;
  items: { name: string; label: string; hint: string }[];
}[] = [
  {
    title: '附1　申报单位相关证明材料',
    items: [
      {
        name: 'honor',
        label: '申报单位相关荣誉证明材料',
        hint: '高新技术企业、企业技术中心、重点实验室等相关证明材料',
      },
      { name: 'rd', label: '申报单位研发能力证明材料', hint: '获得专利、标准、知识产权等' },
      { name: 'revenue', label: '申报单位主营业务收入(2019年)证明材料', hint: '财务审计报告、纳税证明等' },
    ],
  },
  {
    title: '附2　申报项目相关证明材料',
    items: [
      {
        name: 'projectIp',
        label: '项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
        hint: '专利证书、标准文本、软件著作权登记证书等',
      },
      { name: 'promotion', label: '项目推广效果证明材料', hint: '用户证明、应用案例、合同等' },
    ],
  },
  {
    title: '附3　申报主体责任声明',
    items: [
      {
        name: 'statement',
        label: '申报主体责任声明',
        hint: '法定代表人签字并加盖公章的声明（扫描件）',
      },
    ],
  },
];

export const STEP_TITLES = ['单位信息', '经营数据', '项目信息', '详细介绍', '证明材料', '确认提交'];

/** Column props of the few label-on-top items: the form's flex columns would collapse them. */
export const VERTICAL = {
  layout: 'vertical',
  labelCol: { flex: 'none' },
  wrapperCol: { flex: 'none' },
} as const;
