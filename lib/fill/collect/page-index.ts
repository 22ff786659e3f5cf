import type { Steps } from '../slice';
import { commonAncestor, composedParent } from './dom';
import type { Draft } from './draft';
import type { LabelIndex } from './labels';
import { TableGrid } from './table';
import { Visibility } from './visibility';

/**
 * What evidence and context need to know about all fields at once, computed in one pass
 * after the walk: which field owns an element, how many fields each ancestor holds, and
 * one grid per table (built on first use).
 */
export class PageIndex {
  /** root, controls and option targets → the draft's index. */
  readonly owner = new Map<Element, number>();
  /** ancestor → number of fields inside it. */
  private readonly counts = new Map<Element, { last: number; count: number }>();
  private readonly grids = new Map<Element, TableGrid>();
  /** td/th holding a field's control. */
  private readonly fieldCells = new Set<Element>();
  readonly visibility = new Visibility();

  constructor(
    readonly drafts: readonly Draft[],
    readonly labels: LabelIndex,
  ) {}

  /** The index of a walk's drafts, built in three passes that yield between fields. */
  static *build(drafts: readonly Draft[], labels: LabelIndex): Steps<PageIndex> {
    const index = new PageIndex(drafts, labels);
    for (const [position, draft] of drafts.entries()) {
      for (const element of index.parts(draft)) {
        index.count(element, position);
        const cell = element.closest('td, th');
        if (cell) index.fieldCells.add(cell);
      }
      yield;
    }
    // A native group's root is the smallest element around its options, when no other
    // field shares it; otherwise its first option (roots must stay one per field).
    for (const draft of drafts) {
      if (draft.boxes && draft.optionTargets && draft.optionTargets.length > 1) {
        const around = commonAncestor(draft.optionTargets);
        if (around && index.fieldsIn(around) === 1) draft.root = around;
        yield;
      }
    }
    for (const [position, draft] of drafts.entries()) {
      for (const element of [draft.root, ...index.parts(draft)])
        if (!index.owner.has(element)) index.owner.set(element, position);
      if (position % 64 === 63) yield;
    }
    return index;
  }

  private parts(draft: Draft): Element[] {
    return [draft.root, ...draft.controls, ...(draft.optionTargets ?? [])];
  }

  private count(element: Element, index: number): void {
    for (let node: Element | null = element; node; node = composedParent(node)) {
      const entry = this.counts.get(node);
      if (entry?.last === index) return;
      if (entry) {
        entry.last = index;
        entry.count++;
      } else {
        this.counts.set(node, { last: index, count: 1 });
      }
    }
  }

  isOptionTarget(element: Element): boolean {
    const owner = this.owner.get(element);
    return owner !== undefined && (this.drafts[owner]?.optionTargets?.includes(element) ?? false);
  }

  fieldsIn(element: Element): number {
    return this.counts.get(element)?.count ?? 0;
  }

  /** Whether the element is (part of) another field than `self`. */
  ownedByOther(element: Element, self: number): boolean {
    const owner = this.owner.get(element);
    return owner !== undefined && owner !== self;
  }

  grid(table: HTMLTableElement): TableGrid {
    let grid = this.grids.get(table);
    if (!grid) {
      grid = new TableGrid(table, (cell) => this.fieldCells.has(cell));
      this.grids.set(table, grid);
    }
    return grid;
  }
}
