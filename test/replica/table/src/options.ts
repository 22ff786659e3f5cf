/** Option lists and section texts exactly as the paper 申报书 (2020) prints them. */

export const NATURE_OPTIONS = [
  '政府机关',
  '事业单位',
  '社会团体',
  '国有企业',
  '民营企业',
  '外资企业',
  '合资企业',
  '国有控股企业',
  '国有参股企业',
];

export const BUSINESS_OPTIONS = [
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
];

/** The paper's 其他 option; the site stores its label like every other option. */
export const OTHER = '其他';

export const HONOURS = ['高新技术企业', '企业技术中心', '重点实验室'];
export const HONOUR_LEVELS = ['国家级', '省市级'];

export const DIRECTION_GROUPS: { category: string; directions: string[] }[] = [
  { category: '生活类信息消费', directions: ['方向1：数字创意内容和服务', '方向2：线上线下融合服务'] },
  { category: '公共服务类信息消费', directions: ['方向3：在线医疗服务', '方向4：网络教育服务'] },
  { category: '行业类信息消费', directions: ['方向5：电子商务平台服务', '方向6：行业信息化服务'] },
  { category: '新型信息产品消费', directions: ['方向7：智能防控创新产品', '方向8：前沿科技信息产品'] },
  { category: '信息消费支撑平台', directions: ['方向9：远程办公服务平台', '方向10：信息消费体验中心'] },
];

export interface DetailItem {
  /** Heading as printed, e.g. （1）项目承担方资质与能力; the payload key drops the number. */
  heading: string;
  key: string;
  hint?: string;
}

export const DETAIL_GROUPS: { title: string; items: DetailItem[] }[] = [
  {
    title: '1.项目基本情况',
    items: [
      {
        heading: '（1）项目承担方资质与能力',
        key: '项目承担方资质与能力',
        hint: '（申报主体资质、资源整合共享能力、注册用户规模、技术基础、孵化能力、技术成果转化等。）',
      },
      {
        heading: '（2）项目实施方案',
        key: '项目实施方案',
        hint: '（技术方案、服务推广及成果转化、保障措施、进度安排、预期目标、效益分析、风险分析、成长性分析等。）',
      },
      {
        heading: '（3）项目负责人与项目团队实力',
        key: '项目负责人与项目团队实力',
        hint: '（项目负责人资质及工作经验、项目团队人员素质和类似项目经验等、团队人员参与省部级及以上科研项目情况。）',
      },
      {
        heading: '（4）产学研用联合协作情况',
        key: '产学研用联合协作情况',
        hint: '（产学研用情况、协同创新能力。）',
      },
      {
        heading: '（5）项目实施的创新性',
        key: '项目实施的创新性',
        hint: '（技术创新、模式创新及相关知识产权。）',
      },
      {
        heading: '（6）项目的可推广性',
        key: '项目的可推广性',
        hint: '（示范意义及推广价值、推广可行性、推广范围。）',
      },
    ],
  },
  {
    title: '2.项目实施情况',
    items: [
      { heading: '（1）项目实施主体、服务对象及适用场景', key: '项目实施主体、服务对象及适用场景' },
      {
        heading: '（2）项目实施情况',
        key: '项目实施情况',
        hint: '（已开展工作情况，如申报多个示范项目领域，需分领域综合描述；目前存在哪些问题和难点，计划如何解决。）',
      },
    ],
  },
  {
    title: '3.下一步实施计划',
    items: [
      {
        heading: '下一步实施计划',
        key: '下一步实施计划',
        hint: '（下一步建设的主要内容、进度安排、风险控制等。）',
      },
    ],
  },
];

export interface AttachmentSlot {
  /** Payload key: the item text as printed. */
  key: string;
  hint: string;
  /** Required unless the site decides otherwise (荣誉证明 only when honours are declared). */
  always: boolean;
}

export const ATTACHMENT_GROUPS: { code: string; title: string; slots: AttachmentSlot[] }[] = [
  {
    code: '附1',
    title: '申报单位相关证明材料',
    slots: [
      {
        key: '申报单位相关荣誉证明材料',
        hint: '高新技术企业、企业技术中心、重点实验室等相关证明材料',
        always: false,
      },
      { key: '申报单位研发能力证明材料', hint: '获得专利、标准、知识产权等', always: true },
      { key: '申报单位主营业务收入(2019年)证明材料', hint: '财务审计报告、纳税证明等', always: true },
    ],
  },
  {
    code: '附2',
    title: '申报项目相关证明材料',
    slots: [
      {
        key: '项目的平台架构、关键技术等获得专利、标准、知识产权的相关证明材料',
        hint: '专利证书、标准文本、软件著作权登记证书等',
        always: true,
      },
      { key: '项目推广效果证明材料', hint: '用户证明、应用案例、合同等', always: true },
    ],
  },
  {
    code: '附3',
    title: '申报主体责任声明',
    slots: [{ key: '申报主体责任声明', hint: '法定代表人签字并加盖公章', always: true }],
  },
];

export const ATTACHMENT_SLOTS = ATTACHMENT_GROUPS.flatMap((group) => group.slots);

/** Messages between the attachment frame and the form page (same origin). */
export const FRAME_MESSAGE = 'sfxm-attachments';

export interface FileInfo {
  name: string;
  size: number;
}

export type FrameMessage =
  | { source: typeof FRAME_MESSAGE; kind: 'files'; slot: string; files: FileInfo[] }
  | { source: typeof FRAME_MESSAGE; kind: 'height'; height: number };
