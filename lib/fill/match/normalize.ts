/**
 * Label text reduced to what it means, so a page's wording can be compared with the
 * 申报书's: `*单位名称：`, `单位名称（必填）`, `请输入单位名称` and `（1）单位名称` all become
 * `单位名称`. Inputs are bounded before any work, so a 100 KB label costs no more than its start.
 */
import { toSimplified } from './traditional';
import { REWRITES } from './vocabulary';

/** Labels longer than this carry no label meaning; only their start is compared. */
const MAX_RAW = 2000;
/** Normalised texts are cut to this length before matching (keeps 2,000 fields linear). */
export const MAX_NORMALIZED = 160;

const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const MARKS = /[*:★☆]/g;
const REQUIRED_NOTE = /\((?:必填|选填|必选|可选|非必填)\)/g;
const PROMPT = /^(?:请输入|请选择|请填写|请录入|请上传|输入|选择)/;
// 附1-1 / 附件1-1 / 附1 (an attachment reference) and leading item numbers: （1） 1. 1、 一、 （一）.
const ATTACHMENT_PREFIX = /^附件?\d{1,2}(?:[-—–.]\d{1,2})?[.、]?/;
const NUMBERING =
  /^(?:\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\))/;
const EDGE_PUNCTUATION = /^[,.;、。!?'"“”‘’\-—–~…·|/]+|[,.;、。!?'"“”‘’\-—–~…·|/]+$/g;

const REWRITE_PAIRS = REWRITES.map(([from, to]) => [from, to] as const);

function unifyBrackets(text: string): string {
  return text.replace(/[【〔［[〖（]/g, '(').replace(/[】〕］\]〗）]/g, ')');
}

/** Index of the `(` matching the `)` at `end`, or -1. */
function openingOf(text: string, end: number): number {
  let depth = 0;
  for (let index = end; index >= 0; index -= 1) {
    const char = text[index];
    if (char === ')') depth += 1;
    else if (char === '(') {
      depth -= 1;
      if (depth === 0) return index;
    }
  }
  return -1;
}

/** Removes brackets that have no partner: `（上市时间：` → `上市时间`. */
function dropUnbalanced(text: string): string {
  const chars = [...text];
  const open: number[] = [];
  const drop = new Set<number>();
  chars.forEach((char, index) => {
    if (char === '(') open.push(index);
    else if (char === ')') {
      if (open.length > 0) open.pop();
      else drop.add(index);
    }
  });
  for (const index of open) drop.add(index);
  return drop.size === 0 ? text : chars.filter((_, index) => !drop.has(index)).join('');
}

/** `（下一步建设的主要内容。）` → `下一步建设的主要内容。`: a wholly bracketed note. */
function unwrap(text: string): string {
  if (text.startsWith('(') && text.endsWith(')') && openingOf(text, text.length - 1) === 0) {
    return text.slice(1, -1);
  }
  return text;
}

function tidy(text: string): string {
  let current = text;
  for (let round = 0; round < 4; round += 1) {
    const next = unwrap(
      dropUnbalanced(current)
        .replace(EDGE_PUNCTUATION, '')
        .replace(PROMPT, '')
        .replace(ATTACHMENT_PREFIX, '')
        .replace(NUMBERING, ''),
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * The comparable form of a label: NFKC (full-width → half-width, 【】 → ()), lower case, no
 * whitespace, no `*` or colons, no （必填）, no leading 请输入/请选择/请填写, no leading
 * numbering or 附1-1 prefix, no edge punctuation or unpaired brackets.
 */
export function normalizeText(value: string): string {
  const raw = value.slice(0, MAX_RAW);
  if (!raw) return '';
  // Traditional characters (單位名稱) read as simplified; the vocabulary's empty phrasings go.
  let base = unifyBrackets(toSimplified(raw.normalize('NFKC')).toLowerCase())
    .replace(INVISIBLE, '')
    .replace(MARKS, '')
    .replace(REQUIRED_NOTE, '');
  for (const [from, to] of REWRITE_PAIRS) if (base.includes(from)) base = base.replaceAll(from, to);
  return tidy(base).slice(0, MAX_NORMALIZED);
}

/** Without its trailing bracketed part: `注册资本(万元)` → `注册资本`. Unchanged when none. */
export function withoutTrailingBracket(text: string): string {
  if (!text.endsWith(')')) return text;
  const start = openingOf(text, text.length - 1);
  if (start <= 0) return text;
  return tidy(text.slice(0, start));
}

/** Without bracketed years: `主营业务收入(2019年)证明材料` → `主营业务收入证明材料`. */
export function withoutYears(text: string): string {
  return text.replace(/\((?:19|20)\d\d年?(?:度)?\)/g, '');
}

/** The forms a label is compared in: as is, without its trailing unit or note, without years. */
export function textVariants(normalized: string): string[] {
  if (!normalized) return [];
  const variants = [normalized, withoutTrailingBracket(normalized), withoutYears(normalized)];
  variants.push(withoutTrailingBracket(withoutYears(normalized)));
  return [...new Set(variants.filter((variant) => variant.length > 0))];
}

/** Character bigrams of a text (its single character for a one-character text). */
export function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length < 2) return chars.length === 1 ? [chars[0] as string] : [];
  const grams = new Set<string>();
  for (let index = 0; index + 1 < chars.length; index += 1) grams.add(`${chars[index]}${chars[index + 1]}`);
  return [...grams];
}

/** Length in characters (code points), as the 申报书 counts 字. */
export function charLength(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

/**
 * A name or id as letter runs: `qtry[]` → [`qtry`], `contact_name` → [`contactname`,
 * `contact`, `name`], `startDate` → [`startdate`, `start`, `date`]. The first entry is the
 * whole name's letters; digits and brackets separate tokens.
 */
export function nameTokens(value: string): string[] {
  const raw = value.slice(0, 200);
  if (!raw) return [];
  const split = raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((token) => token.length > 0);
  const whole = split.join('');
  if (!whole) return [];
  return [...new Set([whole, ...split])];
}

/**
 * Whether an id or name looks generated per page load (`f_k2j3h4l5`, `<prefix>-id-1024-7`, `:r1:`,
 * uuids), and so must not identify a field across reloads.
 */
export function looksGenerated(value: string): boolean {
  if (!value) return true;
  // UI libraries number their ids as `<prefix>-id-…`.
  if (/^[:_$]/.test(value) || /^[a-z]+-id-/.test(value)) return true;
  if (/\d{3,}/.test(value)) return true;
  // Letters and digits interleaved, as random base-36 ids are.
  if (/[a-z]\d+[a-z]+\d/i.test(value)) return true;
  return /[0-9a-f]{8}-[0-9a-f]{4}/i.test(value);
}

/** A reference to one 附 item: 附1-1 → { appendix: 1, item: 1 }; 附3 → { appendix: 3 }. */
export interface AttachmentRef {
  appendix: number;
  item?: number;
}

/**
 * Reads an attachment reference from a raw label: `附1-1`, `附件2-1`, `附1 申报单位…` (appendix
 * only). Undefined when the text has none.
 */
export function attachmentRef(value: string): AttachmentRef | undefined {
  const text = value.slice(0, 200).normalize('NFKC').replace(INVISIBLE, '');
  const match = /(?:^|[^a-z0-9])附件?(\d{1,2})(?:[-—–.](\d{1,2}))?/i.exec(text);
  if (!match) return undefined;
  const appendix = Number(match[1]);
  const item = match[2] === undefined ? undefined : Number(match[2]);
  return item === undefined ? { appendix } : { appendix, item };
}

/** The item number a label starts with: `1.申报单位…` / `（2）项目…` → 1 / 2. */
export function leadingNumber(value: string): number | undefined {
  const text = value.slice(0, 40).normalize('NFKC').replace(INVISIBLE, '').replace(MARKS, '');
  const match = /^(?:\((\d{1,2})\)|(\d{1,2})[.、](?!\d))/.exec(text);
  if (!match) return undefined;
  return Number(match[1] ?? match[2]);
}
