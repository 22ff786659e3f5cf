/**
 * Scores the matcher on corpus pages without a browser: collect (jsdom) → match → compare
 * each control's confident key with the page's truth. Pure apart from the Document it is
 * given, so the unit test, the threshold curve and the browser bench's cross-check share it.
 */
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { collectFields } from '@/lib/fill/collect';
import type { Collected } from '@/lib/fill/handles';
import { matchFields } from '@/lib/fill/match';
import type { FieldMatch } from '@/lib/fill/types';
import { AXES, type Axis, type CorpusPage, type TruthEntry } from './generate';

const CATALOG = fieldsFor(LATEST_EDITION);

/** What happened to one control. */
export type Outcome =
  | 'filled' // the right key, confident, and the sample has a value
  | 'right' // the right key (or rightly nothing) where no value is expected
  | 'wrong' // a confident key that is not the truth (or any key where the truth is none)
  | 'unsure' // a value was expected, the field is 待确认
  | 'missed'; // a value was expected, the field got no key (or was not collected)

export interface SlotResult {
  truth: TruthEntry;
  outcome: Outcome;
  got?: FieldMatch;
}

export interface PageResult {
  page: CorpusPage;
  slots: SlotResult[];
  /** Confident matches on the page (a login page must have none). */
  fills: number;
}

/** The slot of each collected field (from its controls' `data-slot`). */
function slotsOf(collected: Collected): Map<string, string> {
  const bySlot = new Map<string, string>();
  for (const [fieldId, handle] of collected.handles) {
    for (const element of [handle.root, ...handle.controls]) {
      const slot = element.getAttribute('data-slot');
      if (slot && !bySlot.has(slot)) bySlot.set(slot, fieldId);
    }
  }
  return bySlot;
}

function judge(
  truth: TruthEntry,
  confident: FieldMatch | undefined,
  unsure: FieldMatch | undefined,
): Outcome {
  if (confident) {
    const right = confident.key === truth.key && (truth.part === undefined || confident.part === truth.part);
    if (!right) return 'wrong';
    return truth.expected ? 'filled' : 'right';
  }
  if (!truth.expected) return 'right';
  return unsure ? 'unsure' : 'missed';
}

/** Collects a page once; `matchAt` then scores it at any threshold. */
export function preparePage(page: CorpusPage, doc: Document): (threshold?: number) => PageResult {
  const collected = collectFields(doc, { includeHidden: true });
  const bySlot = slotsOf(collected);
  return (threshold) => {
    const result = matchFields(collected.snapshot, CATALOG, [], threshold === undefined ? {} : { threshold });
    const confident = new Map(result.matches.map((match) => [match.fieldId, match]));
    const unsure = new Map(result.unsure.map((match) => [match.fieldId, match]));
    const slots = page.truth.map((truth) => {
      const fieldId = bySlot.get(truth.slot);
      const got = fieldId === undefined ? undefined : (confident.get(fieldId) ?? unsure.get(fieldId));
      const outcome = judge(
        truth,
        fieldId === undefined ? undefined : confident.get(fieldId),
        fieldId === undefined ? undefined : unsure.get(fieldId),
      );
      return { truth, outcome, ...(got ? { got } : {}) };
    });
    return { page, slots, fills: result.matches.length };
  };
}

export interface Tally {
  expected: number;
  filled: number;
  wrong: number;
  unsure: number;
  missed: number;
  pages: number;
}

const emptyTally = (): Tally => ({ expected: 0, filled: 0, wrong: 0, unsure: 0, missed: 0, pages: 0 });

function add(tally: Tally, result: PageResult): void {
  tally.pages += 1;
  for (const { truth, outcome } of result.slots) {
    if (truth.expected) tally.expected += 1;
    if (outcome === 'filled') tally.filled += 1;
    else if (outcome === 'wrong') tally.wrong += 1;
    else if (outcome === 'unsure') tally.unsure += 1;
    else if (outcome === 'missed') tally.missed += 1;
  }
}

export interface Summary {
  overall: Tally;
  /** `axis=value` → tally over the pages with that variation. */
  byVariation: Map<string, Tally>;
  /** Form pages where nothing was filled, and no-fill pages (login, search) where something was. */
  zeroFillForms: number[];
  fillsOnNoFillPages: number[];
}

export function summarise(results: readonly PageResult[]): Summary {
  const overall = emptyTally();
  const byVariation = new Map<string, Tally>();
  for (const axis of Object.keys(AXES) as Axis[]) {
    for (const value of AXES[axis]) byVariation.set(`${axis}=${value}`, emptyTally());
  }
  const zeroFillForms: number[] = [];
  const fillsOnNoFillPages: number[] = [];
  for (const result of results) {
    add(overall, result);
    const variation = result.page.variation;
    for (const axis of Object.keys(AXES) as Axis[]) {
      const tally = byVariation.get(`${axis}=${variation[axis]}`);
      if (tally) add(tally, result);
    }
    if (variation.kind === 'form' && result.fills === 0) zeroFillForms.push(result.page.seed);
    if (variation.kind !== 'form' && result.fills > 0) fillsOnNoFillPages.push(result.page.seed);
  }
  return { overall, byVariation, zeroFillForms, fillsOnNoFillPages };
}

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${((100 * part) / whole).toFixed(1)}%`;

/** The summary as Markdown tables (README, bench output). */
export function summaryTable(summary: Summary): string {
  const row = (name: string, tally: Tally) =>
    `| ${name} | ${tally.pages} | ${tally.expected} | ${tally.filled} (${percent(tally.filled, tally.expected)}) | ${tally.wrong} | ${tally.unsure} | ${tally.missed} |`;
  const lines = [
    '| variation | pages | expected | filled | wrong | 待确认 | missed |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    row('**all**', summary.overall),
  ];
  for (const [name, tally] of summary.byVariation) if (tally.pages > 0) lines.push(row(name, tally));
  lines.push(
    '',
    `form pages with 0 fills: ${summary.zeroFillForms.length}` +
      (summary.zeroFillForms.length ? ` (seeds ${summary.zeroFillForms.slice(0, 10).join(', ')})` : ''),
    `login/search pages with a fill: ${summary.fillsOnNoFillPages.length}` +
      (summary.fillsOnNoFillPages.length
        ? ` (seeds ${summary.fillsOnNoFillPages.slice(0, 10).join(', ')})`
        : ''),
  );
  return lines.join('\n');
}
