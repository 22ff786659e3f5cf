import type { FormRule } from 'antd';
import { ATTACHMENT_GROUPS, BUSINESS_OTHER, DETAIL_GROUPS, HONOURS, NATURE_OTHER } from './options';

/**
 * The site's validation rules, in one table. Form.Item uses them while a step is on screen
 * (下一步); 提交 runs the same table over the whole store, because fields of other steps are
 * unmounted then and antd's validateFields only sees mounted fields.
 */

export type Values = Record<string, unknown>;
export type Path = string | (string | number)[];

export interface Check {
  name: Path;
  step: number;
  /** Message when the field is empty (and `when` holds). */
  message: string;
  /** Required only while this holds, e.g. sub-fields of 是 or 其他. */
  when?: (values: Values) => boolean;
  /** Maximum length in 字, with its message. */
  max?: [number, string];
  pattern?: [RegExp, string];
  /** No red asterisk: required only because a sibling is filled (相关荣誉). */
  unmarked?: boolean;
}

export function getPath(values: Values, path: Path): unknown {
  const keys = Array.isArray(path) ? path : [path];
  let current: unknown = values;
  for (const key of keys) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0 || value.every((item) => item == null);
  return false;
}

const textLength = (value: string): number => [...value].length;

const MOBILE: [RegExp, string] = [/^1[3-9]\d{9}$/, '手机号码格式不正确'];
const EMAIL: [RegExp, string] = [/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/, '邮箱格式不正确'];

const listed = (v: Values) => v.isListed === 1;
const software = (v: Values) => v.isSoftwareEnt === 1;
const anyHonour = (v: Values) =>
  HONOURS.some((h) => !isEmpty(v[h.level]) || !isEmpty(v[h.year])) ||
  (Array.isArray(v.otherHonors) && v.otherHonors.some((text) => !isEmpty(text)));

const required = (step: number, name: Path, message: string, extra: Partial<Check> = {}): Check => ({
  step,
  name,
  message,
  ...extra,
});

export const CHECKS: Check[] = [
  required(0, 'entName', '请输入企业名称'),
  required(0, 'uscc', '请输入统一社会信用代码', {
    pattern: [
      /^([0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}|[0-9A-Z]{8}-?[0-9X])$/,
      '统一社会信用代码格式不正确',
    ],
  }),
  required(0, 'regCapital', '请输入注册资金'),
  required(0, 'legalPerson', '请输入法人代表'),
  required(0, 'regAddress', '请输入单位注册地址'),
  required(0, 'officeAddress', '请输入单位办公地址'),
  required(0, ['contact', 'name'], '请输入申报联系人姓名'),
  required(0, ['contact', 'post'], '请输入申报联系人职务'),
  required(0, ['contact', 'mobile'], '请输入申报联系人手机', { pattern: MOBILE }),
  required(0, ['contact', 'fax'], '请输入申报联系人传真', {
    pattern: [/^0\d{2,3}-?\d{7,8}$/, '传真号码格式不正确（如：023-12345678）'],
  }),
  required(0, ['contact', 'email'], '请输入申报联系人邮箱', { pattern: EMAIL }),
  required(0, 'entNature', '请选择单位性质'),
  required(0, 'entNatureOther', '请注明其他单位性质', { when: (v) => v.entNature === NATURE_OTHER }),
  required(0, 'mainBusiness', '请选择主营业务'),
  required(0, 'mainBusinessOther', '请注明其他主营业务', {
    when: (v) => Array.isArray(v.mainBusiness) && v.mainBusiness.includes(BUSINESS_OTHER),
  }),
  required(0, 'isListed', '请选择是否上市公司'),
  required(0, 'listingDate', '请选择上市时间', { when: listed }),
  required(0, 'listingExchange', '请选择上市地点', { when: listed }),
  required(0, 'stockCode', '请输入股票代码', {
    when: listed,
    pattern: [/^[0-9A-Za-z.]{4,10}$/, '股票代码格式不正确'],
  }),
  required(0, 'hasExport', '请选择是否有业务出口'),
  required(0, 'exportArea', '请输入主要出口地点', { when: (v) => v.hasExport === 1 }),
  required(0, 'entIntro', '请输入申报单位简介', { max: [400, '申报单位简介不能超过400字'] }),

  ...HONOURS.flatMap((h) => [
    required(1, h.level, `请选择${h.title}级别`, { when: (v) => !isEmpty(v[h.year]), unmarked: true }),
    required(1, h.year, `请选择${h.title}授予年份`, { when: (v) => !isEmpty(v[h.level]), unmarked: true }),
  ]),
  required(1, 'rdAbility', '请输入研发能力'),
  required(1, 'mainRevenue', '请输入主营业务收入'),
  required(1, 'rdInvest', '请输入研发投入'),
  required(1, 'infoConsumeRevenue', '请输入信息消费相关业务收入'),
  required(1, 'rdStaffNum', '请输入研发人员数量'),
  required(1, 'isSoftwareEnt', '请选择是否软件企业'),
  required(1, 'softwareRevenue', '请输入软件业务收入', { when: software }),
  required(1, 'softwareProductRevenue', '请输入产品收入总额', { when: software }),
  required(1, 'itServiceRevenue', '请输入信息技术服务收入总额', { when: software }),
  required(1, 'embeddedRevenue', '请输入嵌入式系统软件收入总额', { when: software }),

  required(2, 'recommendUnit', '请输入推荐单位'),
  required(2, 'projectName', '请输入项目名称'),
  required(2, 'projectField', '请选择示范项目领域'),
  required(2, 'projectPeriod', '请选择起止日期'),
  required(2, 'totalInvest', '请输入项目投资'),
  required(2, ['leader', 'name'], '请输入项目负责人姓名'),
  required(2, ['leader', 'post'], '请输入项目负责人职务'),
  required(2, ['leader', 'mobile'], '请输入项目负责人手机', { pattern: MOBILE }),
  required(2, ['leader', 'email'], '请输入项目负责人邮箱', { pattern: EMAIL }),
  required(2, 'projectSummary', '请输入项目概述', { max: [400, '项目概述不能超过400字'] }),

  ...DETAIL_GROUPS.flatMap((group) =>
    group.items.map((item) => required(3, item.name, `请填写${item.label}`)),
  ),

  ...ATTACHMENT_GROUPS.flatMap((group) =>
    group.items.map((item) =>
      required(4, ['attachments', item.name], `请上传${item.label}`, {
        when: item.name === 'honor' ? anyHonour : undefined,
        unmarked: item.name === 'honor',
      }),
    ),
  ),
];

const sameName = (a: Path, b: Path): boolean =>
  JSON.stringify(Array.isArray(a) ? a : [a]) === JSON.stringify(Array.isArray(b) ? b : [b]);

export function checkFor(name: Path): Check {
  const check = CHECKS.find((candidate) => sameName(candidate.name, name));
  if (!check) throw new Error(`no rule for ${JSON.stringify(name)}`);
  return check;
}

/** The one error of a field, or undefined when it passes. */
export function validate(check: Check, values: Values): string | undefined {
  const value = getPath(values, check.name);
  if (isEmpty(value)) return !check.when || check.when(values) ? check.message : undefined;
  if (typeof value === 'string') {
    if (check.max && textLength(value) > check.max[0]) return check.max[1];
    if (check.pattern && !check.pattern[0].test(value.trim())) return check.pattern[1];
  }
  return undefined;
}

/** antd rules of one field, backed by the same table as the final check. */
export function rules(name: Path): FormRule[] {
  const check = checkFor(name);
  return [
    ({ getFieldsValue }) => ({
      validator: async () => {
        const error = validate(check, getFieldsValue(true) as Values);
        if (error) throw new Error(error);
      },
    }),
  ];
}

/** Whether Form.Item shows the red asterisk: always-required fields and 是/其他 sub-fields. */
export function isRequired(name: Path): boolean {
  return !checkFor(name).unmarked;
}

export interface Failure {
  step: number;
  name: Path;
  message: string;
}

export function validateAll(values: Values): Failure[] {
  return CHECKS.flatMap((check) => {
    const message = validate(check, values);
    return message ? [{ step: check.step, name: check.name, message }] : [];
  });
}
