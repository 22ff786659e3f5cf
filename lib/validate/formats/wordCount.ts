/**
 * 字数 as Microsoft Word counts it (审阅 → 字数统计 → 字数), which is what 不超过400字 in
 * the 申报书 template means in practice: every East Asian character is one 字, and a run
 * of other non-space characters (`5G`, `AI,`, `2019`) is one word.
 */

/**
 * A character that counts on its own: Han ideographs (all extensions), kana, hangul,
 * bopomofo, CJK symbols and punctuation (U+3001–U+303F; U+3000 is a space),
 * CJK compatibility forms (U+FE30–U+FE4F), full-width and half-width forms
 * (U+FF00–U+FFEF), and the punctuation Chinese text shares with Western text: “”‘’…—·.
 */
const STANDALONE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3001-\u303F\uFE30-\uFE4F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2026\u2014\u00B7]/u;
/** Separators count nothing: whitespace (incl. U+3000) and control characters. */
const SEPARATOR = /[\s\p{Cc}]/u;
/** Format characters (zero-width joiners, BOM) neither count nor split a word. */
const INVISIBLE = /\p{Cf}/u;

export function countWords(text: string): number {
  let words = 0;
  let inRun = false;
  for (const c of String(text)) {
    if (SEPARATOR.test(c)) {
      inRun = false;
    } else if (STANDALONE.test(c)) {
      words++;
      inRun = false;
    } else if (INVISIBLE.test(c)) {
      // Transparent: 👨‍👩 stays one word.
    } else if (!inRun) {
      words++;
      inRun = true;
    }
  }
  return words;
}

/** Characters as code points: spaces and newlines count, 👍 counts 1, a lone surrogate counts 1. */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of String(text)) n++;
  return n;
}

export interface LengthMeasure {
  words: number;
  chars: number;
  /** The stricter of the two counts, the one the limit is enforced on. */
  counted: number;
  limit: number;
  /** 'near': within 10% of the limit; 'over': above it. */
  status: 'ok' | 'near' | 'over';
}

export function measureLength(text: string, limit: number): LengthMeasure {
  const words = countWords(text);
  const chars = countChars(text);
  // Every word consumes at least one code point, so in practice counted === chars.
  const counted = Math.max(words, chars);
  // counted * 10 > limit * 9 rather than > 0.9 * limit: integer arithmetic, exact at the boundary.
  const status = counted > limit ? 'over' : counted * 10 > limit * 9 ? 'near' : 'ok';
  return { words, chars, counted, limit, status };
}
