/**
 * Shared result type and input clean-up for the format checks.
 *
 * Every check is total: whatever string it is given (empty, 1 MB, control characters,
 * lone surrogates, emoji), it returns a `FormatResult` and never throws. Messages and
 * notes are shown to the applicant, so they are in Simplified Chinese and say what to fix.
 */

export type FormatResult =
  /** `notes`: remarks on a normalisation that happened, or a soft warning. */
  | { ok: true; normalized: string; notes: string[] }
  /** `message`: what is wrong and how to fix it. */
  | { ok: false; message: string };

export function ok(
  normalized: string,
  notes: string[] = [],
): { ok: true; normalized: string; notes: string[] } {
  return { ok: true, normalized, notes };
}

export function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

export const NOTE_FULL_WIDTH_DIGITS = '已将全角数字转换为半角。';
export const NOTE_FULL_WIDTH_LETTERS = '已将全角字母转换为半角。';

/** Zero-width and invisible characters that sneak in when text is copied from Word or web pages. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g;
/** Full-width ASCII variants U+FF01–U+FF5E (！ to ～), 0xFEE0 above their ASCII twins. */
const FULL_WIDTH_ASCII = /[\uFF01-\uFF5E]/g;

export interface NormalizedInput {
  text: string;
  notes: string[];
}

/**
 * NFKC-like clean-up that keeps everything else as typed: full-width ASCII forms become
 * half-width (digits and letters get a note, since they change what the value *is*),
 * the ideographic space U+3000 becomes a space, invisible characters are dropped and
 * the result is trimmed. Full NFKC is not used because it also rewrites ①, ㈱, ½ and
 * the like, which would surprise the applicant.
 */
export function normalizeInput(s: string): NormalizedInput {
  let digits = false;
  let letters = false;
  const text = String(s)
    .replace(INVISIBLE, '')
    .replace(FULL_WIDTH_ASCII, (c) => {
      const half = String.fromCharCode(c.charCodeAt(0) - 0xfee0);
      if (half >= '0' && half <= '9') digits = true;
      else if (/[A-Za-z]/.test(half)) letters = true;
      return half;
    })
    .replace(/\u3000/g, ' ')
    .trim();
  const notes: string[] = [];
  if (digits) notes.push(NOTE_FULL_WIDTH_DIGITS);
  if (letters) notes.push(NOTE_FULL_WIDTH_LETTERS);
  return { text, notes };
}

/** Code-point length; a lone surrogate counts as one. */
export function codePointLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Quotes characters for a message: printable ones as “X”, invisible or broken ones
 * (controls, lone surrogates, spaces) as U+XXXX so the message stays readable.
 * At most `max` distinct characters, so a 1 MB input cannot produce a 1 MB message.
 */
export function describeChars(chars: Iterable<string>, max = 5): string {
  const seen: string[] = [];
  let more = false;
  for (const c of chars) {
    if (seen.includes(c)) continue;
    if (seen.length === max) {
      more = true;
      break;
    }
    seen.push(c);
  }
  const shown = seen.map((c) => {
    if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(c)) return `“${c}”`;
    const hex = (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    return `U+${hex}`;
  });
  return shown.join('、') + (more ? '等' : '');
}
