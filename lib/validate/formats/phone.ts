/**
 * Mainland China telephone numbers: mobile (11 digits, 1[3-9]…, per the MIIT numbering
 * plan) and landline / fax (area code + 7–8 digit local number, or a 400/800 service number).
 */
import { describeChars, type FormatResult, fail, normalizeInput, ok } from './result';

const NOTE_COUNTRY_CODE = '已去除国家代码+86。';
/** Characters that separate two numbers typed into one box. */
const LIST_SEPARATOR = /[,，、;；/]|或/;

export function checkMobile(s: string): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写手机号码');
  if (LIST_SEPARATOR.test(text)) return fail('请只填写一个手机号码');
  let compact = text.replace(/[\s\-‐‑–—()]/g, '');
  const international = /^(?:\+86|0086)/.exec(compact) ?? (/^86\d{11}$/.test(compact) ? ['86'] : null);
  if (international) {
    compact = compact.slice(international[0].length);
    notes.push(NOTE_COUNTRY_CODE);
  } else if (/^(?:\+|00)/.test(compact)) {
    return fail('仅支持中国大陆手机号码（+86）');
  }
  const invalid = [...compact].filter((c) => !/^[0-9]$/.test(c));
  if (invalid.length > 0) return fail(`手机号码只能包含数字，请去掉${describeChars(invalid)}`);
  if (compact.length !== 11) return fail(`手机号码应为11位，当前为${compact.length}位`);
  if (!/^1[3-9]/.test(compact)) return fail('手机号码应以13–19开头，请检查是否填成了固定电话');
  return ok(compact, notes);
}

export interface LandlineOptions {
  /** Also accept a mobile number (for 电话 boxes that take either); never for 传真. */
  allowMobile?: boolean;
}

/** Extension written with an explicit marker at the end: 转123, 分机123, ext.123, x123, #123. */
const EXTENSION = /(?:转|分机|ext\.?|x|#)\s*(\d*)$/i;
/** Longer than any phone number with extension and separators; keeps the work bounded. */
const MAX_PHONE_LENGTH = 64;

export function checkLandline(s: string, options: LandlineOptions = {}): FormatResult {
  const { text, notes } = normalizeInput(s);
  if (text === '') return fail('请填写电话号码');
  if (LIST_SEPARATOR.test(text)) return fail('请只填写一个电话号码');
  if (text.length > MAX_PHONE_LENGTH) return fail('电话号码过长，请只填写一个号码');
  // Landlines start with 0 (or 400/800), mobiles with 1: a valid mobile is never a landline.
  const mobile = checkMobile(s);
  if (mobile.ok) {
    return options?.allowMobile === true
      ? mobile
      : fail('这是手机号码，此处应填写带区号的固定电话，如010-68208888');
  }

  let main = text;
  let extension: string | undefined;
  const marked = EXTENSION.exec(text);
  if (marked) {
    main = text.slice(0, marked.index);
    extension = marked[1] ?? '';
    if (!/^\d{1,6}$/.test(extension)) return fail('分机号应为1–6位数字');
  }

  // Parentheses only group the area code: (010)68208888.
  main = main.replace(/[()]/g, ' ').trim();
  const prefix = /^(?:\+\s*86|0086|86(?=[\s-]))[\s-]*/.exec(main);
  const international = prefix !== null;
  if (prefix) {
    main = main.slice(prefix[0].length);
    notes.push(NOTE_COUNTRY_CODE);
  } else if (/^(?:\+|00)/.test(main)) {
    return fail('仅支持中国大陆电话号码（+86）');
  }
  const invalid = [...main].filter((c) => !/^[0-9\s\-‐‑–—]$/.test(c));
  if (invalid.length > 0) return fail(`电话号码含有无效字符${describeChars(invalid)}，请只填写数字和“-”`);

  const groups = main.split(/[\s\-‐‑–—]+/).filter((g) => g !== '');
  let digits = groups.join('');
  if (digits === '') return fail('请填写电话号码');

  if (/^[48]00/.test(digits) && digits.length > 8) {
    return checkServiceNumber(digits, groups, extension, notes);
  }
  if (!digits.startsWith('0')) {
    if (!international) {
      return digits.length <= 8
        ? fail('请在电话号码前加上区号，如010-68208888')
        : fail('电话号码应以区号开头（如010、0871），格式如010-68208888');
    }
    digits = `0${digits}`; // after +86 the trunk 0 of the area code is dropped: +86 10 68208888
  }
  return checkAreaAndLocal(digits, groups, extension, notes);
}

/**
 * An extension written as a last group after a complete number (0871-66016741-123).
 * Split off when the digits before it are complete and either the whole is too long, or
 * the group before it is the complete local number: 010-2000000-1 is a 7-digit number with
 * extension 1, as written, not the 8-digit 20000001.
 */
function splitTrailingExtension(
  digits: string,
  groups: string[],
  isComplete: (length: number) => boolean,
): [string, string] | undefined {
  const last = groups[groups.length - 1] ?? '';
  const before = groups[groups.length - 2];
  const rest = digits.length - last.length;
  if (before === undefined || !isComplete(rest)) return undefined;
  if (isComplete(digits.length) && before.length !== rest) return undefined;
  return [digits.slice(0, rest), last];
}

/** 400/800 numbers are 10 digits with no area code, written 400-123-4567. */
function checkServiceNumber(
  all: string,
  groups: string[],
  extension: string | undefined,
  notes: string[],
): FormatResult {
  let digits = all;
  let ext = extension;
  const split = ext === undefined ? splitTrailingExtension(all, groups, (n) => n === 10) : undefined;
  if (split) [digits, ext] = split;
  if (digits.length !== 10) return fail(`${digits.slice(0, 3)}号码应为10位，当前为${digits.length}位`);
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) return fail('分机号应为1–6位数字');
  const normalized = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return ok(ext === undefined ? normalized : `${normalized}-${ext}`, notes);
}

/**
 * Area codes (national numbering plan): 010 and 020–029 have 3 digits, every other
 * area code (0310–0999) has 4, so the split is decided by the second digit alone.
 */
function checkAreaAndLocal(
  digits: string,
  groups: string[],
  extension: string | undefined,
  notes: string[],
): FormatResult {
  const areaLength = digits[1] === '1' || digits[1] === '2' ? 3 : 4;
  const area = digits.slice(0, areaLength);
  if (digits[1] === '0' || (digits[1] === '1' && digits[2] !== '0') || digits.length <= areaLength) {
    return fail('区号不正确，区号如010、021、0871');
  }
  let local = digits.slice(areaLength);
  let ext = extension;
  const split =
    ext === undefined ? splitTrailingExtension(local, groups, (n) => n >= 7 && n <= 8) : undefined;
  if (split) [local, ext] = split;
  if (ext !== undefined && !/^\d{1,6}$/.test(ext)) return fail('分机号应为1–6位数字');
  if (local.length < 7) return fail(`区号后应为7–8位本地号码，当前为${local.length}位`);
  if (local.length > 8) {
    return fail(`区号后应为7–8位本地号码，当前为${local.length}位；分机号请用“-”或“转”隔开`);
  }
  if (/^[01]/.test(local)) return fail('本地号码不应以0或1开头，请检查区号和号码');
  return ok(`${area}-${local}${ext === undefined ? '' : `-${ext}`}`, notes);
}
