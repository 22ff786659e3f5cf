/**
 * Dates and years as written on Chinese forms, normalised to ISO 8601 (YYYY-MM-DD, YYYY).
 */
import { type FormatResult, fail, normalizeInput, ok } from './result';

/** Dates outside this range are typing errors on this form (成立日期, 项目起止时间). */
const MIN_DATE_YEAR = 1900;
const MAX_DATE_YEAR = 2100;
/** 1949: no enterprise figure on the form predates the People's Republic. */
const MIN_YEAR = 1949;
const MAX_TEXT_LENGTH = 40;

const DATE_PATTERNS = [
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/, // 2020-05-08, 2020/5/8, 2020.05.08
  /^(\d{4})\s*(年)\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/, // 2020年5月8日
  /^(\d{4})()(\d{2})(\d{2})$/, // 20200508
];

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date (no 2月30日), normalised to YYYY-MM-DD. */
export function checkDate(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写日期');
  if (text.length > MAX_TEXT_LENGTH) return fail('日期格式不正确，应为如2020-05-08');
  const match = DATE_PATTERNS.map((pattern) => pattern.exec(text)).find((m) => m !== null);
  if (!match) return fail('日期格式不正确，应为如2020-05-08或2020年5月8日');
  const year = Number(match[1]);
  const month = Number(match[3]);
  const day = Number(match[4]);
  if (year < MIN_DATE_YEAR || year > MAX_DATE_YEAR) {
    return fail(`年份应在${MIN_DATE_YEAR}–${MAX_DATE_YEAR}之间，请检查日期`);
  }
  if (month < 1 || month > 12) return fail(`月份应为1–12，当前为${month}`);
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return fail(`${year}年${month}月没有${day}日（该月共${days}天），请检查日期`);
  const normalized = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (normalized !== text) notes.push(`已将日期转换为${normalized}格式。`);
  return ok(normalized, notes);
}

/** A 4-digit year from 1949 to this year (`today` is passed in so the check stays pure). */
export function checkYear(s: string, today: Date): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写年份');
  const match = /^(\d{4})\s*(年度?)?$/.exec(text);
  if (!match) return fail('请填写4位数字年份，如2019');
  if (match[2]) notes.push(`已去除“${match[2]}”。`);
  const year = Number(match[1]);
  const time = today instanceof Date ? today.getTime() : Number.NaN;
  const thisYear = Number.isNaN(time) ? undefined : (today as Date).getFullYear();
  if (year < MIN_YEAR) return fail(`年份不能早于${MIN_YEAR}年`);
  if (thisYear !== undefined && year > thisYear) return fail(`年份不能晚于今年（${thisYear}）`);
  return ok(match[1] ?? String(year), notes);
}

/** A start and an end date, normalised to YYYY-MM-DD/YYYY-MM-DD; the end may equal the start. */
export function checkDateRange(start: string, end: string): FormatResult {
  const from = checkDate(start);
  const to = checkDate(end);
  if (!from.ok || !to.ok) {
    const problems: string[] = [];
    if (!from.ok) problems.push(`开始日期：${from.message}`);
    if (!to.ok) problems.push(`结束日期：${to.message}`);
    return fail(problems.join('；'));
  }
  // ISO dates compare correctly as strings.
  if (to.normalized < from.normalized) return fail('结束日期早于开始日期，请检查起止日期');
  const notes = [...from.notes.map((n) => `开始日期：${n}`), ...to.notes.map((n) => `结束日期：${n}`)];
  return ok(`${from.normalized}/${to.normalized}`, notes);
}
