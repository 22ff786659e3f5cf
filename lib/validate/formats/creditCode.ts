/**
 * 统一社会信用代码 (GB 32100-2015) and the older 9-character 组织机构代码 (GB 11714-1997).
 */
import { codePointLength, describeChars, fail, normalizeInput } from './result';

/** GB 32100-2015 code set: digits and 21 capital letters; I, O, S, V, Z are left out (look like 1, 0, 5, U, 2). */
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** GB 32100-2015 §5: weight of position i (1-based) is 3^(i-1) mod 31. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
/** GB 11714-1997: weights of the 8 body characters. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_BODY = /^[0-9A-Z]{8}$/;

export const NOTE_EMBEDDED_ORG_CODE = '第9–17位内嵌的组织机构代码校验位不符，请核对营业执照。';

export type CreditCodeResult =
  | { ok: true; normalized: string; notes: string[]; kind: 'uscc' | 'organizationCode' }
  | { ok: false; message: string };

export interface CreditCodeOptions {
  /** Also accept a 9-character 组织机构代码 (for units registered before 2015 on some forms). */
  allowOrganizationCode?: boolean;
}

/**
 * GB 32100-2015 check character: C18 = charset[(31 − Σ value_i·w_i mod 31) mod 31].
 * Undefined unless `first17` is exactly 17 characters of the code set (upper case).
 */
export function creditCodeCheckChar(first17: string): string | undefined {
  if (typeof first17 !== 'string' || first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * GB 11714-1997 check character: C9 = 11 − (Σ value_i·w_i mod 11), digits 0–9 and A=10 … Z=35;
 * 10 is written X and 11 is written 0. Undefined unless `first8` is 8 digits/capital letters.
 */
export function organizationCodeCheckChar(first8: string): string | undefined {
  if (typeof first8 !== 'string' || !ORG_BODY.test(first8)) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8.charAt(i), 36) * (ORG_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

export function checkCreditCode(input: string, options: CreditCodeOptions = {}): CreditCodeResult {
  const allowOrg = options?.allowOrganizationCode === true;
  const { text, notes } = normalizeInput(input);
  if (text === '') {
    return fail(allowOrg ? '请填写统一社会信用代码（或组织机构代码）' : '请填写统一社会信用代码');
  }

  // Spaces and hyphens are how codes get grouped on paper; they carry no meaning.
  let code = text.replace(/[\s\-‐‑–—]/g, '');
  if (/[a-z]/.test(code)) {
    // ASCII only: String#toUpperCase would turn ß into SS and change the length reported below.
    code = code.replace(/[a-z]/g, (c) => c.toUpperCase());
    notes.push('已将小写字母转换为大写。');
  }
  const length = codePointLength(code);
  if (allowOrg && length === 9) return checkOrganizationCode(code, notes);

  const problems: string[] = [];
  if (length !== 18) {
    problems.push(
      length === 9
        ? '统一社会信用代码应为18位，当前为9位（像是旧的组织机构代码，请填写营业执照上的18位代码）'
        : `统一社会信用代码应为18位，当前为${length}位${allowOrg ? '（或填写9位组织机构代码）' : ''}`,
    );
  }
  const invalid = [...code].filter((c) => !USCC_CHARSET.includes(c));
  if (invalid.length > 0) {
    const confusable = invalid.some((c) => 'IOSVZ'.includes(c));
    problems.push(
      `含有无效字符${describeChars(invalid)}` +
        (confusable ? '（代码中不使用字母I、O、S、V、Z，请检查是否把数字1、0、5、2写成了字母）' : ''),
    );
  }
  if (problems.length > 0) return fail(problems.join('；'));

  if (creditCodeCheckChar(code.slice(0, 17)) !== code.charAt(17)) {
    return fail('校验位不正确，请逐位核对营业执照上的代码');
  }
  // GB 32100-2015 §4: positions 9–17 are the 主体标识码, i.e. the GB 11714 组织机构代码.
  // Some issued codes do not satisfy it, so this is only a warning.
  if (organizationCodeCheckChar(code.slice(8, 16)) !== code.charAt(16)) notes.push(NOTE_EMBEDDED_ORG_CODE);
  return { ok: true, normalized: code, notes, kind: 'uscc' };
}

function checkOrganizationCode(code: string, notes: string[]): CreditCodeResult {
  const chars = [...code];
  const body = chars.slice(0, 8).join('');
  const check = chars[8] ?? '';
  const invalid = chars.slice(0, 8).filter((c) => !/^[0-9A-Z]$/.test(c));
  if (!/^[0-9X]$/.test(check)) invalid.push(check);
  if (invalid.length > 0) {
    return fail(`组织机构代码含有无效字符${describeChars(invalid)}（前8位为数字或大写字母，第9位为数字或X）`);
  }
  if (organizationCodeCheckChar(body) !== check) {
    return fail('组织机构代码校验位不正确，请逐位核对证书上的代码');
  }
  return { ok: true, normalized: `${body}-${check}`, notes, kind: 'organizationCode' };
}
