/**
 * Halves of a date range. The 申报书 prints one cell 起止日期; online systems show it as one
 * range picker (the whole key) or as two date inputs, labelled 开始日期/结束日期, or only
 * 起止日期 … 至 … (the paper layout). A lone date field says which half it holds through its
 * evidence; two unlabelled halves are told apart by their document order.
 */

export type Part = 'start' | 'end';

// 起止/起讫 name the whole range, not one half: removed before looking for 起 or 止.
const WHOLE = /起止|起讫|起迄|始末|开始日期-结束日期|开始时间-结束时间/g;
const START = /开始|起始|启动|始于|^起|起$|^自$|^从$/;
const END = /结束|截止|截至|终止|完成|竣工|^止|止$|^至|至$|^到$/;
const START_WORDS = new Set(['start', 'begin', 'from', 'since']);
const END_WORDS = new Set(['end', 'finish', 'until', 'to']);

/** The half one normalised label names, if exactly one. */
export function partOfText(normalized: string): Part | undefined {
  const text = normalized.replace(WHOLE, '');
  if (!text) return undefined;
  const start = START.test(text);
  const end = END.test(text);
  if (start === end) return undefined;
  return start ? 'start' : 'end';
}

/** The half an English name or id names (`startDate`; `xmksrq` is left to the pinyin table). */
export function partOfNameTokens(tokens: readonly string[]): Part | undefined {
  let start = false;
  let end = false;
  for (const token of tokens) {
    if (START_WORDS.has(token)) start = true;
    if (END_WORDS.has(token)) end = true;
  }
  if (start === end) return undefined;
  return start ? 'start' : 'end';
}

/**
 * Votes of all a field's texts: one half when the texts agree, undefined when they say
 * nothing or contradict each other (开始日期 - 结束日期 on a single range input).
 */
export function partOfField(
  normalizedTexts: readonly string[],
  nameTokens: readonly string[],
): Part | undefined {
  let start = false;
  let end = false;
  for (const text of normalizedTexts) {
    const part = partOfText(text);
    if (part === 'start') start = true;
    if (part === 'end') end = true;
  }
  const named = partOfNameTokens(nameTokens);
  if (named === 'start') start = true;
  if (named === 'end') end = true;
  if (start === end) return undefined;
  return start ? 'start' : 'end';
}

export interface PartClaim {
  fieldId: string;
  order: number;
  /** What the field's own evidence says. */
  stated?: Part;
}

/**
 * Gives every lone date field of one range key its half: stated halves stay, the others take
 * the halves still free in document order (the first of 起止日期 [ ] 至 [ ] is the start) —
 * only when there are at least two. Returns fieldId → part; a field left without a half (a
 * lone unlabelled date, a third date, or two that both say 开始) is absent.
 */
export function resolveParts(claims: readonly PartClaim[]): Map<string, Part> {
  const result = new Map<string, Part>();
  const ordered = [...claims].sort((a, b) => a.order - b.order);
  const taken = new Set<Part>();
  for (const claim of ordered) {
    if (!claim.stated || taken.has(claim.stated)) continue;
    taken.add(claim.stated);
    result.set(claim.fieldId, claim.stated);
  }
  // A single unlabelled date under 起止日期 could be either half: it is left 待确认.
  if (ordered.length < 2) return result;
  for (const claim of ordered) {
    if (result.has(claim.fieldId) || claim.stated) continue;
    const free = (['start', 'end'] as const).find((part) => !taken.has(part));
    if (!free) break;
    // An end before the start would be read backwards: only fill a free half in order.
    if (
      free === 'start' &&
      ordered.some((other) => result.get(other.fieldId) === 'end' && other.order < claim.order)
    ) {
      continue;
    }
    taken.add(free);
    result.set(claim.fieldId, free);
  }
  return result;
}
