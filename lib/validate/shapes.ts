import type { FieldKind } from '@/lib/catalog';

/**
 * The stored shape of each kind of value, as plain type checks: the rules run in the page's
 * content script too, where a schema library would weigh more than the checks themselves.
 * lib/validate/schema.ts states the same shapes as zod schemas for the store and backups,
 * and a test keeps the two in agreement.
 */
const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = (value: unknown) => Array.isArray(value) && value.every(isString);

const SHAPES: Record<FieldKind, (value: unknown) => boolean> = {
  text: isString,
  longText: isString,
  amount: isString,
  integer: isString,
  year: isString,
  date: isString,
  dateRange: (value) =>
    typeof value === 'object' &&
    value !== null &&
    isString((value as { start?: unknown }).start) &&
    isString((value as { end?: unknown }).end),
  phone: isString,
  mobile: isString,
  email: isString,
  creditCode: isString,
  stockCode: isString,
  singleChoice: isString,
  multiChoice: isStringList,
  yesNo: (value) => typeof value === 'boolean',
  textList: isStringList,
  attachment: (value) =>
    Array.isArray(value) &&
    value.every((ref) => {
      if (typeof ref !== 'object' || ref === null) return false;
      const { id, name, year } = ref as { id?: unknown; name?: unknown; year?: unknown };
      return (
        isString(name) &&
        name.length > 0 &&
        (id === undefined || (isString(id) && id.length > 0)) &&
        (year === undefined || Number.isInteger(year))
      );
    }),
};

export function hasShape(kind: FieldKind, value: unknown): boolean {
  return SHAPES[kind](value);
}

/** The zh-CN name of each kind's stored shape, for messages about a wrong type. */
export const KIND_SHAPE_LABEL: Record<FieldKind, string> = {
  text: '文本',
  longText: '文本',
  amount: '金额文本',
  integer: '整数文本',
  year: '年份文本',
  date: '日期文本',
  dateRange: '起止日期（start/end）',
  phone: '电话文本',
  mobile: '手机号文本',
  email: '邮箱文本',
  creditCode: '代码文本',
  stockCode: '代码文本',
  singleChoice: '选项',
  multiChoice: '选项列表',
  yesNo: '是/否',
  textList: '文本列表',
  attachment: '附件列表',
};
