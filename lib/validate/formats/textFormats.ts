/**
 * Formats a national standard fixes for plain text fields beyond the 申报书 (FieldRules.format):
 * 邮政编码 (6 digits, GB/T 2260-based postal plan), 银行账号 (digits only, as printed on the
 * account licence), 网址 (an http(s) address).
 */
import type { TextFormat } from '@/lib/catalog/types';
import { describeChars, type FormatResult, fail, normalizeInput, ok } from './result';

export function checkPostalCode(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写邮政编码');
  const compact = text.replace(/\s/g, '');
  const invalid = [...compact].filter((c) => !/^[0-9]$/.test(c));
  if (invalid.length > 0) return fail(`邮政编码只能包含数字，请去掉${describeChars(invalid)}`);
  if (compact.length !== 6) return fail(`邮政编码应为6位数字，当前为${compact.length}位`);
  return ok(compact, notes);
}

/** Bank account numbers are 8–32 digits; banks print them in groups of four. */
export function checkBankAccount(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写银行账号');
  const compact = text.replace(/[\s-]/g, '');
  const invalid = [...compact].filter((c) => !/^[0-9]$/.test(c));
  if (invalid.length > 0) return fail(`银行账号只能包含数字，请去掉${describeChars(invalid)}`);
  if (compact.length < 8 || compact.length > 32)
    return fail(`银行账号应为8–32位数字，当前为${compact.length}位，请对照开户许可证核对`);
  if (compact !== text) notes.push('已去掉账号中的空格和连字符。');
  return ok(compact, notes);
}

export function checkUrl(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写网址');
  if (/\s/.test(text)) return fail('网址中不能有空格');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return fail('网址格式不正确，应类似 www.example.com.cn');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return fail('网址应以 http:// 或 https:// 开头');
  if (!/^[^.]+\.[^.]+/.test(url.hostname)) return fail('网址应包含域名，如 www.example.com.cn');
  return ok(text, notes);
}

/** A user-defined 数字 field: a decimal number, thousands separators allowed. */
export function checkNumber(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写数字');
  const compact = text.replace(/[,，\s]/g, '');
  if (!/^-?\d+(?:\.\d+)?$/.test(compact)) return fail('应为数字，如 120 或 35.5');
  return ok(compact, notes);
}

export const TEXT_FORMAT_CHECKS: Record<TextFormat, (s: string) => FormatResult> = {
  postalCode: checkPostalCode,
  bankAccount: checkBankAccount,
  url: checkUrl,
  number: checkNumber,
};
