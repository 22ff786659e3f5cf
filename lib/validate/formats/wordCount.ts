/**
 * 字数 as Microsoft Word counts it (审阅 → 字数统计 → 字数), which is what 不超过400字 in
 * the 申报书 template means in practice: every East Asian character is one 字, and a run
 * of other non-space characters (`5G`, `AI,`, `2019`) is one word.
 *
 * `judgeWordLimit` is the one 字数 rule: the dashboard's counter, the validator's issue (and
 * so the export preflight and the submit guard), and the 字数 badge on the site all call it,
 * and every message about a 字数 limit is written here.
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
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/u;
const SPACE = /\s/u;
/** Format characters (zero-width joiners, BOM) neither count nor split a word. */
const INVISIBLE = /\p{Cf}/u;
/** A run holding a letter or a digit (`2019`, `SaaS`, `5G`) is 「数字和英文」. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where the characters Word's 字数 leaves out went: the reasons the two counts differ. */
interface Tally {
  words: number;
  chars: number;
  /** Characters after the first of a run with a letter or digit (`12360` adds 4). */
  inLetterRuns: number;
  /** The same in runs of symbols or emoji only (`!!!`, 👍👍). */
  inSymbolRuns: number;
  spaces: number;
  lineBreaks: number;
  /** Format and control characters (zero-width joiners, BOM, stray control codes). */
  invisible: number;
}

function tally(text: string): Tally {
  const t: Tally = {
    words: 0,
    chars: 0,
    inLetterRuns: 0,
    inSymbolRuns: 0,
    spaces: 0,
    lineBreaks: 0,
    invisible: 0,
  };
  let runLength = 0;
  let runHasLetter = false;
  const endRun = () => {
    if (runLength > 1) {
      if (runHasLetter) t.inLetterRuns += runLength - 1;
      else t.inSymbolRuns += runLength - 1;
    }
    runLength = 0;
    runHasLetter = false;
  };
  for (const c of String(text)) {
    t.chars++;
    if (SEPARATOR.test(c)) {
      endRun();
      if (LINE_BREAK.test(c)) t.lineBreaks++;
      else if (SPACE.test(c) && c !== '\uFEFF') t.spaces++;
      else t.invisible++;
    } else if (STANDALONE.test(c)) {
      endRun();
      t.words++;
    } else if (INVISIBLE.test(c)) {
      // Transparent: 👨‍👩 stays one word.
      t.invisible++;
    } else {
      if (runLength === 0) t.words++;
      runLength++;
      if (LETTER_OR_DIGIT.test(c)) runHasLetter = true;
    }
  }
  endRun();
  return t;
}

export function countWords(text: string): number {
  return tally(text).words;
}

/** Characters as code points: spaces and newlines count, 👍 counts 1, a lone surrogate counts 1. */
export function countChars(text: string): number {
  let n = 0;
  for (const _ of String(text)) n++;
  return n;
}

/**
 * - 'over': Word's 字数 is above the limit (an error: 不超过400字 is read with Word's 字数统计);
 * - 'charsOver': 字数 is within the limit but the characters are not (a warning: a reviewer
 *   counting characters might object);
 * - 'near': both within the limit, the characters within its last 10%;
 * - 'ok'.
 */
export type WordLimitVerdict = 'ok' | 'near' | 'charsOver' | 'over';

export interface WordLimitJudgement {
  /** Word's 字数 (审阅 → 字数统计). */
  words: number;
  /** Code points: every digit, letter, space and line break counts. Never fewer than words. */
  chars: number;
  limit: number;
  verdict: WordLimitVerdict;
  /** How the verdict shows: 'error' only for 'over'. */
  tone: 'ok' | 'warning' | 'error';
  /** 「392 / 400 字」: the counter beside the field, in the dashboard and on the site. */
  counter: string;
  /** The zh-CN explanation: the message, the counter's and the badge's tooltip. */
  message: string;
}

const TONES: Record<WordLimitVerdict, WordLimitJudgement['tone']> = {
  ok: 'ok',
  near: 'warning',
  charsOver: 'warning',
  over: 'error',
};

/** The one 字数 rule for a text with a limit (不超过400字). Total: any input gives a judgement. */
export function judgeWordLimit(text: string, limit: number): WordLimitJudgement {
  const t = tally(typeof text === 'string' ? text : '');
  const { words, chars } = t;
  // chars * 10 > limit * 9 rather than > 0.9 * limit: integer arithmetic, exact at the boundary.
  const verdict: WordLimitVerdict =
    words > limit ? 'over' : chars > limit ? 'charsOver' : chars * 10 > limit * 9 ? 'near' : 'ok';
  return {
    words,
    chars,
    limit,
    verdict,
    tone: TONES[verdict],
    counter: `${words} / ${limit} 字`,
    message: limitMessage(verdict, t, limit),
  };
}

/** Why the character count is higher than 字数, from what the text holds. */
function differenceReasons(t: Tally): string {
  const reasons: string[] = [];
  if (t.inLetterRuns > 0) reasons.push('数字和英文在 Word 里连续的一串只算 1 字，按字符则逐个计');
  if (t.inSymbolRuns > 0) reasons.push('连续的符号或表情在 Word 里一串只算 1 字，按字符则逐个计');
  const blanks =
    t.spaces > 0 && t.lineBreaks > 0 ? '空格和换行' : t.spaces > 0 ? '空格' : t.lineBreaks > 0 ? '换行' : '';
  if (blanks) reasons.push(`${blanks}不计入 Word 字数，按字符则计入`);
  if (t.invisible > 0) reasons.push('组合表情的连接符等不可见字符不计入 Word 字数，按字符则计入');
  return reasons.join('；');
}

function limitMessage(verdict: WordLimitVerdict, t: Tally, limit: number): string {
  const { words, chars } = t;
  const byWord = `按 Word 字数统计为 ${words} 字`;
  const byChar = `按字符计为 ${chars} 个（${differenceReasons(t)}）`;
  const same = words === chars;
  switch (verdict) {
    case 'over':
      return same
        ? `超过 ${limit} 字上限：${byWord}，请删减 ${words - limit} 字。`
        : `超过 ${limit} 字上限：${byWord}，请删减 ${words - limit} 字；${byChar}。`;
    case 'charsOver':
      return (
        `${byWord}，未超过 ${limit} 字上限；但${byChar}。` +
        `如果审核方按字符计数，可能被认为超出，建议删减 ${chars - limit} 个字符。`
      );
    case 'near': {
      const wordsLeft = words < limit ? `还可写 ${limit - words} 字` : '已写满';
      const charsLeft = chars < limit ? `按字符计还可写 ${limit - chars} 个` : '按字符计已写满';
      return same
        ? `接近 ${limit} 字上限：${byWord}，${wordsLeft}。`
        : `接近 ${limit} 字上限：${byWord}，${wordsLeft}；${byChar}，${charsLeft}。`;
    }
    case 'ok':
      return same ? `${byWord}，上限 ${limit} 字。` : `${byWord}，${byChar}，上限 ${limit} 字。`;
  }
}
