import type { Framework } from '../types';
import { attr, hasClass, inputType, onElement } from './dom';
import type { Draft, Scope } from './draft';
import type { LabelIndex } from './labels';
import { boxTarget, readBoxes } from './widgets/choice';

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

/**
 * Popups that frameworks append to <body>: dropdown lists, date panels. Their inputs (a
 * picker's time box, a search field) are parts of a widget found elsewhere, never fields.
 */
export const POPUP_CLASSES = [
  'el-select-dropdown',
  'el-picker-panel',
  'el-popper',
  'el-cascader__dropdown',
  'ant-select-dropdown',
  'ant-picker-dropdown',
  'ant-cascader-dropdown',
  'ant-dropdown',
  'ant-popover',
  'ant-tooltip',
  'layui-laydate',
];

function skipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.localName)) return true;
  // Shenbao's own in-page assistant (shadow-root UI or iframe) is not part of the form.
  if (element.localName.startsWith('shenbao-') || element.hasAttribute('data-shenbao-ui')) return true;
  if (attr(element, 'data-testid')?.startsWith('shenbao-')) return true;
  return POPUP_CLASSES.some((name) => hasClass(element, name));
}

/** Where a run of nameless radios/checkboxes may extend: one question never crosses these. */
const RUN_SCOPE =
  'td, th, fieldset, form, [role="radiogroup"], [role="group"], .el-form-item, .ant-form-item, .layui-form-item';

const FRAME_DEPTH = 4;

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

  /** The walk will pass over this element (layui's drawn widget after its native control). */
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
      const key = `${type}|${form ? this.formKey(form) : ''}|${name}`;
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
    const container = input.closest(RUN_SCOPE);
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

  /** Walks a document (and, recursively, its frames) with the given frame path. */
  walkDocument(doc: Document, scope: Scope, depth = 0): void {
    const start = doc.documentElement;
    if (!start) return;
    const previous = this.scope;
    this.scope = scope;
    this.run = undefined;
    let frames = 0;
    const stack: Element[] = [start];
    while (stack.length > 0) {
      const element = stack.pop() as Element;
      if (this.claimed.has(element) || skipped(element)) continue;
      const tag = element.localName;
      if (tag === 'iframe' || tag === 'frame') {
        const index = frames++;
        if (depth < FRAME_DEPTH) {
          // null for a cross-origin frame (the browser does not throw): its fields stay unread.
          const inner = (element as HTMLIFrameElement).contentDocument;
          if (inner?.documentElement) {
            const path = `${scope.frame ? `${scope.frame}/` : ''}iframe[${index}]`;
            this.walkDocument(
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
