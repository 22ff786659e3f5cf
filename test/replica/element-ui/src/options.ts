/**
 * The site's dictionaries. Codes are what the backend stores (a 2020 system keeps its own
 * dictionary tables), labels are what the page shows.
 */
export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  label: string;
  options: Option[];
}

const numbered = (labels: string[]): Option[] =>
  labels.map((label, index) => ({ value: String(index + 1), label }));

/** 单位性质: the last one (其他) reveals 请注明. */
export const UNIT_NATURES = numbered([
  '政府机关',
  '事业单位',
  '社会团体',
  '国有企业',
  '民营企业',
  '外资企业',
  '合资企业',
  '国有控股企业',
  '国有参股企业',
  '其他',
]);
export const UNIT_NATURE_OTHER = '10';

/** 主营业务: the last one (其他) reveals 请注明. */
export const MAIN_BUSINESSES = numbered([
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
]);
export const MAIN_BUSINESS_OTHER = '15';

export const YES = '1';
export const NO = '0';

export const LISTING_PLACES: Option[] = [
  { value: 'SSE', label: '上海证券交易所' },
  { value: 'SZSE', label: '深圳证券交易所' },
  { value: 'NEEQ', label: '全国中小企业股份转让系统（新三板）' },
  { value: 'HKEX', label: '香港联合交易所' },
  { value: 'OVERSEAS', label: '境外其他证券交易所' },
];

export const HONOUR_TYPES = numbered(['高新技术企业', '企业技术中心', '重点实验室']);
export const HONOUR_LEVELS = numbered(['国家级', '省市级']);

/** 示范项目领域 of 2020, grouped as in the 申报书. */
export const DIRECTION_GROUPS: OptionGroup[] = [
  ['生活类信息消费', ['数字创意内容和服务', '线上线下融合服务']],
  ['公共服务类信息消费', ['在线医疗服务', '网络教育服务']],
  ['行业类信息消费', ['电子商务平台服务', '行业信息化服务']],
  ['新型信息产品消费', ['智能防控创新产品', '前沿科技信息产品']],
  ['信息消费支撑平台', ['远程办公服务平台', '信息消费体验中心']],
].map(([label, names], group) => ({
  label: label as string,
  options: (names as string[]).map((name, index) => {
    const n = group * 2 + index + 1;
    return { value: String(n).padStart(2, '0'), label: `方向${n}：${name}` };
  }),
}));

/** 推荐单位: the provincial 工业和信息化主管部门, keyed by region code. */
export const RECOMMENDERS: Option[] = [
  ['110000', '北京市经济和信息化局'],
  ['120000', '天津市工业和信息化局'],
  ['130000', '河北省工业和信息化厅'],
  ['140000', '山西省工业和信息化厅'],
  ['210000', '辽宁省工业和信息化厅'],
  ['310000', '上海市经济和信息化委员会'],
  ['320000', '江苏省工业和信息化厅'],
  ['330000', '浙江省经济和信息化厅'],
  ['340000', '安徽省经济和信息化厅'],
  ['350000', '福建省工业和信息化厅'],
  ['370000', '山东省工业和信息化厅'],
  ['410000', '河南省工业和信息化厅'],
  ['420000', '湖北省经济和信息化厅'],
  ['430000', '湖南省工业和信息化厅'],
  ['440000', '广东省工业和信息化厅'],
  ['440300', '深圳市工业和信息化局'],
  ['500000', '重庆市经济和信息化委员会'],
  ['510000', '四川省经济和信息化厅'],
  ['520000', '贵州省工业和信息化厅'],
  ['530000', '云南省工业和信息化厅'],
  ['610000', '陕西省工业和信息化厅'],
  ['650000', '新疆维吾尔自治区工业和信息化厅'],
].map(([value, label]) => ({ value: value as string, label: label as string }));

/** The nine narrative texts of 三, with the hints printed under each heading. */
export interface Narrative {
  prop: string;
  label: string;
  hint: string;
}

export const NARRATIVE_SECTIONS: { title: string; items: Narrative[] }[] = [
  {
    title: '1.项目基本情况',
    items: [
      {
        prop: 'qualification',
        label: '（1）项目承担方资质与能力',
        hint: '申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等。',
      },
      {
        prop: 'implementPlan',
        label: '（2）项目实施方案',
        hint: '技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等。',
      },
      {
        prop: 'teamStrength',
        label: '（3）项目负责人与项目团队实力',
        hint: '项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况。',
      },
      { prop: 'cooperation', label: '（4）产学研用联合协作情况', hint: '产学研用情况、协同创新能力。' },
      { prop: 'innovation', label: '（5）项目实施的创新性', hint: '技术创新、模式创新及相关知识产权。' },
      {
        prop: 'popularization',
        label: '（6）项目的可推广性',
        hint: '示范意义及推广价值、推广可行性、推广范围。',
      },
    ],
  },
  {
    title: '2.项目实施情况',
    items: [
      { prop: 'implementSubject', label: '（1）项目实施主体、服务对象及适用场景', hint: '' },
      {
        prop: 'implementStatus',
        label: '（2）项目实施情况',
        hint: '已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决。',
      },
    ],
  },
  {
    title: '3.下一步实施计划',
    items: [
      { prop: 'nextPlan', label: '下一步实施计划', hint: '下一步建设的主要内容、进度安排、风险控制等。' },
    ],
  },
];

/** Upload slots of 附1–附3. */
export interface AttachmentSlot {
  prop: string;
  label: string;
  hint: string;
}

export const ATTACHMENT_GROUPS: { title: string; slots: AttachmentSlot[] }[] = [
  {
    title: '附1 申报单位相关证明材料',
    slots: [
      {
        prop: 'honorFiles',
        label: '1.申报单位相关荣誉证明材料',
        hint: '高新技术企业、企业技术中心、重点实验室等相关证明材料',
      },
      { prop: 'rdFiles', label: '2.申报单位研发能力证明材料', hint: '获得专利、标准、知识产权等' },
      {
        prop: 'incomeFiles',
        label: '3.申报单位主营业务收入(2019年)证明材料',
        hint: '财务审计报告、纳税证明等',
      },
    ],
  },
  {
    title: '附2 申报项目相关证明材料',
    slots: [
      {
        prop: 'projectIpFiles',
        label: '1.项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
        hint: '专利证书、标准文本、软件著作权登记证书等',
      },
      { prop: 'promotionFiles', label: '2.项目推广效果证明材料', hint: '用户证明、应用案例、合同等' },
    ],
  },
  {
    title: '附3 申报主体责任声明',
    slots: [
      {
        prop: 'declarationFiles',
        label: '申报主体责任声明',
        hint: '法定代表人签字并加盖公章的声明（扫描件）',
      },
    ],
  },
];
