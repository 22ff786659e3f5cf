/**
 * Option lists of the layui 申报系统. Values are the site's own codes (what its backend
 * stores), labels are what the rendered widgets show.
 */
export interface Option {
  value: string;
  label: string;
}

export interface OptionGroup {
  group: string;
  options: readonly Option[];
}

/** 推荐单位: provincial 工业和信息化主管部门 keyed by administrative division code. */
export const RECOMMENDERS: readonly Option[] = [
  { value: '110000', label: '北京市经济和信息化局' },
  { value: '120000', label: '天津市工业和信息化局' },
  { value: '130000', label: '河北省工业和信息化厅' },
  { value: '310000', label: '上海市经济和信息化委员会' },
  { value: '320000', label: '江苏省工业和信息化厅' },
  { value: '330000', label: '浙江省经济和信息化厅' },
  { value: '370000', label: '山东省工业和信息化厅' },
  { value: '420000', label: '湖北省经济和信息化厅' },
  { value: '440000', label: '广东省工业和信息化厅' },
  { value: '500000', label: '重庆市经济和信息化委员会' },
  { value: '510000', label: '四川省经济和信息化厅' },
  { value: '520000', label: '贵州省工业和信息化厅' },
  { value: '530000', label: '云南省工业和信息化厅' },
  { value: '610000', label: '陕西省工业和信息化厅' },
  { value: '000001', label: '中央企业（集团总部推荐）' },
];

export const OTHER = '99';

export const NATURES: readonly Option[] = [
  { value: '1', label: '政府机关' },
  { value: '2', label: '事业单位' },
  { value: '3', label: '社会团体' },
  { value: '4', label: '国有企业' },
  { value: '5', label: '民营企业' },
  { value: '6', label: '外资企业' },
  { value: '7', label: '合资企业' },
  { value: '8', label: '国有控股企业' },
  { value: '9', label: '国有参股企业' },
  { value: OTHER, label: '其他' },
];

export const BUSINESSES: readonly Option[] = [
  { value: '01', label: '大数据' },
  { value: '02', label: '云计算' },
  { value: '03', label: '区块链' },
  { value: '04', label: '人工智能' },
  { value: '05', label: '物联网' },
  { value: '06', label: '信息安全' },
  { value: '07', label: '移动互联网' },
  { value: '08', label: '电子商务' },
  { value: '09', label: '系统集成' },
  { value: '10', label: '运营维护' },
  { value: '11', label: '集成电路' },
  { value: '12', label: '基础软件' },
  { value: '13', label: '工业软件' },
  { value: '14', label: '嵌入式系统软件' },
  { value: OTHER, label: '其他' },
];

export const YES_NO: readonly Option[] = [
  { value: '1', label: '是' },
  { value: '0', label: '否' },
];

export const HONOUR_LEVELS: readonly Option[] = [
  { value: '1', label: '国家级' },
  { value: '2', label: '省市级' },
];

/** 示范项目领域 of the 2020 edition, grouped the way the notice groups them. */
export const DIRECTIONS: readonly OptionGroup[] = [
  {
    group: '生活类信息消费',
    options: [
      { value: '01', label: '方向1：数字创意内容和服务' },
      { value: '02', label: '方向2：线上线下融合服务' },
    ],
  },
  {
    group: '公共服务类信息消费',
    options: [
      { value: '03', label: '方向3：在线医疗服务' },
      { value: '04', label: '方向4：网络教育服务' },
    ],
  },
  {
    group: '行业类信息消费',
    options: [
      { value: '05', label: '方向5：电子商务平台服务' },
      { value: '06', label: '方向6：行业信息化服务' },
    ],
  },
  {
    group: '新型信息产品消费',
    options: [
      { value: '07', label: '方向7：智能防控创新产品' },
      { value: '08', label: '方向8：前沿科技信息产品' },
    ],
  },
  {
    group: '信息消费支撑平台',
    options: [
      { value: '09', label: '方向9：远程办公服务平台' },
      { value: '10', label: '方向10：信息消费体验中心' },
    ],
  },
];

/** The six upload slots of 附1–附3, named the way the site's backend names them. */
export interface AttachmentSlot {
  name: string;
  item: string;
  title: string;
  hint: string;
}

export const ATTACHMENTS: readonly AttachmentSlot[] = [
  {
    name: 'fjryzm',
    item: '附1-1',
    title: '申报单位相关荣誉证明材料',
    hint: '高新技术企业、企业技术中心、重点实验室等相关证明材料',
  },
  { name: 'fjyfnl', item: '附1-2', title: '申报单位研发能力证明材料', hint: '获得专利、标准、知识产权等' },
  {
    name: 'fjzysr',
    item: '附1-3',
    title: '申报单位主营业务收入(2019年)证明材料',
    hint: '财务审计报告、纳税证明等',
  },
  {
    name: 'fjzscq',
    item: '附2-1',
    title: '项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
    hint: '专利证书、标准文本、软件著作权登记证书等',
  },
  { name: 'fjtgxg', item: '附2-2', title: '项目推广效果证明材料', hint: '用户证明、应用案例、合同等' },
  { name: 'fjzrsm', item: '附3', title: '申报主体责任声明', hint: '法定代表人签字并加盖公章的声明' },
];
