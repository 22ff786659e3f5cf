/**
 * What the matcher compares page labels with, precomputed once per catalog field list: every
 * field's label, aliases, group wordings, group+label combinations (联系人手机), the halves of
 * a date range (开始日期), hints, option labels and the pinyin initials of all of them
 * (from the build-time table), indexed by exact text and by character bigrams so a
 * 2,000-field page is matched in linear time.
 */
import { EDITIONS, type FieldDef, type FieldKind } from '@/lib/catalog';
import { bigrams, normalizeText, textVariants, withoutTrailingBracket } from './normalize';
import { PINYIN_INITIALS } from './pinyin-initials.generated';
import { proofKindsOf } from './proofs';
import { isAddressLabel } from './region-parts';
import { synonymVariants } from './synonyms';
import { RANGE_HALF_WORDS } from './vocabulary';

/**
 * How online systems word the row groups of the 申报书 (the group's own name is always
 * included, and so are the label and aliases of a field labelled like the group, e.g.
 * 单位性质 → 企业性质). English words only ever come from names and ids.
 */
export const GROUP_WORDINGS: Readonly<Record<string, readonly string[]>> = {
  申报联系人: ['联系人', 'contact', 'linkman'],
  项目负责人: ['负责人', 'leader', 'principal'],
  第二联系人: ['备用联系人'],
  高新技术企业: ['高新企业', '高新技术', '高企'],
  企业技术中心: ['技术中心'],
  重点实验室: ['实验室'],
};

const YES_NO_OPTIONS = ['是', '否', '有', '无', 'yes', 'no'];

export type TextSource = 'label' | 'alias' | 'combo' | 'part';

/** One catalog text a page label can equal. */
export interface TextRef {
  entry: number;
  source: TextSource;
  /** 1 for the text as printed, a little less for a derived variant (unit stripped). */
  quality: number;
  part?: 'start' | 'end';
}

export interface IndexedText {
  text: string;
  length: number;
  grams: number;
  refs: TextRef[];
}

export interface GroupInfo {
  name: string;
  /** Normalised wordings, longest first (Han only: for evidence and context texts). */
  variants: string[];
  /** Lower-case name/id prefixes: pinyin initials of the wordings and English words. */
  namePrefixes: string[];
  /** Groups that share a sub-label with this one (申报联系人 ↔ 项目负责人). */
  rivals: string[];
  /**
   * Other groups' longer wordings that contain one of this group's (第二联系人 holds 联系人):
   * a text naming one of them names that group, not this one.
   */
  shadows: string[];
  /** The groups those longer wordings belong to. */
  shadowGroups: string[];
}

export interface CatalogEntry {
  index: number;
  key: string;
  def: FieldDef;
  kind: FieldKind;
  label: string;
  /** Normalised group name, when the field has one. */
  group?: string;
  /** True when the group decides between fields with the same sub-label (姓名, 授予年份, …). */
  groupDecides: boolean;
  /** Normalised option labels and aliases of choice fields. */
  options?: ReadonlySet<string>;
  multi: boolean;
  range: boolean;
  /** A text field naming an address (单位注册地址): pages may ask it in 省/市/区 parts. */
  address: boolean;
  attachment?: { appendix: number; item: number };
}

export interface CatalogIndex {
  entries: CatalogEntry[];
  texts: IndexedText[];
  /** Normalised text → position in `texts`. */
  exact: Map<string, number>;
  /** Bigram → positions in `texts` of texts holding it. */
  byGram: Map<string, number[]>;
  /** Hint texts (guidance printed under a label) owned by exactly one field. */
  hints: Map<string, number>;
  /** Pinyin initials → the texts (and so entries) they abbreviate. */
  initials: Map<string, { text: string; entries: number[] }>;
  groups: Map<string, GroupInfo>;
  /**
   * Wording → group, for groups that decide between rival sub-labels only (申报联系人,
   * 高新技术企业 …): a neighbouring field labelled 高新技术企业 names the group of 授予年份.
   */
  groupByWording: Map<string, string>;
  choiceEntries: CatalogEntry[];
  /** `1-1` → entry of 附1 item 1. */
  attachmentByRef: Map<string, number>;
  /** Proof kind (vocabulary.ts PROOF_KINDS) → attachment entries whose wording names it. */
  proofEntries: Map<string, number[]>;
  byKey: Map<string, number>;
}

const hasHan = (text: string) => /\p{Script=Han}/u.test(text);

function isChoice(kind: FieldKind): boolean {
  return kind === 'singleChoice' || kind === 'multiChoice' || kind === 'yesNo';
}

/** 附N item numbers of every edition's attachments, by catalog key. */
function knownAttachmentItems(): Map<string, { appendix: number; item: number }> {
  const items = new Map<string, { appendix: number; item: number }>();
  for (const edition of EDITIONS) {
    for (const requirement of edition.attachments) {
      const appendix = Number(requirement.appendix.replace(/\D/g, ''));
      if (appendix > 0) items.set(requirement.key, { appendix, item: requirement.item });
    }
  }
  return items;
}

function attachmentPositions(fields: readonly FieldDef[]): Map<string, { appendix: number; item: number }> {
  const known = knownAttachmentItems();
  const positions = new Map<string, { appendix: number; item: number }>();
  const counters = new Map<number, number>();
  for (const field of fields) {
    if (field.kind !== 'attachment') continue;
    const appendix = Number((field.group ?? '').replace(/\D/g, ''));
    const next = (counters.get(appendix) ?? 0) + 1;
    counters.set(appendix, next);
    const position = known.get(field.key) ?? (appendix > 0 ? { appendix, item: next } : undefined);
    if (position) positions.set(field.key, position);
  }
  return positions;
}

interface Wordings {
  /** Every Han wording (group name, hand-listed wordings, the owner field's aliases). */
  han: string[];
  english: string[];
  /** Wordings that qualify a sub-label (联系人 + 手机): the name and the hand-listed ones. */
  qualifiers: string[];
}

/** Group wordings, normalised, for every group of the field list. */
function groupWordings(fields: readonly FieldDef[]): Map<string, Wordings> {
  const groups = new Map<string, Wordings>();
  for (const field of fields) {
    if (!field.group) continue;
    const group = normalizeText(field.group);
    if (!group || groups.has(group)) continue;
    const words = new Set<string>([group]);
    const english = new Set<string>();
    for (const wording of GROUP_WORDINGS[field.group] ?? GROUP_WORDINGS[group] ?? []) {
      const normalized = normalizeText(wording);
      if (!normalized) continue;
      if (hasHan(normalized)) words.add(normalized);
      else english.add(normalized);
    }
    const qualifiers = [...words];
    // A field labelled like the group (单位性质, 高新技术企业) lends its wordings.
    const owner = fields.find((candidate) => normalizeText(candidate.label) === group);
    if (owner) {
      for (const alias of owner.aliases) {
        const normalized = withoutTrailingBracket(normalizeText(alias));
        if (normalized.length >= 2 && hasHan(normalized)) words.add(normalized);
      }
    }
    groups.set(group, {
      han: [...words].sort((a, b) => b.length - a.length),
      english: [...english],
      qualifiers,
    });
  }
  return groups;
}

/**
 * Sub-labels of fields whose label spells their group out (第二联系人手机 → 手机): the rest of
 * the label after the group's wording, plus the aliases a field of another group with that
 * same sub-label is known by (手机号码, 移动电话 …) that name no group. Under its group's
 * heading, the sub-label is that field's label as much as the rival groups' 手机 is theirs.
 */
function derivedSubLabels(
  fields: readonly FieldDef[],
  wordings: Map<string, Wordings>,
): Map<string, { subLabel: string; aliases: string[] }> {
  const allGroupWords = [...wordings.values()].flatMap((words) => words.han);
  const byLabel = new Map<string, FieldDef[]>();
  for (const field of fields) {
    if (!field.group) continue;
    const label = normalizeText(field.label);
    byLabel.set(label, [...(byLabel.get(label) ?? []), field]);
  }
  const derived = new Map<string, { subLabel: string; aliases: string[] }>();
  for (const field of fields) {
    if (!field.group) continue;
    const group = normalizeText(field.group);
    const label = normalizeText(field.label);
    const word = wordings.get(group)?.han.find((wording) => label.startsWith(wording));
    if (!word) continue;
    const subLabel = label.slice(word.length);
    const peers = (byLabel.get(subLabel) ?? []).filter((peer) => normalizeText(peer.group ?? '') !== group);
    if (subLabel.length < 2 || peers.length === 0) continue;
    const aliases = new Set<string>();
    for (const peer of peers) {
      for (const alias of peer.aliases) {
        const text = normalizeText(alias);
        if (text && text !== subLabel && !allGroupWords.some((groupWord) => text.includes(groupWord)))
          aliases.add(text);
      }
    }
    derived.set(field.key, { subLabel, aliases: [...aliases] });
  }
  return derived;
}

/** Groups that share at least one sub-label: their fields need the group to be told apart. */
function rivalGroups(
  fields: readonly FieldDef[],
  derived: ReadonlyMap<string, { subLabel: string }>,
): Map<string, Set<string>> {
  const groupsByLabel = new Map<string, Set<string>>();
  for (const field of fields) {
    if (!field.group) continue;
    const label = derived.get(field.key)?.subLabel ?? normalizeText(field.label);
    const set = groupsByLabel.get(label) ?? new Set<string>();
    set.add(normalizeText(field.group));
    groupsByLabel.set(label, set);
  }
  const rivals = new Map<string, Set<string>>();
  for (const set of groupsByLabel.values()) {
    if (set.size < 2) continue;
    for (const group of set) {
      const mine = rivals.get(group) ?? new Set<string>();
      for (const other of set) if (other !== group) mine.add(other);
      rivals.set(group, mine);
    }
  }
  return rivals;
}

interface RawText {
  text: string;
  ref: TextRef;
}

/** The texts one field can be recognised by (normalised, with their derived variants). */
function fieldTexts(
  field: FieldDef,
  entry: number,
  wordings: Wordings | undefined,
  groupDecides: boolean,
  allGroupWords: readonly string[],
  derived?: { subLabel: string; aliases: string[] },
): RawText[] {
  const out: RawText[] = [];
  const add = (text: string, source: TextSource, quality: number, part?: 'start' | 'end') => {
    if (!text) return;
    out.push({ text, ref: part ? { entry, source, quality, part } : { entry, source, quality } });
  };
  const printed = [
    ...[field.label, ...field.aliases].map(normalizeText),
    ...(derived ? [derived.subLabel, ...derived.aliases] : []),
  ].filter(Boolean);
  const label = printed[0] ?? '';
  printed.forEach((text, position) => {
    // A label that spells its group out (第二联系人姓名) leaves the bare group wording to the
    // group's heading: as an alias it would read that heading as this field's label.
    if (position > 0 && wordings?.han.includes(text) && wordings.han.some((word) => label.startsWith(word)))
      return;
    const source: TextSource = position === 0 ? 'label' : 'alias';
    textVariants(text).forEach((variant, index) => {
      add(variant, source, index === 0 ? 1 : 0.95);
    });
  });
  if (groupDecides && wordings) {
    // 联系人 + 手机 → 联系人手机: a sub-label qualified by its group is unambiguous.
    for (const word of wordings.qualifiers) {
      for (const text of printed) {
        if (allGroupWords.some((groupWord) => text.includes(groupWord))) continue;
        for (const variant of textVariants(text)) add(`${word}${variant}`, 'combo', 0.95);
      }
    }
  }
  if (field.kind === 'dateRange') {
    for (const text of printed) {
      if (!text.includes('起止')) continue;
      for (const part of ['start', 'end'] as const) {
        for (const word of RANGE_HALF_WORDS[part]) add(text.replace('起止', word), 'part', 0.95, part);
      }
    }
  }
  // The vocabulary's synonyms of every wording (企业注册地址, 开始时间), a little below it.
  for (const { text, ref } of [...out]) {
    for (const variant of synonymVariants(text))
      out.push({ text: variant, ref: { ...ref, quality: ref.quality * 0.95 } });
  }
  return out;
}

function optionSet(field: FieldDef): ReadonlySet<string> | undefined {
  if (field.kind === 'yesNo') return new Set(YES_NO_OPTIONS);
  if (!field.options?.length) return undefined;
  const set = new Set<string>();
  for (const option of field.options) {
    for (const text of [option.label, ...(option.aliases ?? [])]) {
      for (const variant of textVariants(normalizeText(text))) set.add(variant);
    }
  }
  return set;
}

/** Pinyin initials of a normalised text from the build-time table (undefined when absent). */
export function initialsOf(text: string): string | undefined {
  return PINYIN_INITIALS.get(text);
}

/**
 * Every text whose pinyin initials the build-time table must hold, for a field list: labels,
 * aliases, their variants, group combinations, date-range halves and group wordings.
 * `scripts/generate-pinyin-initials.ts` writes the table from this list.
 */
export function pinyinSourceTexts(fields: readonly FieldDef[]): string[] {
  const index = buildIndex(fields, false);
  const texts = new Set<string>();
  for (const text of index.texts) if (hasHan(text.text)) texts.add(text.text);
  for (const group of index.groups.values()) for (const word of group.variants) texts.add(word);
  return [...texts].sort();
}

const cache = new WeakMap<readonly FieldDef[], CatalogIndex>();

/** The index of one field list, built once and cached by the list's identity. */
export function catalogIndex(fields: readonly FieldDef[]): CatalogIndex {
  const cached = cache.get(fields);
  if (cached) return cached;
  const index = buildIndex(fields, true);
  cache.set(fields, index);
  return index;
}

function buildIndex(fields: readonly FieldDef[], withInitials: boolean): CatalogIndex {
  const wordings = groupWordings(fields);
  const derived = derivedSubLabels(fields, wordings);
  const rivals = rivalGroups(fields, derived);
  const positions = attachmentPositions(fields);
  const allGroupWords = [...wordings.values()].flatMap((words) => words.han);
  const entries: CatalogEntry[] = [];
  const texts: IndexedText[] = [];
  const exact = new Map<string, number>();
  const byGram = new Map<string, number[]>();
  const hintOwners = new Map<string, Set<number>>();
  const byKey = new Map<string, number>();

  const addText = (raw: RawText) => {
    let position = exact.get(raw.text);
    if (position === undefined) {
      position = texts.length;
      const grams = bigrams(raw.text);
      texts.push({ text: raw.text, length: [...raw.text].length, grams: grams.length, refs: [] });
      exact.set(raw.text, position);
      for (const gram of grams) {
        const list = byGram.get(gram) ?? [];
        list.push(position);
        byGram.set(gram, list);
      }
    }
    const refs = (texts[position] as IndexedText).refs;
    const same = refs.find((ref) => ref.entry === raw.ref.entry && ref.part === raw.ref.part);
    if (!same) refs.push(raw.ref);
    else if (raw.ref.quality > same.quality) Object.assign(same, raw.ref);
  };

  for (const def of fields) {
    if (!def || typeof def.key !== 'string' || byKey.has(def.key)) continue;
    const position = entries.length;
    const group = def.group ? normalizeText(def.group) : undefined;
    const groupDecides = group !== undefined && (rivals.get(group)?.size ?? 0) > 0;
    const options = optionSet(def);
    const attachment = positions.get(def.key);
    const entry: CatalogEntry = {
      index: position,
      key: def.key,
      def,
      kind: def.kind,
      label: def.group ? `${def.group}·${def.label}` : def.label,
      groupDecides,
      multi: def.kind === 'textList',
      range: def.kind === 'dateRange',
      address: def.kind === 'text' && isAddressLabel(def.label),
      ...(group ? { group } : {}),
      ...(options ? { options } : {}),
      ...(attachment ? { attachment } : {}),
    };
    entries.push(entry);
    byKey.set(def.key, position);
    const own = group ? wordings.get(group) : undefined;
    for (const raw of fieldTexts(def, position, own, groupDecides, allGroupWords, derived.get(def.key)))
      addText(raw);
    if (def.hint) {
      for (const variant of textVariants(normalizeText(def.hint))) {
        if (variant.length < 4) continue;
        const owners = hintOwners.get(variant) ?? new Set<number>();
        owners.add(position);
        hintOwners.set(variant, owners);
      }
    }
  }

  const hints = new Map<string, number>();
  for (const [text, owners] of hintOwners) {
    if (owners.size === 1) hints.set(text, [...owners][0] as number);
  }

  const groups = new Map<string, GroupInfo>();
  const groupByWording = new Map<string, string>();
  for (const [name, words] of wordings) {
    const namePrefixes = new Set<string>(words.english);
    if (withInitials) {
      for (const word of words.han) {
        const initials = initialsOf(word);
        if (initials && initials.length >= 3) namePrefixes.add(initials);
      }
    }
    const shadows = new Set<string>();
    const shadowGroups = new Set<string>();
    for (const [other, otherWords] of wordings) {
      if (other === name) continue;
      for (const longer of otherWords.han) {
        if (words.han.some((word) => longer.length > word.length && longer.includes(word))) {
          shadows.add(longer);
          shadowGroups.add(other);
        }
      }
    }
    groups.set(name, {
      name,
      variants: words.han,
      namePrefixes: [...namePrefixes],
      rivals: [...(rivals.get(name) ?? [])],
      shadows: [...shadows].sort((a, b) => b.length - a.length),
      shadowGroups: [...shadowGroups],
    });
    if ((rivals.get(name)?.size ?? 0) === 0) continue;
    for (const word of words.han) if (!groupByWording.has(word)) groupByWording.set(word, name);
  }

  const initials = new Map<string, { text: string; entries: number[] }>();
  if (withInitials) {
    for (const text of texts) {
      const abbreviation = initialsOf(text.text);
      if (!abbreviation || abbreviation.length < 2) continue;
      const known = initials.get(abbreviation) ?? { text: text.text, entries: [] };
      for (const ref of text.refs) if (!known.entries.includes(ref.entry)) known.entries.push(ref.entry);
      initials.set(abbreviation, known);
    }
  }

  const attachmentByRef = new Map<string, number>();
  for (const entry of entries) {
    if (entry.attachment) {
      attachmentByRef.set(`${entry.attachment.appendix}-${entry.attachment.item}`, entry.index);
    }
  }

  const proofEntries = new Map<string, number[]>();
  for (const entry of entries) {
    if (entry.kind !== 'attachment') continue;
    const { label, aliases = [], hint = '' } = entry.def;
    for (const kind of proofKindsOf([label, ...aliases, hint])) {
      proofEntries.set(kind, [...(proofEntries.get(kind) ?? []), entry.index]);
    }
  }

  return {
    entries,
    texts,
    exact,
    byGram,
    hints,
    initials,
    groups,
    groupByWording,
    choiceEntries: entries.filter((entry) => isChoice(entry.kind)),
    attachmentByRef,
    proofEntries,
    byKey,
  };
}
