/**
 * Match: snapshot fields → catalog keys, by the meaning of their labels (never by one site's
 * ids). Each (field, key) pair is scored from the field's evidence (score.ts), lone date
 * inputs get their half of a range (parts.ts), and a greedy one-to-one assignment keeps the
 * best pairs (assign.ts). Scores at or above the threshold are filled; below it the field is
 * 待确认 with its best guess; fields no key fits are unmatched. The snapshot is our own
 * collector's typed output and is trusted as such: a programming error throws (naming the
 * field it failed on) rather than being reported as "nothing matched".
 */
import type { FieldDef } from '@/lib/catalog';
import { runAll, type Steps } from '../slice';
import type { FieldMatch, FieldSnapshot, LearnedMapping, MatchResult, PageSnapshot } from '../types';
import { assign, type Proposal, type Slot } from './assign';
import { type CatalogIndex, catalogIndex } from './candidates';
import { looksGenerated, normalizeText } from './normalize';
import { type Part, resolveParts } from './parts';
import { type RegionPart, regionPartOf } from './region-parts';
import { type Candidate, type FieldFacts, factsOf, kindFit, scoreField } from './score';

export { normalizeText } from './normalize';

/** Default confidence threshold: below it a match is 待确认, not filled. */
export const DEFAULT_THRESHOLD = 0.6;
/** Below this a key is not even a guess. */
const PLAUSIBLE = 0.25;
/** A lone date input must be at least this likely a half of a range to take part in pairing. */
const PAIRING = 0.45;

export interface MatchOptions {
  threshold?: number;
}

/**
 * A field's identity across reloads: its widget, normalised label evidence (names only when
 * they do not look generated; never ids), option labels and nearest context. Generated ids
 * and document order are left out, so a mapping taught today still applies after a reload.
 * Fields that look the same (three 授予年份 in one card) share this base; `fieldSignatures`
 * tells them apart by occurrence.
 */
export function fieldSignature(field: FieldSnapshot): string {
  const labels = new Set<string>();
  for (const { source, text } of field.evidence.slice(0, 24)) {
    if (!text || source === 'id') continue;
    if (source === 'name') {
      if (!looksGenerated(text)) labels.add(`name=${text.toLowerCase().slice(0, 60)}`);
      continue;
    }
    const norm = normalizeText(text).slice(0, 60);
    if (norm) labels.add(`${source}=${norm}`);
  }
  const options = (field.options ?? [])
    .slice(0, 12)
    .map((option) => normalizeText(option.label).slice(0, 20))
    .filter(Boolean);
  const context = field.context.map(normalizeText).find(Boolean);
  return [field.widget, [...labels].sort().join('&'), options.join(','), (context ?? '').slice(0, 60)].join(
    '|',
  );
}

/**
 * Signatures of every field of a snapshot, by field id: the base signature for the first
 * field that has it, `base#2`, `base#3` … for later look-alikes in document order. Teach
 * mappings with these.
 */
export function fieldSignatures(snapshot: PageSnapshot): Map<string, string> {
  return runAll(signatureSteps(snapshot));
}

/** `fieldSignatures` cut into steps (lib/fill/slice.ts): it yields after each field. */
export function* signatureSteps(snapshot: PageSnapshot): Steps<Map<string, string>> {
  const result = new Map<string, string>();
  const fields = snapshot.fields.map((field, position) => ({ field, position }));
  fields.sort((a, b) => a.field.order - b.field.order || a.position - b.position);
  const seen = new Map<string, number>();
  for (const { field } of fields) {
    const base = fieldSignature(field);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    result.set(field.id, count === 1 ? base : `${base}#${count}`);
    yield;
  }
  return result;
}

/** Which share of its key a candidate claims. */
function slotOf(candidate: Candidate, index: CatalogIndex, part: Part | undefined): Slot {
  const entry = index.entries[candidate.entry];
  // One stored proof may serve several upload slots (营业执照 asked on two pages of a form).
  if (entry?.multi || entry?.kind === 'attachment') return 'list';
  if (entry?.range) return candidate.half ? (part ?? 'loose') : 'whole';
  return 'single';
}

/** The same-looking row of a list (其他荣誉 rows repeat the first row's placeholder and name). */
function rowSignature(facts: FieldFacts): string {
  const placeholder = facts.visible.find((evidence) => evidence.source === 'placeholder')?.norm ?? '';
  const name = facts.names.find((item) => item.source === 'name')?.tokens[0] ?? '';
  if (!placeholder && !name) return '';
  return [facts.widget, placeholder, name, facts.context[0] ?? ''].join('|');
}

const OTHER_WORD = '其他';

/** Sets each field's neighbourGroup from the field just before it in the same frame. */
function markNeighbours(sorted: FieldFacts[], index: CatalogIndex): void {
  const byFrame = new Map<string, FieldFacts[]>();
  for (const facts of sorted) {
    const frame = byFrame.get(facts.frame) ?? [];
    frame.push(facts);
    byFrame.set(facts.frame, frame);
  }
  for (const fields of byFrame.values()) {
    fields.forEach((facts, position) => {
      const previous = fields[position - 1];
      if (previous?.labelGroups.length !== 1) return;
      const group = previous.labelGroups[0] as string;
      if ((previous.context[0] ?? '') !== (facts.context[0] ?? '')) return;
      // 高新技术企业 / 企业技术中心 / 重点实验室 in a column, their years in another: the field
      // before is then one of a run of group labels, and names no group for this one.
      // A 其他（请注明） box right after a choice that offers 其他 is that choice's, whatever
      // precedes the choice (单位性质 ○… ○其他, then 主营业务 ☐… ☐其他 其他（请注明）：▭).
      const othersBox =
        previous.options.some((option) => option.startsWith(OTHER_WORD)) &&
        facts.visible.some((evidence) => evidence.norm.startsWith(OTHER_WORD));
      const rivals = new Set([group, ...(index.groups.get(group)?.rivals ?? [])]);
      const before = fields[position - 2];
      if (!othersBox && before?.labelGroups.some((other) => rivals.has(other))) return;
      facts.neighborGroup = group;
    });
  }
}

/**
 * Matches a page snapshot against a catalog field list (`fieldsFor(edition)`).
 * `learned` mappings (by `fieldSignatures`) map their field with score 1 and take the key
 * away from other fields. `threshold` (default 0.6) splits confident matches from 待确认.
 */
export function matchFields(
  snapshot: PageSnapshot,
  fields: readonly FieldDef[],
  learned?: readonly LearnedMapping[],
  options?: MatchOptions,
): MatchResult {
  return runAll(matchSteps(snapshot, fields, learned, options));
}

/** `matchFields` cut into steps (lib/fill/slice.ts): it yields after each field's facts and scores. */
export function* matchSteps(
  snapshot: PageSnapshot,
  fields: readonly FieldDef[],
  learned?: readonly LearnedMapping[],
  options?: MatchOptions,
): Steps<MatchResult> {
  const threshold = options?.threshold ?? DEFAULT_THRESHOLD;
  if (!(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`matchFields: threshold must be in (0, 1], got ${threshold}`);
  }
  const plausible = Math.min(PLAUSIBLE, threshold);
  const index = catalogIndex(fields);
  yield;
  const all: FieldFacts[] = [];
  for (const field of snapshot.fields) {
    all.push(withContext(field, () => factsOf(field, index)));
    yield;
  }
  const positionOf = new Map(all.map((facts, position) => [facts, position]));
  const sorted = [...all].sort(
    (a, b) => a.order - b.order || (positionOf.get(a) ?? 0) - (positionOf.get(b) ?? 0),
  );
  markNeighbours(sorted, index);

  // Learned mappings: signature → key, applied by occurrence signature.
  const taught = new Map<string, string>();
  for (const { signature, key } of learned ?? []) {
    // A mapping taught for a key this edition's catalog does not have stays unused.
    if (index.byKey.has(key)) taught.set(signature, key);
  }
  const signatures = taught.size > 0 ? yield* signatureSteps(snapshot) : new Map<string, string>();

  const candidates = new Map<FieldFacts, Candidate[]>();
  const learnedEntry = new Map<FieldFacts, number>();
  for (const facts of sorted) {
    const scored = withContext(facts, () => scoreField(facts, index));
    const key = taught.get(signatures.get(facts.id) ?? '\u0000');
    const entryIndex = key === undefined ? undefined : index.byKey.get(key);
    if (entryIndex !== undefined) {
      const entry = index.entries[entryIndex];
      learnedEntry.set(facts, entryIndex);
      const half =
        !!entry?.range && facts.widget !== 'dateRange' && (facts.widget === 'date' || !!facts.statedPart);
      scored.unshift({
        entry: entryIndex,
        score: 1,
        reason: 'learned mapping',
        learned: true,
        half,
        ...(half && facts.statedPart ? { part: facts.statedPart } : {}),
      });
    }
    candidates.set(facts, scored);
    yield;
  }

  continueRanges(sorted, candidates);

  // Lone date inputs of a range: stated halves first, the rest by document order.
  const parts = new Map<FieldFacts, Map<number, { part?: Part; factor: number }>>();
  for (const entry of index.entries) {
    if (!entry.range) continue;
    const claims: { facts: FieldFacts; candidate: Candidate }[] = [];
    yield;
    for (const facts of sorted) {
      const candidate = candidates.get(facts)?.find((item) => item.entry === entry.index && item.half);
      if (!candidate) continue;
      if (candidate.score >= PAIRING || learnedEntry.get(facts) === entry.index)
        claims.push({ facts, candidate });
    }
    const resolved = resolveParts(
      claims.map(({ facts, candidate }) => ({
        fieldId: String(positionOf.get(facts)),
        order: facts.order,
        ...(candidate.part ? { stated: candidate.part } : {}),
      })),
    );
    yield;
    for (const facts of sorted) {
      const candidate = candidates.get(facts)?.find((item) => item.entry === entry.index && item.half);
      if (!candidate) continue;
      const part = resolved.get(String(positionOf.get(facts)));
      const stated = part !== undefined && part === candidate.part;
      const perField = parts.get(facts) ?? new Map();
      perField.set(entry.index, part ? { part, factor: stated ? 1 : 0.95 } : { factor: 0.5 });
      parts.set(facts, perField);
    }
  }

  // Parts of an address (省/市/区 selects, a cascader, the street input) claim their part.
  const regionParts = new Map<string, RegionPart | undefined>(
    snapshot.fields.map((field) => [field.id, regionPartOf(field)]),
  );
  continueAddress(sorted, candidates, regionParts, index, plausible);
  const proposals: Proposal[] = [];
  for (const facts of sorted) {
    yield;
    const position = String(positionOf.get(facts));
    for (const candidate of candidates.get(facts) ?? []) {
      const regionPart = index.entries[candidate.entry]?.address ? regionParts.get(facts.id) : undefined;
      if (regionPart) {
        if (candidate.score < plausible) continue;
        proposals.push({
          fieldId: position,
          order: facts.order,
          entry: candidate.entry,
          // A part's control is no worse a fit for being a select: the address is split for it.
          score: Math.min(1, candidate.score / kindFit(facts.widget, 'text')),
          reason: `${candidate.reason}; ${regionPart} part of the address`,
          slot: regionPart,
          part: regionPart,
          ...(candidate.learned ? { learned: true } : {}),
        });
        continue;
      }
      const isLearned = candidate.learned === true;
      const half = candidate.half ? parts.get(facts)?.get(candidate.entry) : undefined;
      const score = isLearned ? 1 : candidate.score * (half?.factor ?? 1);
      if (!isLearned && score < plausible) continue;
      const part = candidate.half ? half?.part : undefined;
      const reason =
        half && !half.part ? `${candidate.reason}; which half of the range is unclear` : candidate.reason;
      proposals.push({
        fieldId: position,
        order: facts.order,
        entry: candidate.entry,
        score,
        reason,
        slot: slotOf(candidate, index, part),
        ...(part ? { part } : {}),
        ...(isLearned ? { learned: true } : {}),
      });
    }
  }
  yield;
  const assigned = assign(proposals);
  yield;
  continueLists(sorted, assigned, index, threshold, positionOf);

  const matches: FieldMatch[] = [];
  const unsure: FieldMatch[] = [];
  const unmatched: string[] = [];
  const holder = new Map<number, string>();
  for (const facts of sorted) {
    const proposal = assigned.get(String(positionOf.get(facts)));
    if (proposal && proposal.slot !== 'list') holder.set(proposal.entry, facts.id);
  }
  const bestOf = new Map<string, Proposal>();
  for (const proposal of proposals) {
    const known = bestOf.get(proposal.fieldId);
    if (
      !known ||
      proposal.score > known.score ||
      (proposal.score === known.score && proposal.entry < known.entry)
    ) {
      bestOf.set(proposal.fieldId, proposal);
    }
  }
  yield;
  for (const facts of sorted) {
    yield;
    const position = String(positionOf.get(facts));
    const proposal = assigned.get(position);
    const best = bestOf.get(position);
    if (proposal) {
      const match = toMatch(facts.id, proposal, index, threshold);
      // A look-alike whose best key went to another field: show that key as the guess, not
      // the weak leftover it was given (a second 单位名称 is not the 推荐单位名称).
      if (!match.confident && best && best.score > proposal.score && holder.has(best.entry)) {
        const guess = toMatch(facts.id, best, index, Number.POSITIVE_INFINITY);
        unsure.push({
          ...guess,
          reason: `${guess.reason}; key already matched by ${holder.get(best.entry)}`,
        });
      } else {
        (match.confident ? matches : unsure).push(match);
      }
      continue;
    }
    if (best) {
      const match = toMatch(facts.id, best, index, Number.POSITIVE_INFINITY);
      const other = holder.get(best.entry);
      unsure.push(other ? { ...match, reason: `${match.reason}; key already matched by ${other}` } : match);
    } else {
      unmatched.push(facts.id);
    }
  }
  return { matches, unsure, unmatched };
}

/**
 * 「注册地址：[省▾][市▾][区▾][详细地址]」: a part control with no label of its own that follows
 * a part of an address continues that address (only the first control sits next to the label).
 */
function continueAddress(
  sorted: FieldFacts[],
  candidates: Map<FieldFacts, Candidate[]>,
  regionParts: Map<string, RegionPart | undefined>,
  index: CatalogIndex,
  plausible: number,
): void {
  sorted.forEach((facts, position) => {
    const previous = sorted[position - 1];
    if (!previous || previous.frame !== facts.frame || !regionParts.get(facts.id)) return;
    if (!regionParts.get(previous.id)) return;
    const own = candidates.get(facts) ?? [];
    if (own.some((item) => index.entries[item.entry]?.address && item.score >= plausible)) return;
    const address = (candidates.get(previous) ?? []).find(
      (item) => index.entries[item.entry]?.address && item.score >= plausible,
    );
    if (!address) return;
    own.unshift({
      entry: address.entry,
      score: address.score,
      reason: `continues the address of the field before (${address.reason})`,
      half: false,
    });
    candidates.set(facts, own);
  });
}

/** Words that join the two halves of a range: 起止时间 [ ] 至 [ ]. */
const CONNECTOR = /^(?:至|到|止)$/;

/**
 * 「项目起止时间 [ ] 至 [ ]」: a date input labelled only by a connector is the end half of the
 * range the date input just before it belongs to (the label before the pair names both).
 */
function continueRanges(sorted: FieldFacts[], candidates: Map<FieldFacts, Candidate[]>): void {
  sorted.forEach((facts, position) => {
    const previous = sorted[position - 1];
    if (!previous || facts.widget !== 'date' || previous.widget !== 'date' || previous.frame !== facts.frame)
      return;
    if (facts.visible.length === 0 || !facts.visible.every((evidence) => CONNECTOR.test(evidence.norm)))
      return;
    const own = (candidates.get(facts) ?? []).filter((item) => !item.learned);
    if (own.length < (candidates.get(facts) ?? []).length) return;
    for (const candidate of candidates.get(previous) ?? []) {
      if (!candidate.half || candidate.learned) continue;
      const known = own.findIndex((item) => item.entry === candidate.entry);
      if (known >= 0 && (own[known] as Candidate).score >= candidate.score) continue;
      if (known >= 0) own.splice(known, 1);
      own.push({
        ...candidate,
        part: 'end',
        reason: `after a connector, the other half of ${previous.id}'s range (${candidate.reason})`,
      });
    }
    own.sort((a, b) => b.score - a.score || a.entry - b.entry);
    candidates.set(facts, own);
  });
}

/**
 * Runs one field's step, so that a programming error names the field it failed on (the
 * error itself stays the cause, and nothing is turned into "no match").
 */
function withContext<T>(field: { id: string; widget: string }, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new Error(`matchFields: field ${field.id} (${field.widget}): ${String(error)}`, { cause: error });
  }
}

function toMatch(fieldId: string, proposal: Proposal, index: CatalogIndex, threshold: number): FieldMatch {
  const score = Math.round(proposal.score * 1000) / 1000;
  const confident = proposal.learned === true || (proposal.slot !== 'loose' && proposal.score >= threshold);
  return {
    fieldId,
    key: index.entries[proposal.entry]?.key ?? '',
    ...(proposal.part ? { part: proposal.part } : {}),
    score,
    confident,
    reason: proposal.reason,
  };
}

/**
 * The rows of a list after its first: 其他荣誉 rows added with 添加 repeat the first row's
 * placeholder and name but usually not its label. Each following look-alike (not already
 * confidently matched elsewhere) joins the list, in page order.
 */
function continueLists(
  sorted: FieldFacts[],
  assigned: Map<string, Proposal>,
  index: CatalogIndex,
  threshold: number,
  positionOf: Map<FieldFacts, number>,
): void {
  const idOf = (facts: FieldFacts) => String(positionOf.get(facts));
  sorted.forEach((facts, position) => {
    const head = assigned.get(idOf(facts));
    if (head?.slot !== 'list' || head.score < threshold) return;
    const signature = rowSignature(facts);
    if (!signature) return;
    const entry = index.entries[head.entry];
    for (let next = position + 1; next < sorted.length; next += 1) {
      const row = sorted[next] as FieldFacts;
      if (row.frame !== facts.frame) continue;
      const current = assigned.get(idOf(row));
      // A confident row of the list continues the list itself when its turn comes; a
      // confident match of another key ends the list.
      if (current && current.score >= threshold) break;
      if (rowSignature(row) !== signature || !entry || kindFit(row.widget, entry.kind) <= 0) break;
      assigned.set(idOf(row), {
        ...head,
        fieldId: idOf(row),
        order: row.order,
        reason: `next row of the list started by ${facts.id} (${head.reason})`,
      });
    }
  });
}
