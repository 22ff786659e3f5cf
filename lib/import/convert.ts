/**
 * A cell's text → the catalog's stored shape for its field's kind: amounts converted to the
 * catalog's unit (元/万元/亿元, from the value or the label), full-width digits made ASCII,
 * 165人 → 165, 2017年 → 2017, dates to ISO, lists split, and the placeholders a printed or
 * exported 申报书 leaves in empty cells (【待填写】, ＿＿＿＿, 无, 免填) read as empty.
 */
import type { FieldDef, FieldValue } from '@/lib/catalog';
import { pageDate } from '@/lib/check/page-values';
import { splitRange } from '@/lib/fill/collect/value';
import { normalizeText } from '@/lib/fill/match';

export type Converted = { value: FieldValue | undefined } | { problem: string };

const EMPTY_WORDS = new Set(['无', '暂无', '/', '-', '—', '不适用', 'n/a', '']);

/** Placeholders left in an empty cell: not a value. */
export function isPlaceholder(text: string): boolean {
  const bare = text.normalize('NFKC').replace(/\s+/gu, '');
  if (/^[【[]待(?:填写|勾选|补充[^】\]]*)[】\]]$/u.test(bare)) return true;
  if (/^[_＿\-—]+(?:年)?$/u.test(bare)) return true;
  if (/^免填/u.test(bare)) return true;
  return EMPTY_WORDS.has(bare.toLowerCase());
}

/** Whether a cell says the field does not apply (免填（非软件业企业）). */
export function saysNotApplicable(text: string): boolean {
  return /^免填/u.test(text.normalize('NFKC').trim());
}

const UNIT_POWER: Readonly<Record<string, number>> = { 元: 0, 万元: 4, 万: 4, 亿元: 8, 亿: 8 };

/** The unit a label states for its amounts: 主营业务收入（元） → 元. */
export function labelUnit(label: string): string | undefined {
  const match = /[（(]\s*(亿元|万元|元)\s*[)）]/u.exec(label.normalize('NFKC'));
  return match?.[1];
}

/** A decimal string times 10^power, exactly (no floating point): "12680000", -4 → "1268". */
export function shiftDecimal(digits: string, power: number): string {
  const negative = digits.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? digits.slice(1) : digits).split('.');
  let all = whole + fraction;
  let point = whole.length + power;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all = all + '0'.repeat(point - all.length);
  const intPart = all.slice(0, point).replace(/^0+(?=\d)/u, '');
  const fracPart = all.slice(point).replace(/0+$/u, '');
  return `${negative ? '-' : ''}${intPart}${fracPart ? `.${fracPart}` : ''}`;
}

/**
 * An amount in the catalog unit (`targetUnit`, 万元): the unit written in the value wins,
 * then the label's, then the catalog's. 12,680万元, 1.268亿元, 126800000元 → 12680. Text in
 * the catalog's unit keeps its written digits (3600.00 stays 3600.00).
 */
export function convertAmount(text: string, label: string, targetUnit = '万元'): Converted {
  const plain = text
    .normalize('NFKC')
    .replace(/[,，\s]/gu, '')
    .replace(/^[¥￥]/u, '');
  const match = /^(-?\d+(?:\.\d+)?)(亿元|万元|元|亿|万)?$/u.exec(plain.replace(/^\((.*)\)$/u, '$1'));
  if (!match) return { problem: `「${text}」不是金额数字` };
  const unit = match[2] ?? labelUnit(label) ?? targetUnit;
  const from = UNIT_POWER[unit] ?? 4;
  const to = UNIT_POWER[targetUnit] ?? 4;
  const digits = match[1] as string;
  return { value: from === to ? digits : shiftDecimal(digits, from - to) };
}

function convertInteger(text: string): Converted {
  const plain = text.normalize('NFKC').replace(/[,，\s]/gu, '');
  const match = /^(\d+)(?:人|名|个|位)?$/u.exec(plain);
  return match ? { value: match[1] as string } : { problem: `「${text}」不是整数` };
}

function convertYear(text: string): Converted {
  const plain = text.normalize('NFKC').replace(/\s/gu, '');
  const match = /^(\d{4})(?:年度?)?(?:[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?)?$/u.exec(plain);
  return match ? { value: match[1] as string } : { problem: `「${text}」不是年份` };
}

function convertDate(text: string): Converted {
  const date = pageDate(text.normalize('NFKC').replace(/\s/gu, ''));
  return /^\d{4}-\d{2}-\d{2}$/u.test(date) ? { value: date } : { problem: `「${text}」不是日期` };
}

function convertRange(value: FieldValue): Converted {
  const [start, end] =
    typeof value === 'string'
      ? splitRange(value.normalize('NFKC'))
      : typeof value === 'object' && value !== null && 'start' in value
        ? [value.start, value.end]
        : ['', ''];
  const from = convertDate(start);
  const to = convertDate(end);
  if ('problem' in from || 'problem' in to)
    return { problem: '起止日期应写成「2019年7月1日至2021年6月30日」' };
  return { value: { start: from.value as string, end: to.value as string } };
}

/** Converts one read value for its field; `label` is the label as the file prints it. */
export function convertValue(def: FieldDef, value: FieldValue, label: string): Converted {
  if (typeof value === 'string' && isPlaceholder(value)) return { value: undefined };
  if (def.kind === 'dateRange') return convertRange(value);
  if (def.kind === 'textList' && Array.isArray(value)) return convertValue(def, value.join('\n'), label);
  if (typeof value !== 'string') return { value };
  const text = value.trim();
  switch (def.kind) {
    case 'amount':
      return convertAmount(text, label, def.unit ?? '万元');
    case 'integer':
      return convertInteger(text);
    case 'year':
      return convertYear(text);
    case 'date':
      return convertDate(text);
    case 'mobile':
    case 'phone':
    case 'email':
    case 'creditCode':
    case 'stockCode':
      return { value: text.normalize('NFKC').replace(/\s+/gu, '') };
    case 'textList': {
      const items = text
        .split(/[；;\n]+/u)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !isPlaceholder(item));
      return { value: items.length > 0 ? items : undefined };
    }
    case 'longText':
      return { value: text };
    default:
      // A printed prompt left in the cell (全称（如实填写）) is not the applicant's text.
      if (def.hint && normalizeText(text) === normalizeText(def.hint)) return { value: undefined };
      return { value: text };
  }
}
