/** One copy of the 申报书 fields as the stress page repeats them. */
export type Spec =
  | { kind: 'text' | 'date' | 'textarea'; label: string }
  | { kind: 'select' | 'radios' | 'checks'; label: string; options: string[] };

const text = (label: string): Spec => ({ kind: 'text', label });

export const FORM: Spec[] = [
  text('单位名称'),
  text('申报联系人'),
  text('联系人职务'),
  text('联系人手机'),
  text('联系人传真'),
  text('联系人邮箱'),
  text('注册资本（万元）'),
  text('法定代表人'),
  text('单位注册地址'),
  text('单位办公地址'),
  text('统一社会信用代码'),
  {
    kind: 'select',
    label: '单位性质',
    options: [
      '请选择',
      '政府机关',
      '事业单位',
      '社会团体',
      '国有企业',
      '民营企业',
      '外资企业',
      '合资企业',
      '其他',
    ],
  },
  {
    kind: 'checks',
    label: '主营业务',
    options: ['大数据', '云计算', '区块链', '人工智能', '物联网', '信息安全', '移动互联网', '电子商务'],
  },
  { kind: 'radios', label: '是否上市公司', options: ['否', '是'] },
  { kind: 'date', label: '上市时间' },
  text('上市地点'),
  text('股票代码'),
  { kind: 'radios', label: '是否有业务出口', options: ['否', '是'] },
  text('主要出口地点'),
  { kind: 'textarea', label: '研发能力' },
  text('主营业务收入（万元）'),
  text('研发投入（万元）'),
  text('信息消费相关业务收入（万元）'),
  text('研发人员规模'),
  { kind: 'textarea', label: '申报单位简介' },
  text('项目名称'),
  { kind: 'date', label: '项目开始日期' },
  { kind: 'date', label: '项目结束日期' },
  text('项目投资（万元）'),
  text('项目负责人'),
  text('负责人手机'),
  text('负责人邮箱'),
  {
    kind: 'select',
    label: '示范项目领域',
    options: [
      '请选择',
      '方向1：数字创意内容和服务',
      '方向3：在线医疗服务',
      '方向6：行业信息化服务',
      '方向9：远程办公服务平台',
    ],
  },
  { kind: 'textarea', label: '项目概述' },
];

/** Controls a spec adds to the page (every radio and checkbox is one). */
export const controlsOf = (spec: Spec) =>
  spec.kind === 'radios' || spec.kind === 'checks' ? spec.options.length : 1;

// A 填表说明 as such systems print above a field; repeated, it makes the 100 KB label.
const GUIDANCE =
  '填表说明：申报单位简介应包括发展历程、主营业务、市场销售、资源整合共享能力、技术成果转化能力等方面的基本情况，' +
  '如实反映申报单位近三年的经营状况和研发投入，数据须与财务审计报告一致，不得使用夸大或无法核实的表述；' +
  '涉及专利、标准、软件著作权的，应注明名称、编号和授权时间，并在附件中提供相应证明材料。';

export function longGuidance(minChars: number): string {
  const times = Math.ceil(minChars / GUIDANCE.length) + 1;
  return `申报单位简介（${GUIDANCE.repeat(times)}）`;
}
