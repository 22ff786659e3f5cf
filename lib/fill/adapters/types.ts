import type { Draft } from '../collect/draft';
import type { Walker } from '../collect/walk';

/**
 * Everything the fill and the check know about one UI library, in one place. The generic
 * collector, apply and check ask the registry (`adapters/index.ts`) instead of naming a
 * library; adding a library is one adapter file plus one replica (docs/architecture.md, fill/).
 * Every member is optional except the id and the class prefixes: a library that draws its
 * widgets over native controls needs little more than its class names.
 */
export interface Adapter {
  /** The `framework` a field carries in the snapshot (serialised, so stable). */
  readonly id: string;
  /** Class-name prefixes of the library's markup; the meta-test keeps them inside adapters/. */
  readonly classPrefixes: readonly string[];

  /**
   * For a library that shares its class prefix with another (Element Plus and element-ui,
   * ant-design-vue and antd): whether `element` is on a page built with this one. Such an
   * adapter comes before the other in the registry; undefined means every element with its
   * classes is its own.
   */
  readonly claims?: (element: Element) => boolean;
  /** Turns a library component rooted at `element` into drafts; true when it owns the subtree. */
  readonly recognise?: (element: Element, walker: Walker) => boolean;
  /** Widgets the library draws over a native control (a drawn select after a <select>, a date plugin). */
  readonly overNative?: {
    select?: (select: HTMLSelectElement, walker: Walker) => Draft | undefined;
    /** A non-choice input: date plugins, upload buttons with a hidden file input. */
    input?: (input: HTMLInputElement, walker: Walker) => Draft | undefined;
  };
  /** Classes of a plain text box the library styles (so the field reports the library). */
  readonly textClasses?: readonly string[];

  readonly formItem?: {
    /** Selector of the row that pairs a label with a control. */
    readonly selector: string;
    /** The item's label element, or undefined. */
    readonly label: (item: Element) => Element | undefined;
    /** An item without a label of its own ends the search (it is not a pair inside a bigger row). */
    readonly closed: boolean;
    /** Its label element's class: a <label> of that class is the item's label, not a wrapping one. */
    readonly labelClass?: string;
  };

  /** Popups appended to <body> (dropdowns, date panels): never fields of their own. */
  readonly popupClasses?: readonly string[];
  /** Root classes that mean the widget is disabled. */
  readonly disabledClasses?: readonly string[];

  readonly choice?: {
    /** Wrappers around one native radio/checkbox: what the user clicks. */
    readonly wrappers?: readonly string[];
    /** Inside a wrapper, the element holding the option's text. */
    readonly labelSelector?: string;
    /** Classes on a wrapper or drawn box that mean checked. */
    readonly checkedClasses?: readonly string[];
    /** Classes of a native box's own input that mark it as the library's. */
    readonly inputClasses?: readonly string[];
    /** A box the library draws right after the hidden native one. */
    readonly drawnBox?: (input: Element) => Element | undefined;
  };

  /** A custom select's popup: how apply opens it and finds its options. */
  readonly dropdown?: {
    readonly opener: (root: Element) => Element | null;
    /** The options currently rendered (possibly teleported to <body>). */
    readonly options: (root: Element) => Element[];
    readonly search?: (root: Element) => HTMLInputElement | null;
  };
  /** A cascader's popup (省/市/区 in one control): opened with the dropdown's opener. */
  readonly cascader?: {
    /** The columns of the open cascader, first level first, each its rendered items. */
    readonly menus: (root: Element) => Element[][];
  };
  /** A select whose placeholder is drawn as text rather than an attribute. */
  readonly drawnPlaceholder?: string;

  /**
   * How a picker's typed date is committed: `enter` types and presses Enter, then closes the
   * panel; `set` sets the input without opening the panel (the panel would overwrite it).
   * Undefined: a native date input.
   */
  readonly dateCommit?: 'enter' | 'set';
  /**
   * `press`: the picker's input stays read-only, and its panel closed, until it is pressed
   * (mousedown), as a user's click into it does; focus alone does not open it.
   */
  readonly dateOpen?: 'press';

  /** Container titles and Steps: context the collector reads around a field. */
  readonly context?: {
    /** Divider text (rank like a heading). */
    readonly divider?: (element: Element) => string | undefined;
    /** A card, collapse item or tab pane's own title. */
    readonly containerTitle?: (element: Element) => string | undefined;
    /** The title of the current step of a Steps bar. */
    readonly currentStep?: string;
  };

  readonly upload?: {
    /** The widget renders its own list of files: an empty reading means no file. */
    readonly listsFiles: boolean;
    /** Containers around a native upload whose site list names the files. */
    readonly container?: string;
  };
}
