/**
 * How wide a text of the printed 申报书 is, and where it may be broken: widths in ems (CJK 1,
 * Latin and digits by glyph), the tokens that must stay on one line (phones, e-mails, codes,
 * short words) and a label cut into pieces at natural points. Pure; the sizing of the tables
 * (column-sizing.ts) is built on it.
 */

/** A Han run of a label up to this many characters is one word (法定代表人, 申报联系人, 联系电话). */
const LABEL_WORD_CHARS = 5;

/**
 * Words of the form that a dictionary segmenter cuts but that are one term (a title, a code's
 * name): never broken inside, in a label of any length.
 */
const LABEL_WORDS: readonly string[] = [
  '法定代表人',
  '董事会秘书',
  '联系电话',
  '申报联系人',
  '项目负责人',
  '电子邮箱',
];

/**
 * Runs that must stay on one line: Latin letters, digits and the punctuation of phone
 * numbers, e-mails, web addresses, codes and amounts.
 */
const LATIN_TOKEN = /[A-Za-z0-9@._\-+/:#%&=?~]+/g;
const HAN_RUN = /\p{Script=Han}+/gu;
/** Punctuation that opens: a line may not end with it, so it goes with what follows. */
const OPENING = /[（(［[「『“‘《〈【]/u;
/** Punctuation that closes or separates: it ends a piece, a line may break after it. */
const CLOSING = /[）)］\]」』”’》〉】、，,：:；;。.／/！!？?]/u;

/**
 * Width in ems of a Latin character. 仿宋's own Latin glyphs are all half-width, but a
 * machine without 仿宋 sets them in a proportional fallback (as the LibreOffice render
 * does), where 'm' and '@' run much wider; these widths (a serif face's, rounded up) keep
 * tokens whole there too, and only overestimate under 仿宋.
 */
function latinEms(token: string): number {
  let ems = 0;
  for (const char of token) {
    if (/[0-9]/.test(char)) ems += 0.6;
    else if (/[.,:;-]/.test(char)) ems += 0.33;
    else if (char === '@') ems += 0.95;
    else if (/[mwMW%]/.test(char)) ems += 0.9;
    else if (/[A-Z]/.test(char)) ems += 0.72;
    else if (/[a-z]/.test(char)) ems += 0.58;
    else ems += 0.6;
  }
  return ems;
}

/** Width of a text in ems: CJK characters and full-width forms 1, Latin as `latinEms`, a space 0.3. */
export function textEms(text: string): number {
  let ems = 0;
  for (const char of text) {
    if (char === ' ') ems += 0.3;
    else if (char.charCodeAt(0) < 0x2000) ems += latinEms(char);
    else ems += 1;
  }
  return ems;
}

/** The tokens of a text that may not be broken, each with its width in ems. */
export function unbreakableTokens(text: string, hanWordChars: number): { token: string; ems: number }[] {
  const tokens: { token: string; ems: number }[] = [];
  for (const match of text.matchAll(LATIN_TOKEN)) tokens.push({ token: match[0], ems: latinEms(match[0]) });
  for (const match of text.matchAll(HAN_RUN)) {
    const chars = [...match[0]].length;
    if (chars <= hanWordChars) tokens.push({ token: match[0], ems: chars });
  }
  return tokens;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The words of a long Han run: the dictionary's (Intl.Segmenter), with the form's own terms
 * (LABEL_WORDS) kept whole, single characters joined to each other (必|填 → 必填) and a lone one
 * to the word before it (软件|业 → 软件业; 申报|联系|人 → 申报|联系人).
 */
function hanWords(run: string): string[] {
  if ([...run].length <= LABEL_WORD_CHARS) return [run];
  const protectedAt: { start: number; end: number }[] = [];
  for (const word of LABEL_WORDS) {
    for (let at = run.indexOf(word); at >= 0; at = run.indexOf(word, at + 1))
      if (!protectedAt.some((span) => at < span.end && at + word.length > span.start))
        protectedAt.push({ start: at, end: at + word.length });
  }
  // A segment that starts inside a form's word joins the piece before: that word stays whole.
  const merged: string[] = [];
  let offset = 0;
  for (const { segment } of segmenter.segment(run)) {
    const start = offset;
    offset += segment.length;
    const last = merged.length - 1;
    if (last >= 0 && protectedAt.some((span) => start > span.start && start < span.end))
      merged[last] += segment;
    else merged.push(segment);
  }
  const words: string[] = [];
  for (const segment of merged) {
    const last = words.length - 1;
    const prev = words[last];
    if (segment.length === 1 && prev !== undefined && prev.length === 1) words[last] = prev + segment;
    else words.push(segment);
  }
  const glued: string[] = [];
  for (const word of words) {
    const last = glued.length - 1;
    if ((word.length === 1 || glued[last]?.length === 1) && last >= 0) glued[last] += word;
    else glued.push(word);
  }
  return glued;
}

const piecesCache = new Map<string, string[]>();

/**
 * The pieces of a label that are never broken: words (a Han run up to 5 characters is one;
 * a longer one is cut between its words, `hanWords`), Latin tokens, with an opening bracket
 * joined to what follows and closing or separating punctuation (、／）) to what precedes.
 */
export function labelPieces(text: string): string[] {
  const cached = piecesCache.get(text);
  if (cached) return cached;
  const atoms: string[] = [];
  const pattern = /(\p{Script=Han}+)|([A-Za-z0-9@._\-+:#%&=?~]+)|(\s+)|(.)/gsu;
  for (const match of text.matchAll(pattern)) {
    if (match[1]) atoms.push(...hanWords(match[1]));
    else if (match[3]) atoms.push(' ');
    else atoms.push(match[0]);
  }
  const pieces: string[] = [];
  let pending = '';
  for (const atom of atoms) {
    const last = pieces.length - 1;
    if (OPENING.test(atom) && atom.length === 1) pending += atom;
    else if ((CLOSING.test(atom) && atom.length === 1) || atom === ' ') {
      if (pending || last < 0) pending += atom;
      else pieces[last] += atom;
    } else {
      pieces.push(pending + atom);
      pending = '';
    }
  }
  if (pending) {
    if (pieces.length > 0) pieces[pieces.length - 1] += pending;
    else pieces.push(pending);
  }
  const result = pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
  if (piecesCache.size > 2000) piecesCache.clear();
  piecesCache.set(text, result);
  return result;
}

/** Pieces packed into lines of at most `widthEms` (a piece wider than that is a line alone). */
export function packLines(pieces: readonly string[], widthEms: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textEms(line + piece) > widthEms + 1e-9) {
      lines.push(line);
      line = piece;
    } else line += piece;
  }
  if (line) lines.push(line);
  return lines;
}
