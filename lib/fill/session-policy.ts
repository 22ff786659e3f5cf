import { composedParent } from './collect/dom';

/**
 * When a later round of a fill may write (issue #16): only in answer to something done on the
 * page — a person's click on a tab or a step button, a choice that reveals sub-fields, or the
 * fill's own choice or tab — within a few seconds of it, and only to fields that appeared in
 * that part of the page. Fields the page adds by itself (a timer, 4 s later, no click) wait for
 * the next press of 一键填充.
 */

/** How long after an action the fields it revealed count as its answer. */
export const ANSWER_WINDOW_MS = 3000;

/**
 * The part of the page an action can reveal fields in: its form (or dialog), else the whole
 * document it happened in. A form replaced by the next step is gone: then its document counts.
 */
const REGION = 'form, dialog, [role="dialog"]';

export function regionOf(target: Element): Element {
  for (let node: Element | null = target; node; node = composedParent(node)) {
    if (node.matches(REGION)) return node;
  }
  return target.ownerDocument.documentElement;
}

/** Whether `node` lies inside `region`, across shadow roots and same-origin frames. */
export function within(region: Element, node: Element): boolean {
  for (let current: Element | null | undefined = node; current; ) {
    if (current === region) return true;
    current = composedParent(current) ?? current.ownerDocument.defaultView?.frameElement;
  }
  return false;
}

interface Action {
  at: number;
  region: Element;
}

export class RoundPolicy {
  private actions: Action[] = [];

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** A person's trusted click or change, or the fill's own choice, tab or 添加. */
  noteAction(target: Element): void {
    const at = this.now();
    // Kept a while past the window: a round may run late for changes that came in time.
    this.actions = this.actions.filter((action) => at - action.at <= 10 * ANSWER_WINDOW_MS);
    this.actions.push({ at, region: regionOf(target) });
  }

  /**
   * Whether a field rooted at `root` answers a recent action. `appearedAt` is when the page
   * changed (the first mutation the caller saw), so a busy page that delays the round does
   * not push an answer out of its window.
   */
  answers(root: Element, appearedAt: number = this.now()): boolean {
    return this.actions.some((action) => {
      if (appearedAt - action.at > ANSWER_WINDOW_MS) return false;
      const region = action.region.isConnected ? action.region : action.region.ownerDocument.documentElement;
      return within(region, root);
    });
  }
}
