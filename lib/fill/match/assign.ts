/**
 * One-to-one assignment: every (field, catalog key) proposal in descending score (ties: the
 * earlier field in document order, then the earlier catalog field), each field at most once,
 * each key at most once, except
 * - a date range: either one whole (range picker) or one start and one end half;
 * - a list (`honours.other`, textList) or a proof: any number of fields, in page order;
 * - an address: either one whole or its parts (省, 市, 区 or one cascader, and the street).
 * Learned mappings come before everything and take their key away from other fields.
 */
import type { Part } from './parts';
import type { RegionPart } from './region-parts';

/** Which share of a catalog key a proposal claims. */
export type Slot = 'single' | 'list' | 'whole' | 'start' | 'end' | 'loose' | RegionPart;

export interface Proposal {
  fieldId: string;
  order: number;
  entry: number;
  score: number;
  reason: string;
  slot: Slot;
  part?: Part | RegionPart;
  learned?: boolean;
}

function compare(a: Proposal, b: Proposal): number {
  if (!!a.learned !== !!b.learned) return a.learned ? -1 : 1;
  return b.score - a.score || a.order - b.order || a.entry - b.entry;
}

/** The slot the proposal needs is still free; a loose half claims nothing (it stays 待确认). */
function free(taken: Map<number, Set<Slot>>, proposal: Proposal): boolean {
  const slots = taken.get(proposal.entry);
  if (!slots) return true;
  switch (proposal.slot) {
    case 'list':
    case 'loose':
      return true;
    case 'single':
      return false;
    case 'whole':
      return slots.size === 0;
    case 'start':
    case 'end':
      return !slots.has('whole') && !slots.has(proposal.slot);
    // An address in parts: each part once, and none beside a field that took the whole address.
    case 'province':
    case 'city':
    case 'district':
    case 'street':
    case 'region':
      return !slots.has('single') && !slots.has(proposal.slot);
  }
}

/** Field id → the proposal it was given. */
export function assign(proposals: readonly Proposal[]): Map<string, Proposal> {
  const ordered = [...proposals].sort(compare);
  const taken = new Map<number, Set<Slot>>();
  const result = new Map<string, Proposal>();
  for (const proposal of ordered) {
    if (result.has(proposal.fieldId) || !free(taken, proposal)) continue;
    result.set(proposal.fieldId, proposal);
    if (proposal.slot === 'loose') continue;
    const slots = taken.get(proposal.entry) ?? new Set<Slot>();
    slots.add(proposal.slot);
    taken.set(proposal.entry, slots);
  }
  return result;
}
