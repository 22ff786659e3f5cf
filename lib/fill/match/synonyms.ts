/**
 * Expands a normalised catalog wording with the vocabulary's synonyms (vocabulary.ts): every
 * way of writing it that swaps words of one synonym set, one set after another, so
 * 单位注册地址 also reads 企业注册地址 and 公司注册地址, and 开始日期 reads 开始时间.
 */
import { normalizeText } from './normalize';
import { SYNONYM_SETS } from './vocabulary';

/** Bounds the combinations of one wording (a label rarely holds more than two set words). */
const MAX_VARIANTS = 24;

/** The synonym sets, normalised, each word list longest first. */
const SETS: readonly string[][] = SYNONYM_SETS.map((set) =>
  [...new Set(set.map(normalizeText).filter(Boolean))].sort((a, b) => b.length - a.length),
);

/** The wording with one word of `set` swapped for each of the others (first occurrence). */
function swaps(text: string, set: readonly string[]): string[] {
  const word = set.find((candidate) => text.includes(candidate));
  if (!word) return [];
  const at = text.indexOf(word);
  // A longer word of the same set that covers this one was already tried first; a word that is
  // only part of a longer different word (公司 in 分公司) is still the same word in a label.
  return set
    .filter((other) => other !== word)
    .map((other) => text.slice(0, at) + other + text.slice(at + word.length));
}

/** Every synonym spelling of a normalised wording, itself excluded. */
export function synonymVariants(text: string): string[] {
  if (!text) return [];
  let all = [text];
  for (const set of SETS) {
    const next = [...all];
    for (const current of all) {
      for (const swapped of swaps(current, set)) {
        if (!next.includes(swapped)) next.push(swapped);
      }
    }
    all = next.slice(0, MAX_VARIANTS);
  }
  return all.slice(1);
}
