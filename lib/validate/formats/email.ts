/**
 * E-mail address, pragmatically: what mail providers in China actually hand out, not the
 * full RFC 5322 grammar (quoted local parts, IP literals and comments are rejected).
 */
import { describeChars, type FormatResult, fail, normalizeInput, ok } from './result';

/** RFC 5321 §4.5.3.1: at most 254 characters in a path, 64 in the local part, 63 in a label. */
const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_LENGTH = 64;
const MAX_LABEL_LENGTH = 63;
/** RFC 5322 atext plus the dot. */
const LOCAL_CHAR = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]$/;
/** Labels of an internationalised domain may hold letters of any script (中国移动.中国). */
const DOMAIN_LABEL = /^[\p{L}\p{N}\p{M}](?:[\p{L}\p{N}\p{M}-]*[\p{L}\p{N}\p{M}])?$/u;
/** A top-level domain is letters (com, cn, 中国) or its punycode form (xn--fiqs8s). */
const TLD = /^(?:\p{L}[\p{L}\p{M}]+|xn--[a-z0-9-]+)$/iu;

export function checkEmail(s: string): FormatResult {
  const raw = String(s);
  const { text, notes } = normalizeInput(raw);
  if (text === '') return fail('请填写电子邮箱');
  // normalizeInput already turned ＠ into @; say so, it is the most common slip with a Chinese IME.
  if (raw.includes('＠')) notes.push('已将全角“＠”转换为半角“@”。');
  if (text.length > MAX_EMAIL_LENGTH) return fail('电子邮箱过长，请只填写一个邮箱地址');
  if (/[,，;；、]/.test(text)) return fail('请只填写一个电子邮箱');
  if (/\s/.test(text)) return fail('电子邮箱中不能有空格');

  const at = text.split('@');
  if (at.length === 1) return fail('电子邮箱缺少“@”，格式如name@example.com');
  if (at.length > 2) return fail('电子邮箱只能包含一个“@”');
  const local = at[0] ?? '';
  let domain = at[1] ?? '';

  if (local === '') return fail('“@”前缺少用户名，格式如name@example.com');
  if (local.length > MAX_LOCAL_LENGTH) return fail('“@”前的用户名过长（最多64个字符）');
  const invalidLocal = [...local].filter((c) => !LOCAL_CHAR.test(c));
  if (invalidLocal.length > 0) {
    return fail(
      `“@”前的用户名含有无效字符${describeChars(invalidLocal)}，只能使用英文字母、数字和 . _ - + 等符号`,
    );
  }
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return fail('“@”前的用户名不能以“.”开头或结尾，也不能有连续的“.”');
  }

  if (domain.includes('。')) {
    domain = domain.replaceAll('。', '.');
    notes.push('已将域名中的“。”替换为“.”。');
  }
  if (domain === '') return fail('“@”后缺少域名，格式如name@example.com');
  const labels = domain.split('.');
  if (labels.length < 2) return fail('域名缺少“.”，格式如name@example.com');
  if (labels.some((label) => label === '')) return fail('域名中不能有连续的“.”，也不能以“.”开头或结尾');
  const badLabel = labels.find((label) => label.length > MAX_LABEL_LENGTH || !DOMAIN_LABEL.test(label));
  if (badLabel !== undefined) {
    const invalid = [...badLabel].filter((c) => !/^[\p{L}\p{N}\p{M}-]$/u.test(c));
    return fail(
      invalid.length > 0
        ? `域名含有无效字符${describeChars(invalid)}`
        : '域名格式不正确：每一段只能由字母、数字和“-”组成，且不能以“-”开头或结尾',
    );
  }
  if (!TLD.test(labels[labels.length - 1] ?? '')) return fail('顶级域名不正确，应为如.com、.cn的字母后缀');

  const lower = domain.toLowerCase();
  if (lower !== domain) notes.push('已将域名转换为小写。');
  return ok(`${local}@${lower}`, notes);
}
