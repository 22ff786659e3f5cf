import { FORM_ITEM, FORM_ITEMS } from '../adapters';
import { textOf } from './text';

/**
 * Form items of the UI libraries: the row that pairs a label with a control. Each adapter
 * states its item selector and where the item's label is (lib/fill/adapters).
 */

function itemKind(element: Element) {
  return FORM_ITEMS.find((kind) => element.matches(kind.selector));
}

/** The label element of a form item, or undefined when it has none. */
export function formItemLabelOf(item: Element): Element | undefined {
  return itemKind(item)?.label(item);
}

/** The nearest form item around `element` that has a label (inner pairs first, then rows). */
export function labelledFormItem(
  element: Element,
): { item: Element; label: Element; text: string } | undefined {
  if (!FORM_ITEM) return undefined;
  for (let item = element.closest(FORM_ITEM); item; item = item.parentElement?.closest(FORM_ITEM) ?? null) {
    const kind = itemKind(item);
    const label = kind?.label(item);
    if (label) {
      const text = textOf(label);
      if (text) return { item, label, text };
    }
    // An item without a label (其他荣誉 rows after the first) has none of its own.
    if (kind?.closed) return undefined;
  }
  return undefined;
}

export function isFormItem(element: Element): boolean {
  return itemKind(element) !== undefined;
}
