/**
 * Amounts in 万元 (the 申报书 asks every money figure in 万元) and whole numbers such as
 * 研发人员规模 (persons).
 */
import { describeChars, type FormatResult, fail, normalizeInput, ok } from './result';

/** 1e12 万元 is 10^16 元, far beyond any applicant; more means the unit was misread. */
const MAX_AMOUNT = 1e12;
const NOTE_THOUSANDS = '已去除千位分隔符。';
const NOTE_LEADING_ZEROS = '已去除多余的前导0。';
/** 1,234,567.5 — groups of exactly three after the first. */
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;
const DECIMAL = /^(\d*)(?:\.(\d*))?$/;

interface Parsed {
  whole: string;
  fraction: string;
}

/**
 * The checks shared by amounts and whole numbers, after the unit is removed: sign,
 * spaces, scientific notation, thousands separators, stray characters, leading zeros.
 * Returns the digits or the message for the applicant.
 */
function parseDecimal(input: string, what: string, notes: string[]): Parsed | string {
  let text = input.trim();
  if (text === '') return `请填写${what}`;
  if (/^[-−–—]/.test(text)) return `${what}不能为负数`;
  if (/^[¥￥$]/.test(text)) return `请去掉货币符号，直接填写${what}`;
  if (/\s/.test(text)) return `${what}中不能有空格`;
  if (/^[\d.,]+e[+-]?\d+$/i.test(text)) return '请不要使用科学计数法，直接填写数字，如1234.5';
  const invalid = [...text].filter((c) => !/^[0-9.,]$/.test(c));
  if (invalid.length > 0) return `${what}只能填写数字，请去掉${describeChars(invalid)}`;
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return '千位分隔符位置不正确；小数点请用“.”，如1,234.5';
    text = text.replaceAll(',', '');
    notes.push(NOTE_THOUSANDS);
  }
  const match = DECIMAL.exec(text);
  if (!match || !/\d/.test(text)) return `${what}格式不正确，应为数字，如1234.5`;
  let whole = match[1] || '0';
  const stripped = whole.replace(/^0+(?=\d)/, '');
  if (stripped !== whole) notes.push(NOTE_LEADING_ZEROS);
  whole = stripped;
  return { whole, fraction: match[2] ?? '' };
}

/** Amount in 万元: non-negative, at most two decimals; normalised to a plain decimal like 1234.5. */
export function checkAmount(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写金额（单位：万元）');
  let number = text;
  const unit = /(?:万元|万)(?:人民币)?$/.exec(number);
  if (unit) {
    number = number.slice(0, unit.index);
    notes.push(`已去除单位“${unit[0]}”。`);
  } else if (/亿元?$/.test(number)) {
    return fail('单位为万元，请将亿元换算为万元（1亿元=10000万元）');
  } else {
    const yuan = /([千百十]?元)(?:人民币)?$|(RMB|CNY)$/i.exec(number);
    if (yuan) {
      const name = yuan[1] ?? '元';
      return fail(`单位为万元，请将${name}换算为万元${name === '元' ? '（如150000元应填15）' : ''}`);
    }
  }

  const parsed = parseDecimal(number, '金额', notes);
  if (typeof parsed === 'string') return fail(parsed);
  let { whole, fraction } = parsed;
  if (fraction.length > 2) {
    // 1.500 is 1.50; only real third decimals are an error.
    if (!/^\d{2}0+$/.test(fraction)) return fail('金额最多保留两位小数（单位：万元）');
    fraction = fraction.slice(0, 2);
    notes.push('已去除多余的小数位0。');
  }
  if (whole.length > 13 || Number(`${whole}.${fraction || '0'}`) > MAX_AMOUNT) {
    return fail('金额过大，请核对单位是否为万元');
  }
  return ok(fraction === '' ? whole : `${whole}.${fraction}`, notes);
}

/** Non-negative whole number (研发人员规模 and other head counts), optionally followed by 人 or 名. */
export function checkInteger(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写数字');
  let number = text;
  const unit = /[人名]$/.exec(number);
  if (unit) {
    number = number.slice(0, unit.index);
    notes.push(`已去除单位“${unit[0]}”。`);
  }
  const parsed = parseDecimal(number, '数值', notes);
  if (typeof parsed === 'string') return fail(parsed);
  if (parsed.fraction !== '' || /\.$/.test(number.trim())) return fail('请填写整数，不能有小数');
  if (Number(parsed.whole) > Number.MAX_SAFE_INTEGER) return fail('数值过大，请核对');
  return ok(parsed.whole, notes);
}
