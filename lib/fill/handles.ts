import type { PageSnapshot } from './types';

/**
 * The DOM behind one snapshot field, kept by the collector for the executor (apply) and the
 * on-site check. Never serialised.
 */
export interface FieldHandle {
  /** The element the user operates: the input/textarea/select, or the widget's root. */
  root: Element;
  /**
   * The native controls involved, in order: the radios/checkboxes of a group, the two inputs
   * of a range picker, the (often hidden) file input, the input inside a custom select.
   */
  controls: Element[];
  /** Choice widgets: per snapshot option, the element a user clicks (label or wrapper). */
  optionTargets?: Element[];
}

export interface Collected {
  snapshot: PageSnapshot;
  handles: Map<string, FieldHandle>;
}
