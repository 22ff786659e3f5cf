import type { Edition, FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import { isFilled, isRequired } from './conditions';
import {
  checkAmount,
  checkCreditCode,
  checkDate,
  checkDateRange,
  checkEmail,
  checkInteger,
  checkLandline,
  checkMobile,
  checkStockCode,
  checkYear,
  exchangeOf,
  type FormatResult,
  judgeWordLimit,
  TEXT_FORMAT_CHECKS,
  type WordLimitVerdict,
} from './formats';
import { displayLabel } from './labels';
import { hasShape, KIND_SHAPE_LABEL } from './shapes';
import type { Issue, IssueCode, Severity } from './types';

export interface CheckContext {
  edition: Edition;
  /** Today, for 年份不能晚于今年; passed in so checks stay pure. */
  today: Date;
}

/** All issues of one field: required, stored shape, format, 字数, options, proof year. */
export function checkField(field: FieldDef, values: FieldValues, context: CheckContext): Issue[] {
  const value = values[field.key];
  const issue = (severity: Severity, code: IssueCode, message: string): Issue => ({
    key: field.key,
    severity,
    code,
    label: displayLabel(field),
    message,
  });
  if (!isFilled(value)) {
    if (!isRequired(field, values)) return [];
    return [issue('error', 'required', requiredMessage(field))];
  }
  if (!hasShape(field.kind, value)) {
    return [issue('error', 'wrongType', `内容格式不对，应为${KIND_SHAPE_LABEL[field.kind]}，请重新填写。`)];
  }
  return checkFilledValue(field, value as FieldValue, values, context).map(([severity, code, message]) =>
    // A field beyond the 申报书 never blocks it: what its standard finds is a reminder.
    issue(field.extra ? 'warning' : severity, code, message),
  );
}

type Finding = [Severity, IssueCode, string];

function requiredMessage(field: FieldDef): string {
  if (field.kind === 'attachment') return '尚未附上证明材料，请上传。';
  if (field.kind === 'singleChoice' || field.kind === 'yesNo')
    return '请选择一项（申报书要求栏目不得空缺）。';
  if (field.kind === 'multiChoice') return '请至少勾选一项（申报书要求栏目不得空缺）。';
  return '不能为空，请填写（申报书要求栏目不得空缺）。';
}

/** Codes, numbers, phones and dates are short; a longer value is a paste gone wrong. */
const SHORT_VALUE_LIMIT = 200;
const SHORT_KINDS = new Set<FieldDef['kind']>([
  'amount',
  'integer',
  'year',
  'date',
  'phone',
  'mobile',
  'email',
  'creditCode',
  'stockCode',
]);

function checkFilledValue(
  field: FieldDef,
  value: FieldValue,
  values: FieldValues,
  context: CheckContext,
): Finding[] {
  if (SHORT_KINDS.has(field.kind) && typeof value === 'string' && value.length > SHORT_VALUE_LIMIT) {
    return [
      [
        'error',
        'format',
        `内容过长（${value.length} 个字符），这一栏只需填写简短的代码、数字或日期，请检查是否粘贴错了位置。`,
      ],
    ];
  }
  switch (field.kind) {
    case 'text':
      return field.rules.format ? fromFormat(TEXT_FORMAT_CHECKS[field.rules.format](value as string)) : [];
    case 'longText':
      return checkWordLimit(field, value as string);
    case 'amount':
      return fromFormat(checkAmount(value as string));
    case 'integer':
      return fromFormat(checkInteger(value as string));
    case 'year':
      return fromFormat(checkYear(value as string, context.today));
    case 'date':
      return fromFormat(checkDate(value as string));
    case 'dateRange': {
      const range = value as { start: string; end: string };
      return fromFormat(checkDateRange(range.start, range.end));
    }
    case 'phone':
      return fromFormat(checkLandline(value as string));
    case 'mobile':
      return fromFormat(checkMobile(value as string));
    case 'email':
      return fromFormat(checkEmail(value as string));
    case 'creditCode':
      return fromFormat(
        checkCreditCode(value as string, { allowOrganizationCode: field.rules.allowOrganizationCode }),
      );
    case 'stockCode': {
      const place = field.rules.exchangeKey ? values[field.rules.exchangeKey] : undefined;
      return fromFormat(
        checkStockCode(value as string, typeof place === 'string' ? exchangeOf(place) : undefined),
      );
    }
    case 'singleChoice':
      return checkOptions(field, [value as string]);
    case 'multiChoice':
      return checkOptions(field, value as readonly string[]);
    case 'yesNo':
    case 'textList':
      return [];
    case 'attachment':
      return checkProofYears(field, value as readonly { name: string; year?: number }[], context);
  }
}

function fromFormat(result: FormatResult): Finding[] {
  if (!result.ok) return [['error', 'format', result.message]];
  return result.notes.map((note): Finding => ['warning', 'normalized', note]);
}

const LIMIT_FINDINGS: Record<Exclude<WordLimitVerdict, 'ok'>, [Severity, IssueCode]> = {
  over: ['error', 'tooLong'],
  charsOver: ['warning', 'charsOverLimit'],
  near: ['warning', 'nearLimit'],
};

/**
 * 不超过400字, read with Word's 字数统计: an error only when 字数 is above the limit; a
 * warning when the characters are (a reviewer counting characters might object) or when the
 * text is within 10% of the limit. The rule and its words are judgeWordLimit's, shared with
 * the counters in the dashboard and on the site.
 */
function checkWordLimit(field: FieldDef, text: string): Finding[] {
  const limit = field.rules.maxWords;
  if (limit === undefined) return [];
  const judgement = judgeWordLimit(text, limit);
  if (judgement.verdict === 'ok') return [];
  const [severity, code] = LIMIT_FINDINGS[judgement.verdict];
  return [[severity, code, judgement.message]];
}

function checkOptions(field: FieldDef, chosen: readonly string[]): Finding[] {
  const known = new Set((field.options ?? []).map((option) => option.value));
  const unknown = chosen.filter((value) => !known.has(value));
  if (unknown.length === 0) return [];
  const choices = (field.options ?? []).map((option) => option.label).join('、');
  return [
    ['error', 'unknownOption', `「${unknown.join('、')}」不是本栏的选项，请从以下选项中选择：${choices}。`],
  ];
}

/** 附1 item 3 proves 主营业务收入 of the edition's fiscal year: an older report is stale. */
function checkProofYears(
  field: FieldDef,
  refs: readonly { name: string; year?: number }[],
  context: CheckContext,
): Finding[] {
  const requirement = context.edition.attachments.find((item) => item.key === field.key);
  if (!requirement?.fiscalYearBound) return [];
  const fiscalYear = context.edition.fiscalYear;
  return refs
    .filter((ref) => ref.year !== undefined && ref.year !== fiscalYear)
    .map(
      (ref): Finding => [
        'warning',
        'staleProof',
        `「${ref.name}」是 ${ref.year} 年的材料，本届申报需要 ${fiscalYear} 年的证明材料，请更换。`,
      ],
    );
}
