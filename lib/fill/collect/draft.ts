import type { ChoiceSnapshot, Framework, WidgetKind } from '../types';

/** Where a field lives: its document, the frame path and the iframe element that holds it. */
export interface Scope {
  doc: Document;
  /** '' for the top document, `iframe[0]`, `iframe[0]/iframe[1]` … for nested frames. */
  frame: string;
  /** The iframe element in the parent document (context continues from there). */
  frameElement?: Element;
  parent?: Scope;
}

/** What a widget reads from the page at collection time. */
export interface Reading {
  value: string | string[];
  options?: ChoiceSnapshot[];
  fileSource?: 'input' | 'list';
  /** The widget holds a value the reader cannot see (collect/unreadable.ts); `value` is then ''. */
  unreadable?: boolean;
}

/**
 * A field found by the walk, before evidence and context are gathered. Recognisers in
 * `widgets/` create drafts; groups of native radios/checkboxes grow while the walk goes on.
 */
export interface Draft {
  widget: WidgetKind;
  framework: Framework;
  root: Element;
  /** The native controls, in order (see FieldHandle.controls). */
  controls: Element[];
  /** Choice widgets: per option, what the user clicks. */
  optionTargets?: Element[];
  scope: Scope;
  /**
   * Where the walk for preceding text starts: the widget root, or the first option of a
   * native group (whose root may hold its own heading).
   */
  anchor: Element;
  /** Reads value and options; called once, after the walk. */
  read: (draft: Draft) => Reading;
  /** Built from single radios/checkboxes by the walk (by name, or by position when nameless). */
  boxes?: boolean;
  /** Named groups: `type|form|name`. */
  groupKey?: string;
  /** Whether the user cannot type into it but still chooses (pickers, custom selects). */
  picker?: boolean;
  /** A cascader (省/市/区 in one control): its value is a path. */
  cascader?: boolean;
}
