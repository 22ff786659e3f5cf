import { FORM_ITEM, POPUP_CLASSES } from '../adapters';
import type { Steps } from '../slice';
import type { Framework } from '../types';
import { boxTarget, readBoxes } from './choice';
import { attr, hasClass, inputType, onElement } from './dom';
import type { Draft, Scope } from './draft';
import type { LabelIndex } from './labels';

/** Elements whose subtree holds no fields of the page. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'svg',
  'math',
  'head',
  'option',
  'optgroup',
  'datalist',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
]);

function skipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.localName)) return true;
  // Shenbao's own in-page assistant (shadow-root UI or iframe) is not part of the form.
  if (element.localName.startsWith('shenbao-') || element.hasAttribute('data-shenbao-ui')) return true;
  if (attr(element, 'data-testid')?.startsWith('shenbao-')) return true;
  // Popups libraries append to <body> (dropdowns, date panels): their inputs (a picker's time
  // box, a search field) are parts of a widget found elsewhere, never fields.
  return POPUP_CLASSES.some((name) => hasClass(element, name));
}

/** Where a run of nameless radios/checkboxes may extend: one question never crosses these. */
let questionScope: string | undefined;
/** One question's cell, fieldset, group or form item. */
const QUESTION_SCOPE = () => {
  questionScope ??= ['td, th, fieldset, [role="radiogroup"], [role="group"]', FORM_ITEM]
    .filter(Boolean)
    .join(', ');
  return questionScope;
};
const RUN_SCOPE = () => `${QUESTION_SCOPE()}, form`;

const FRAME_DEPTH = 4;
/** Elements walked between two yields: one is too little work to be worth a yield. */
const ELEMENTS_PER_STEP = 64;

/**
 * The question a per-option name belongs to: `x[a]`, `x[b]`, `x_1`, `x-2` → `x`. Such boxes
 * are one question when they also share a cell or form item; undefined for a plain name.
 */
export function questionStem(name: string): string | undefined {
  return /^(.+?)(?:\[[^\]]+\]|[_-]\d{1,2})$/.exec(name)?.[1];
}

export type Recogniser = (element: Element, walker: Walker) => boolean;

/**
 * One pass over the page in document order: the document, open shadow roots (at their
 * host's position) and same-origin iframes (at the iframe's position). Recognisers turn
 * elements into drafts; a recogniser that returns true owns the element's subtree.
 */
export class Walker {
  readonly drafts: Draft[] = [];
  scope!: Scope;
  private readonly claimed = new Set<Element>();
  /** Named radio/checkbox groups per tree: `type|form|name` → draft. */
  private readonly groups = new Map<Node, Map<string, Draft>>();
  /** The open run of nameless radios/checkboxes (the table replica's radios have no names). */
  private run: { draft: Draft; type: string; container: Element | null; tree: Node } | undefined;

  constructor(
    private readonly recognise: Recogniser,
    readonly labels: LabelIndex,
  ) {}

  emit(draft: Draft): void {
    this.drafts.push(draft);
    this.run = undefined;
  }

  /** The walk will pass over this element (a library's drawn widget after its native control). */
  claim(element: Element): void {
    this.claimed.add(element);
  }

  /** A native radio or checkbox: joins its group (by name, or by position when nameless). */
  box(input: HTMLInputElement, framework: Framework): void {
    const type = inputType(input);
    const target = boxTarget(input);
    const name = attr(input, 'name');
    const widget = type === 'radio' ? 'radioGroup' : 'checkboxGroup';
    if (name) {
      const tree = input.getRootNode();
      let byKey = this.groups.get(tree);
      if (!byKey) {
        byKey = new Map();
        this.groups.set(tree, byKey);
      }
      const form = (input as { form?: Element | null }).form;
      const stem = questionStem(name);
      // Per-option names share a question only inside one cell or item (else the options' parent).
      const container = stem ? (input.closest(QUESTION_SCOPE()) ?? target.parentElement) : null;
      const key = container
        ? `${type}|${form ? this.formKey(form) : ''}|${stem}|in ${this.formKey(container)}`
        : `${type}|${form ? this.formKey(form) : ''}|${name}`;
      const group = byKey.get(key);
      if (group) {
        this.join(group, input, target);
        return;
      }
      const draft = this.group(widget, framework, input, target);
      draft.groupKey = key;
      byKey.set(key, draft);
      this.emit(draft);
      return;
    }
    const container = input.closest(RUN_SCOPE());
    const tree = input.getRootNode();
    const run = this.run;
    if (run && run.type === type && run.container === container && run.tree === tree) {
      this.join(run.draft, input, target);
      return;
    }
    const draft = this.group(widget, framework, input, target);
    this.emit(draft);
    this.run = { draft, type, container, tree };
  }

  private formIds = new Map<Element, number>();
  private formKey(form: Element): number {
    let id = this.formIds.get(form);
    if (id === undefined) {
      id = this.formIds.size;
      this.formIds.set(form, id);
    }
    return id;
  }

  private group(
    widget: 'radioGroup' | 'checkboxGroup',
    framework: Framework,
    input: Element,
    target: Element,
  ): Draft {
    return {
      widget,
      framework,
      root: target,
      controls: [input],
      optionTargets: [target],
      scope: this.scope,
      anchor: target,
      boxes: true,
      read: (draft) => readBoxes(draft, this.labels),
    };
  }

  private join(draft: Draft, input: Element, target: Element): void {
    draft.controls.push(input);
    draft.optionTargets?.push(target);
  }

  private walked = 0;

  /**
   * Walks a document (and, recursively, its frames) with the given frame path, yielding every
   * few dozen elements (lib/fill/slice.ts).
   */
  *walkDocument(doc: Document, scope: Scope, depth = 0): Steps<void> {
    const start = doc.documentElement;
    if (!start) return;
    const previous = this.scope;
    this.scope = scope;
    this.run = undefined;
    let frames = 0;
    const stack: Element[] = [start];
    while (stack.length > 0) {
      const element = stack.pop() as Element;
      this.walked += 1;
      if (this.walked % ELEMENTS_PER_STEP === 0) yield;
      if (this.claimed.has(element) || skipped(element)) continue;
      const tag = element.localName;
      if (tag === 'iframe' || tag === 'frame') {
        const index = frames++;
        if (depth < FRAME_DEPTH) {
          // null for a cross-origin frame (the browser does not throw): its fields stay unread.
          const inner = (element as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) {
            const path = `${scope.frame ? `${scope.frame}/` : ''}iframe[${index}]`;
            yield* this.walkDocument(
              inner,
              { doc: inner, frame: path, frameElement: element, parent: scope },
              depth + 1,
            );
            this.scope = scope;
            this.run = undefined;
          }
        }
        continue;
      }
      if (onElement('recognising', element, () => this.recognise(element, this))) continue;
      for (let child = element.lastElementChild; child; child = child.previousElementSibling)
        stack.push(child);
      const shadow = (element as HTMLElement).shadowRoot;
      if (shadow) {
        // The shadow tree renders in place of the host's children: walk it first.
        for (let child = shadow.lastElementChild; child; child = child.previousElementSibling)
          stack.push(child);
      }
    }
    this.scope = previous ?? scope;
  }
}
