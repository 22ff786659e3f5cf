/**
 * Scores (snapshot field, catalog field) pairs from the field's evidence bag. A score is 0–1:
 *
 * - label evidence: source weight × match quality. Weights: formItemLabel, labelFor,
 *   wrappingLabel, ariaLabel(ledBy), cellLeft 1.0; placeholder, precedingText, title,
 *   columnHeader 0.8; the nearest context heading 0.55 (alone it stays 待确认). Quality:
 *   exact normalised equality with a label/alias/group combination 1.0 (0.95 for a variant
 *   without unit or year; a printed hint 0.9) ≫ catalog text inside the label 0.45–0.85 ≫
 *   label inside a catalog text 0.3–0.6. A second, independent piece of evidence adds 15 %
 *   of its score.
 * - name/id: 0.7 when it equals the pinyin initials of one field's label, alias or group
 *   combination (lxrsj), 0.45 when the initials are shared; halved when a visible label names
 *   another field. It corroborates a label (+0.1) but never outweighs one.
 * - choices: overlap of the page's options with the field's options; ≥ 80 % adds 0.1 to a
 *   label, and alone identifies a field whose options no other field has (0.7 × overlap).
 *   Options that do not fit (< 30 %) multiply by 0.4.
 * - attachments: a 附N-M reference (or 附N in the context + the item number of the label)
 *   0.9; a label that names a kind of proof (proofs.ts: 营业执照, 审计报告, 知识产权 …) 0.8 for the
 *   one stored proof whose wording names it, 0.7 each when several do.
 * Then factors: widget ↔ kind compatibility (KIND_FIT: 0 excludes, e.g. file ↔ attachment
 * only); the group, for sub-labels that repeat under rival groups (姓名 under 申报联系人 and
 * 项目负责人, 授予年份 under three honours, 其他（请注明） under 单位性质 and 主营业务): ×1
 * when the label or the nearest context names the field's own group first, ×0.9 when only the
 * name/id or the field just before names it, ×0.55 when nothing does (so it stays 待确认),
 * ×0.2 when a rival group is named nearer; and the date-range half (in index.ts, once all
 * halves are known: stated ×1, by document order ×0.95, unknown ×0.5).
 */
import type { FieldKind } from '@/lib/catalog';
import type { EvidenceSource, FieldSnapshot, WidgetKind } from '../types';
import type { CatalogEntry, CatalogIndex, TextRef } from './candidates';
import {
  type AttachmentRef,
  attachmentRef,
  bigrams,
  charLength,
  leadingNumber,
  nameTokens,
  normalizeText,
  textVariants,
} from './normalize';
import { type Part, partOfField } from './parts';
import { proofKindsOf } from './proofs';
import { NOT_APPLICATION_INPUT_TYPES, NOT_APPLICATION_WORDS } from './vocabulary';

/** Where visible label evidence came from (names and ids are read as tokens instead). */
export type VisibleSource = Exclude<EvidenceSource, 'name' | 'id'>;

export const SOURCE_WEIGHTS: Readonly<Record<VisibleSource, number>> = {
  formItemLabel: 1,
  labelFor: 1,
  wrappingLabel: 1,
  ariaLabel: 1,
  ariaLabelledBy: 1,
  cellLeft: 1,
  // Help text: a prompt that names the field as often as it explains it.
  ariaDescribedBy: 0.8,
  placeholder: 0.8,
  precedingText: 0.8,
  title: 0.8,
  columnHeader: 0.8,
};
const CONTEXT_LABEL_WEIGHT = 0.55;

const HINT_QUALITY = 0.9;
const NAME_UNIQUE = 0.7;
const NAME_SHARED = 0.45;
const REF_SCORE = 0.9;
/** A slot that names a kind of proof only one stored proof holds (营业执照, 审计报告). */
const PROOF_UNIQUE = 0.8;
/** A kind several proofs hold (知识产权 in 附1-2 and 附2-1): still filled, the earlier proof first. */
const PROOF_SHARED = 0.7;
const MAX_EVIDENCE = 24;
const MAX_CONTEXT = 8;
const MAX_OPTIONS = 200;

/** Widget ↔ catalog kind: 1 fits, 0 never (a file input is only ever an attachment). */
const KIND_FIT: Readonly<Record<WidgetKind, Partial<Record<FieldKind, number>>>> = {
  text: {
    text: 1,
    amount: 1,
    integer: 1,
    year: 1,
    phone: 1,
    mobile: 1,
    email: 1,
    creditCode: 1,
    stockCode: 1,
    textList: 1,
    date: 0.9,
    dateRange: 0.85,
    longText: 0.8,
    singleChoice: 0.2,
    yesNo: 0.2,
    multiChoice: 0.2,
  },
  textarea: {
    longText: 1,
    textList: 1,
    text: 0.7,
    amount: 0.2,
    integer: 0.2,
    phone: 0.2,
    mobile: 0.2,
    email: 0.2,
    creditCode: 0.2,
    stockCode: 0.2,
    year: 0.2,
  },
  number: { amount: 1, integer: 1, year: 1, phone: 0.5, mobile: 0.5, stockCode: 0.5, text: 0.5 },
  nativeSelect: { singleChoice: 1, yesNo: 1, multiChoice: 0.8, text: 0.85, year: 0.85 },
  customSelect: { singleChoice: 1, yesNo: 1, multiChoice: 0.8, text: 0.85, year: 0.85 },
  radioGroup: { singleChoice: 1, yesNo: 1, text: 0.8, multiChoice: 0.3 },
  checkboxGroup: { multiChoice: 1, singleChoice: 0.6, yesNo: 0.5 },
  checkbox: { yesNo: 0.9, singleChoice: 0.3, multiChoice: 0.3 },
  date: { date: 1, year: 1, dateRange: 0.9, text: 0.2 },
  dateRange: { dateRange: 1 },
  file: { attachment: 1 },
};

export function kindFit(widget: WidgetKind, kind: FieldKind): number {
  return KIND_FIT[widget][kind] ?? 0;
}

const CHOICE_WIDGETS = new Set<WidgetKind>([
  'nativeSelect',
  'customSelect',
  'radioGroup',
  'checkboxGroup',
  'checkbox',
]);
const isChoiceKind = (kind: FieldKind) =>
  kind === 'singleChoice' || kind === 'multiChoice' || kind === 'yesNo';

export interface Evidence {
  source: VisibleSource;
  weight: number;
  raw: string;
  norm: string;
  variants: string[];
}

export interface NameEvidence {
  source: 'name' | 'id';
  raw: string;
  tokens: string[];
}

/** A snapshot field, sanitised and pre-normalised once. */
export interface FieldFacts {
  id: string;
  order: number;
  frame: string;
  widget: WidgetKind;
  visible: Evidence[];
  names: NameEvidence[];
  rawContext: string[];
  context: string[];
  options: string[];
  statedPart?: Part;
  /** Group named by the field just before this one (高新技术企业 ◯国家级 ◯省市级 → 授予年份). */
  neighborGroup?: string;
  /** Text evidence exactly equal to a group wording (for the next field's neighbour rule). */
  labelGroups: string[];
  /**
   * The name or id abbreviates some field's wording, and none the visible label names: a
   * misleading name (copied from another field), so it tells no group either.
   */
  nameContradicted?: boolean;
  /** A search box, login or captcha (vocabulary.ts): never filled. */
  notApplication: boolean;
  refs: AttachmentRef[];
  /** Upload slots: the kinds of proof their label asks for (proofs.ts). */
  proofKinds: string[];
  groupRanks: Map<string, number>;
}

const normCache = new Map<string, string>();
/** normalizeText with a small per-run cache: context headings repeat on every field. */
export function cachedNorm(raw: string): string {
  const cached = normCache.get(raw);
  if (cached !== undefined) return cached;
  const norm = normalizeText(raw);
  if (normCache.size > 20000) normCache.clear();
  normCache.set(raw, norm);
  return norm;
}

/** One snapshot field, pre-normalised once (evidence, context and options bounded in number). */
export function factsOf(field: FieldSnapshot, index: CatalogIndex): FieldFacts {
  const visible: Evidence[] = [];
  const names: NameEvidence[] = [];
  const seen = new Set<string>();
  for (const { source, text: raw } of field.evidence.slice(0, MAX_EVIDENCE)) {
    if (!raw) continue;
    if (source === 'name' || source === 'id') {
      const tokens = nameTokens(raw);
      if (tokens.length) names.push({ source, raw: raw.slice(0, 60), tokens });
      continue;
    }
    const norm = cachedNorm(raw);
    if (!norm || seen.has(`${source}\u0000${norm}`)) continue;
    seen.add(`${source}\u0000${norm}`);
    const head = promptHead(raw);
    visible.push({
      source,
      weight: SOURCE_WEIGHTS[source],
      raw: raw.slice(0, 80),
      norm,
      variants: head ? [...new Set([...textVariants(norm), ...textVariants(head)])] : textVariants(norm),
    });
  }
  const rawContext = field.context.slice(0, MAX_CONTEXT);
  const context = rawContext.map(cachedNorm);
  const options = (field.options ?? [])
    .slice(0, MAX_OPTIONS)
    .map((option) => cachedNorm(option.label))
    .filter((label) => label.length > 0);
  const widget = field.widget;
  const labelGroups = new Set<string>();
  for (const evidence of visible) {
    for (const variant of evidence.variants) {
      const group = index.groupByWording.get(variant);
      if (group) labelGroups.add(group);
    }
  }
  // A choice whose options are those of the one field a group is named after (主营业务's,
  // however the page words its label) names that group when its label names none: the
  // 其他（请注明） after it is its. Options that several such fields share (国家级/省级 of
  // every honour) name no group.
  if (labelGroups.size === 0 && options.length >= 2 && CHOICE_WIDGETS.has(widget)) {
    const fitting = new Set<string>();
    for (const entry of index.choiceEntries) {
      const group = index.groupByWording.get(cachedNorm(entry.def.label));
      if (group && optionFit({ options } as FieldFacts, entry) >= 0.8) fitting.add(group);
    }
    if (fitting.size === 1) labelGroups.add([...fitting][0] as string);
  }
  const statedPart = partOfField(
    visible.map((evidence) => evidence.norm),
    names.flatMap((name) => name.tokens),
  );
  return {
    id: field.id,
    order: field.order,
    frame: field.frame,
    widget,
    visible,
    names,
    rawContext,
    context,
    options,
    ...(statedPart ? { statedPart } : {}),
    labelGroups: [...labelGroups],
    notApplication:
      // A drawn select types its filter into a search box (ant-design-vue's combobox input is
      // type=search): the type describes the widget's filter, not a search form.
      (NOT_APPLICATION_INPUT_TYPES.includes(field.inputType ?? '') &&
        !(widget === 'customSelect' && field.inputType === 'search')) ||
      visible.some((evidence) => {
        // A bracketed note describes the widget (（可输入关键字搜索）), not what the field is.
        const plain = evidence.norm.replace(/\([^)]*\)/g, '');
        // A catalog wording that holds such a word (银行账号 beside 账号) is a field all the same.
        return NOT_APPLICATION_WORDS.some((word) => plain.includes(word)) && !index.exact.has(plain);
      }),
    refs: widget === 'file' ? attachmentRefs(visible, rawContext, index) : [],
    proofKinds: widget === 'file' ? proofKindsOf(visible.map((evidence) => evidence.raw)) : [],
    groupRanks: new Map(),
  };
}

/**
 * The label part of a prompt: the text before its first colon when more text follows
 * (「（2）项目实施方案：技术方案、服务推广…」 → 项目实施方案), normalised; undefined otherwise.
 */
export function promptHead(raw: string): string | undefined {
  const text = raw.slice(0, 200);
  const colon = text.search(/[:：]/);
  if (colon < 2) return undefined;
  const rest = normalizeText(text.slice(colon + 1));
  if (rest.length < 2) return undefined;
  const head = normalizeText(text.slice(0, colon));
  return head.length >= 2 ? head : undefined;
}

/** 附1-1 in a label, or 附1 in a heading + the item number the label starts with. */
function attachmentRefs(visible: Evidence[], rawContext: string[], index: CatalogIndex): AttachmentRef[] {
  const refs: AttachmentRef[] = [];
  let appendix: number | undefined;
  for (const text of [...visible.map((evidence) => evidence.raw), ...rawContext]) {
    const ref = attachmentRef(text);
    if (!ref) continue;
    if (ref.item !== undefined) refs.push(ref);
    else appendix ??= ref.appendix;
  }
  if (refs.length === 0 && appendix !== undefined) {
    const item = visible
      .map((evidence) => leadingNumber(evidence.raw))
      .find((number) => number !== undefined);
    if (item !== undefined) refs.push({ appendix, item });
    else if (index.attachmentByRef.has(`${appendix}-1`) && !index.attachmentByRef.has(`${appendix}-2`)) {
      refs.push({ appendix, item: 1 });
    }
  }
  return refs;
}

/** Ranks of where a field names a group: nearer is smaller. */
const RANK_LABEL = 0;
const RANK_CONTEXT = 1; // + index in the context, nearest first
const RANK_NAME = 20;
const RANK_NEIGHBOUR = 50;

/**
 * How near the field names a group: 0 in its own label evidence (联系人手机), 1 + i in
 * context[i], 20 in its name or id (lxrsj, contact_mobile: hidden, so after anything
 * visible), 50 through the neighbouring field, Infinity when nowhere.
 */
export function groupRank(facts: FieldFacts, group: string, index: CatalogIndex): number {
  const cached = facts.groupRanks.get(group);
  if (cached !== undefined) return cached;
  const info = index.groups.get(group);
  let rank = Number.POSITIVE_INFINITY;
  if (info) {
    // 联系人 inside 第二联系人 names the other group: its longer wordings are cut out first.
    const mentions = (text: string) => {
      let rest = text;
      for (const longer of info.shadows) if (rest.includes(longer)) rest = rest.replaceAll(longer, '\u0000');
      return info.variants.some((variant) => rest.includes(variant));
    };
    const at = facts.context.findIndex(mentions);
    if (facts.visible.some((evidence) => mentions(evidence.norm))) rank = RANK_LABEL;
    else if (at >= 0) rank = RANK_CONTEXT + at;
    else if (
      !facts.nameContradicted &&
      facts.names.some((name) =>
        name.tokens.some((token) => info.namePrefixes.some((prefix) => token.startsWith(prefix))),
      )
    ) {
      rank = RANK_NAME;
    } else if (facts.neighborGroup === group) rank = RANK_NEIGHBOUR;
  }
  facts.groupRanks.set(group, rank);
  return rank;
}

/**
 * The group's verdict for a field whose sub-label repeats under rival groups (姓名 under
 * 申报联系人 and 项目负责人): 1 when its own group is named nearer than any rival in the label
 * or the context, 0.9 when only the name/id or the neighbouring field names it, 0.55 when no
 * group is named (待确认, never a confident guess), 0.5 on a tie, 0.2 when a rival is named
 * nearer.
 */
export function groupFactor(
  facts: FieldFacts,
  entry: CatalogEntry,
  index: CatalogIndex,
): { factor: number; note: string } {
  if (!entry.groupDecides || !entry.group) return { factor: 1, note: '' };
  const group = entry.group;
  const info = index.groups.get(group);
  const own = groupRank(facts, group, index);
  // A group whose wording holds this one's (第二联系人 ⊃ 联系人) rivals it too: 手机 under
  // 第二联系人 is not 申报联系人's.
  const others = [...(info?.rivals ?? []), ...(info?.shadowGroups ?? [])];
  const rival = Math.min(...others.map((other) => groupRank(facts, other, index)));
  if (own === Number.POSITIVE_INFINITY && rival === Number.POSITIVE_INFINITY) {
    return { factor: 0.55, note: `; no group tells ${group} from its rivals` };
  }
  if (own < rival) {
    const where =
      own === RANK_LABEL
        ? 'label'
        : own < RANK_NAME
          ? 'context'
          : own < RANK_NEIGHBOUR
            ? 'name'
            : 'neighbouring field';
    return { factor: own >= RANK_NAME ? 0.9 : 1, note: `; group ${group} from ${where}` };
  }
  if (own === rival) return { factor: 0.5, note: `; group ${group} tied with a rival group` };
  return { factor: 0.2, note: '; another group is named nearer' };
}

export interface Candidate {
  entry: number;
  score: number;
  reason: string;
  /** For a date-range key: the half the field's evidence states (or undefined). */
  part?: Part;
  /** A lone date input on a range key: it holds one half, to be resolved. */
  half: boolean;
  /** From a mapping the user taught. */
  learned?: boolean;
}

interface Hit {
  score: number;
  evidence: number;
  reason: string;
  part?: Part;
}

function describe(ref: TextRef): string {
  return ref.source === 'combo' ? 'group + label' : ref.source === 'part' ? `${ref.part} half` : ref.source;
}

function quote(text: string): string {
  return `"${text.length > 30 ? `${text.slice(0, 30)}…` : text}"`;
}

/** Visible and context label evidence → hits per catalog entry. */
function labelHits(facts: FieldFacts, index: CatalogIndex): Map<number, Hit[]> {
  const hits = new Map<number, Hit[]>();
  const push = (entry: number, hit: Hit) => {
    const existing = hits.get(entry);
    if (existing) existing.push(hit);
    else hits.set(entry, [hit]);
  };
  const keyOf = (entry: number) => index.entries[entry]?.key ?? '?';

  facts.visible.forEach((evidence, evidenceIndex) => {
    evidence.variants.forEach((variant, variantIndex) => {
      const variantQuality = variantIndex === 0 ? 1 : 0.95;
      const position = index.exact.get(variant);
      if (position !== undefined) {
        for (const ref of index.texts[position]?.refs ?? []) {
          push(ref.entry, {
            score: evidence.weight * ref.quality * variantQuality,
            evidence: evidenceIndex,
            reason: `${evidence.source} ${quote(evidence.raw)} = ${describe(ref)} of ${keyOf(ref.entry)}`,
            ...(ref.part ? { part: ref.part } : {}),
          });
        }
      }
      const hinted = index.hints.get(variant);
      if (hinted !== undefined) {
        push(hinted, {
          score: evidence.weight * HINT_QUALITY * variantQuality,
          evidence: evidenceIndex,
          reason: `${evidence.source} ${quote(evidence.raw)} = hint of ${keyOf(hinted)}`,
        });
      }
    });
    containmentHits(evidence, evidenceIndex, index, push, keyOf);
  });

  // The nearest heading, when it is a label rather than a group (三's 1.项目基本情况 → items).
  const heading = facts.context[0];
  if (heading && !index.groupByWording.has(heading)) {
    for (const variant of textVariants(heading)) {
      const position = index.exact.get(variant);
      if (position === undefined) continue;
      for (const ref of index.texts[position]?.refs ?? []) {
        if (ref.source === 'combo') continue;
        push(ref.entry, {
          score: CONTEXT_LABEL_WEIGHT * ref.quality,
          evidence: -1,
          reason: `context ${quote(facts.rawContext[0] ?? heading)} = ${describe(ref)} of ${keyOf(ref.entry)}`,
        });
      }
    }
  }
  return hits;
}

/** Catalog texts inside the label, and the label inside catalog texts, found through bigrams. */
function containmentHits(
  evidence: Evidence,
  evidenceIndex: number,
  index: CatalogIndex,
  push: (entry: number, hit: Hit) => void,
  keyOf: (entry: number) => string,
): void {
  const text = evidence.norm;
  const length = charLength(text);
  if (length < 2) return;
  const grams = bigrams(text);
  const shared = new Map<number, number>();
  for (const gram of grams) {
    for (const position of index.byGram.get(gram) ?? [])
      shared.set(position, (shared.get(position) ?? 0) + 1);
  }
  for (const [position, count] of shared) {
    const candidate = index.texts[position];
    if (!candidate || candidate.length < 2 || candidate.text === text) continue;
    let quality = 0;
    let how = '';
    // A group wording inside a longer label (负责人 in 负责人电话) qualifies it; it is not its label.
    if (
      count === candidate.grams &&
      candidate.length < length &&
      !index.groupByWording.has(candidate.text) &&
      text.includes(candidate.text)
    ) {
      // At the end it is the head noun, the rest a qualifier (基本户开户银行, 统一信用代码);
      // elsewhere the label may be another field that merely starts alike (主营业务收入).
      const head = text.endsWith(candidate.text) ? 0.1 : 0;
      quality = 0.45 + head + 0.4 * (candidate.length / length);
      how = head ? 'ends with' : 'contains';
    } else if (count === grams.length && length < candidate.length && candidate.text.includes(text)) {
      quality = 0.3 + 0.3 * (length / candidate.length);
      how = 'is part of';
    }
    if (quality === 0 && count >= 2) {
      quality = rewordedQuality(text, candidate.text);
      how = 'rewords';
    }
    if (quality === 0) continue;
    for (const ref of candidate.refs) {
      push(ref.entry, {
        score: evidence.weight * quality * ref.quality,
        evidence: evidenceIndex,
        reason: `${evidence.source} ${quote(evidence.raw)} ${how} ${describe(ref)} ${quote(candidate.text)} of ${keyOf(ref.entry)}`,
        ...(ref.part ? { part: ref.part } : {}),
      });
    }
  }
}

const REWORDED_QUALITY = 0.75;
const HAN_RUN = /^\p{Script=Han}*$/u;

/**
 * A catalog wording said another way with the same frame: the same head noun at the end and
 * the same opening words, the middle dropped or swapped for a word or two
 * (项目实施的创新性 → 项目创新性, 下一步实施计划 → 下一步工作计划, 项目建设地点 → 项目实施地点).
 * Both texts are Chinese only and at least five characters, the frame covers two or more
 * characters at each end, and no middle is longer than two characters, three when the other
 * text drops it (digits, as in years,
 * never count as a middle). Qualifiers that make a different field (负责人 for 联系人) are
 * the group rule's to judge. 0 when the texts do not share such a frame.
 */
export function rewordedQuality(label: string, catalogText: string): number {
  const a = [...label];
  const b = [...catalogText];
  if (a.length < 5 || b.length < 5 || !HAN_RUN.test(label) || !HAN_RUN.test(catalogText)) return 0;
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  )
    suffix += 1;
  if (prefix < 2 || suffix < 2) return 0;
  const middleA = a.length - prefix - suffix;
  const middleB = b.length - prefix - suffix;
  if (middleA + middleB === 0) return 0;
  // A dropped middle may be a little longer than a swapped one (实施的 in 项目实施的创新性).
  if (Math.min(middleA, middleB) === 0 ? Math.max(middleA, middleB) > 3 : Math.max(middleA, middleB) > 2)
    return 0;
  return REWORDED_QUALITY;
}

/** Names and ids equal to pinyin initials: entry → best score and reason. */
function nameHits(facts: FieldFacts, index: CatalogIndex): Map<number, { score: number; reason: string }> {
  const hits = new Map<number, { score: number; reason: string }>();
  for (const name of facts.names) {
    name.tokens.forEach((token, position) => {
      // The whole name may be two letters (xm); a piece of a compound name needs three.
      if (token.length < 2 || (position > 0 && token.length < 3)) return;
      const known = index.initials.get(token);
      if (!known) return;
      const score = known.entries.length === 1 ? NAME_UNIQUE : NAME_SHARED;
      for (const entry of known.entries) {
        const previous = hits.get(entry);
        if (previous && previous.score >= score) continue;
        hits.set(entry, { score, reason: `${name.source} ${name.raw} = initials of ${known.text}` });
      }
    });
  }
  return hits;
}

/** Share of the page's options that are options of this field (0 when either has none). */
export function optionFit(facts: FieldFacts, entry: CatalogEntry): number {
  if (!entry.options || facts.options.length === 0) return 0;
  let matched = 0;
  for (const option of facts.options) {
    if (textVariants(option).some((variant) => entry.options?.has(variant))) matched += 1;
  }
  return matched / facts.options.length;
}

function topTwo(list: Hit[]): { best?: Hit; second: number } {
  let best: Hit | undefined;
  for (const hit of list) if (!best || hit.score > best.score) best = hit;
  let second = 0;
  for (const hit of list) {
    if (best && hit.evidence !== best.evidence && hit.score > second) second = hit.score;
  }
  return best ? { best, second } : { second };
}

/** Every plausible catalog field for one snapshot field, scored. */
export function scoreField(facts: FieldFacts, index: CatalogIndex): Candidate[] {
  if (facts.notApplication) return [];
  const labels = labelHits(facts, index);
  const names = nameHits(facts, index);
  if (labels.size > 0 && names.size > 0 && ![...names.keys()].some((entry) => labels.has(entry))) {
    facts.nameContradicted = true;
    facts.groupRanks.clear();
  }
  const entries = new Set<number>([...labels.keys(), ...names.keys()]);

  const fits = new Map<number, number>();
  if (facts.options.length > 0 && CHOICE_WIDGETS.has(facts.widget)) {
    for (const entry of index.choiceEntries) {
      const fit = optionFit(facts, entry);
      if (fit > 0) fits.set(entry.index, fit);
    }
  }
  const fitting = [...fits.values()].filter((fit) => fit >= 0.6).length;
  for (const [entry, fit] of fits) if (fit >= 0.6) entries.add(entry);

  const refEntries = new Set<number>();
  for (const ref of facts.refs) {
    const entry = index.attachmentByRef.get(`${ref.appendix}-${ref.item}`);
    if (entry !== undefined) {
      refEntries.add(entry);
      entries.add(entry);
    }
  }

  // A slot labelled by what it asks for (营业执照, 年度审计报告): the proofs whose wording names it.
  const proofs = new Map<number, number>();
  for (const kind of facts.proofKinds) {
    const holders = index.proofEntries.get(kind) ?? [];
    for (const entry of holders) {
      const score = holders.length === 1 ? PROOF_UNIQUE : PROOF_SHARED;
      proofs.set(entry, Math.max(proofs.get(entry) ?? 0, score));
      entries.add(entry);
    }
  }

  // Entries a visible label names outright: a name/id pointing elsewhere yields to them.
  const named = new Set<number>();
  for (const [entry, list] of labels) {
    const def = index.entries[entry];
    if (!def || kindFit(facts.widget, def.kind) <= 0.3) continue;
    if (list.some((hit) => hit.evidence >= 0 && hit.score >= 0.72)) named.add(entry);
  }

  const candidates: Candidate[] = [];
  for (const entryIndex of entries) {
    const entry = index.entries[entryIndex];
    if (!entry) continue;
    const kind = kindFit(facts.widget, entry.kind);
    if (kind <= 0) continue;
    const { best, second } = topTwo(labels.get(entryIndex) ?? []);
    const label = best ? Math.min(1, best.score + 0.15 * second) : 0;
    const name = names.get(entryIndex);
    // A name is the developer's word, not the user's: when the page shows a label that says
    // nothing of this field (or names another outright), the name alone cannot fill it.
    const silentLabel = facts.visible.length > 0 && !labels.has(entryIndex);
    const nameScore = name
      ? name.score * ((named.size > 0 && !named.has(entryIndex)) || silentLabel ? 0.5 : 1)
      : 0;
    const fit = fits.get(entryIndex) ?? 0;
    const optionOnly = fit >= 0.6 ? (fitting === 1 ? 0.7 : 0.3) * fit : 0;
    const ref = refEntries.has(entryIndex) ? REF_SCORE : 0;
    // Between proofs that hold the same kind, the one whose wording the label also echoes
    // (专利证书 in 附2-1's 专利证书、标准文本…) comes first.
    const proof = (proofs.get(entryIndex) ?? 0) + (proofs.has(entryIndex) ? 0.1 * label : 0);

    let base = Math.max(label, nameScore, optionOnly, ref, proof);
    const reasons: string[] = [];
    if (best && label >= Math.max(nameScore, optionOnly, ref, proof)) reasons.push(best.reason);
    else if (ref > 0 && ref >= Math.max(nameScore, optionOnly, proof)) reasons.push('附 item reference');
    else if (proof > 0 && proof >= Math.max(nameScore, optionOnly))
      reasons.push(`asks for ${facts.proofKinds.join('/')} proof`);
    else if (name && nameScore >= optionOnly) reasons.push(name.reason);
    else if (optionOnly > 0) reasons.push(`options ${Math.round(fit * 100)}% of ${entry.key}`);
    if (label > 0 || ref > 0) {
      if (name) {
        base += 0.1;
        if (!reasons.includes(name.reason)) reasons.push(name.reason);
      }
      if (fit >= 0.8 && label > 0) {
        base += 0.1;
        reasons.push(`options ${Math.round(fit * 100)}% fit`);
      }
      if (ref > 0 && label >= 0.5) {
        base += 0.1;
        reasons.push('附 item reference agrees');
      }
    }
    let score = Math.min(1, base) * kind;
    if (kind < 1) reasons.push(`${facts.widget} for ${entry.kind} ×${kind}`);
    if (isChoiceKind(entry.kind) && facts.options.length >= 2 && fit < 0.3) {
      score *= 0.4;
      reasons.push('options do not fit');
    }
    const group = groupFactor(facts, entry, index);
    score *= group.factor;
    if (group.note) reasons.push(group.note.slice(2));

    const half =
      entry.range && facts.widget !== 'dateRange' && (facts.widget === 'date' || !!facts.statedPart);
    const part = half ? (facts.statedPart ?? best?.part) : undefined;
    candidates.push({
      entry: entryIndex,
      score: Math.max(0, Math.min(1, score)),
      reason: reasons.join('; '),
      ...(part ? { part } : {}),
      half,
    });
  }
  return candidates.sort((a, b) => b.score - a.score || a.entry - b.entry).slice(0, 8);
}
