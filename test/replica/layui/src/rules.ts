import type { LayRule } from './layui';
import { MESSAGE_NAMES } from './markup';
import { ATTACHMENTS } from './options';
import { honoursDeclared, type SiteState } from './state';

const EMAIL = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
const MAX_CHARS = 400;

/** The year input of each honour row → its level select. */
const HONOUR_LEVEL_OF: Record<string, string> = { gxqynf: 'gxqyjb', jszxnf: 'jszxjb', zdsysnf: 'zdsysjb' };

/**
 * The site's `form.verify` rules. layui stops at the first failing field and shows its
 * message; every failure also goes to `reject` so the page can report the rejected 提交.
 */
export function createRules(
  state: SiteState,
  readOtherHonours: () => string[],
  reject: (message: string) => void,
): Record<string, LayRule> {
  const nameOf = (item: HTMLElement): string => MESSAGE_NAMES.get(item.getAttribute('name') ?? '') ?? '';
  const fail = (message: string): string => {
    reject(message);
    return message;
  };
  const pattern =
    (expression: RegExp, message: (name: string) => string): LayRule =>
    (value, item) =>
      value && !expression.test(value) ? fail(message(nameOf(item))) : undefined;

  return {
    required: (value, item) =>
      /\S/.test(value ?? '')
        ? undefined
        : fail(item.getAttribute('lay-reqtext') ?? `${nameOf(item)}不能为空`),
    mobile: pattern(/^1[3-9]\d{9}$/, (name) => `${name}格式不正确，请输入11位手机号码`),
    fax: pattern(/^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/, (name) => `${name}格式不正确，如：023-12345678`),
    mail: pattern(EMAIL, (name) => `${name}格式不正确`),
    amount: pattern(/^\d+(\.\d{1,4})?$/, (name) => `${name}须填写数字`),
    integer: pattern(/^\d+$/, (name) => `${name}须填写整数`),
    creditCode: pattern(CREDIT_CODE, () => '统一社会信用代码格式不正确，应为18位代码'),
    stockCode: pattern(/^\d{6}$/, () => '股票代码应为6位数字'),
    max400: (value, item) =>
      value.length > MAX_CHARS
        ? fail(`${nameOf(item)}不能超过${MAX_CHARS}字，当前已输入${value.length}字`)
        : undefined,
    /** Radio groups: the first native radio carries the rule, the model holds the answer. */
    choice: (_value, item) =>
      state.choices[item.getAttribute('name') ?? ''] ? undefined : fail(`请选择${nameOf(item)}`),
    choices: (_value, item) => (state.zyyw.length > 0 ? undefined : fail(`请选择${nameOf(item)}`)),
    honourYear: (value, item) => {
      const yearName = item.getAttribute('name') ?? '';
      const level = state.choices[HONOUR_LEVEL_OF[yearName] ?? ''];
      const honour = nameOf(item).replace(/授予年份$/, '');
      if (level && !value) return fail(`请选择${honour}授予年份`);
      if (!level && value) return fail(`请选择${honour}级别`);
      if (value && !/^\d{4}$/.test(value)) return fail(`${honour}授予年份格式不正确`);
      return undefined;
    },
    files: (_value, item) => {
      const slot = ATTACHMENTS.find((candidate) => item.id === `btn-${candidate.name}`);
      if (!slot || (state.files[slot.name] ?? []).length > 0) return undefined;
      if (slot.name === 'fjryzm' && !honoursDeclared(state, readOtherHonours())) return undefined;
      return fail(`请上传${slot.title}`);
    },
  };
}
