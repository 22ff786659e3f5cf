import { DRAWN_PLACEHOLDER, POPUP_CLASSES } from '../adapters';
import type { WidgetKind } from '../types';
import { hasClass } from './dom';
import type { Draft, Reading } from './draft';
import { clean } from './text';
import type { Visibility } from './visibility';

/**
 * Widgets whose value the collector cannot read (issue #16: 「无法读取，请人工核对」). A component
 * library no adapter knows draws its widgets its own way: the check must then say it cannot
 * read them, never report them as empty (「不能为空」 over a select the user did choose), as 未生效
 * after a fill, or hold 提交 over them. Rules about the KIND of widget, never one library:
 * - an element that takes a value without a native control: `contenteditable`, an ARIA value
 *   role (`combobox`, `listbox`, `textbox`, `searchbox`, `spinbutton`) on a non-native element,
 *   a custom element (`x-select`) with no control of its own that carries a form attribute;
 * - a native input that stands for a drawn select (`role=combobox` or `aria-haspopup`,
 *   read-only), no adapter's, and empty: what it shows is elsewhere;
 * - a picker or drawn select that reads empty while it shows text that is no prompt.
 */

const VALUE_ROLES: Record<string, WidgetKind> = {
  combobox: 'customSelect',
  listbox: 'customSelect',
  textbox: 'text',
  searchbox: 'text',
  spinbutton: 'number',
};

const NATIVE_CONTROLS = 'input, select, textarea';
const FORM_ATTRIBUTES = ['name', 'value', 'placeholder', 'required', 'aria-required'];
/** 请选择, --请选择--, 选择日期, Select…: what a widget shows while it holds nothing. */
/** What a range picker draws between its halves, and separators around a shown value. */
const CONNECTORS = /[至到止~～\-—–]/g;
const PROMPT = /^[-—\s]*(请\s*(选择|输入|填写|录入)|选择|select|please|--)/i;

function editable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function hasOwnControls(element: Element): boolean {
  if (element.querySelector(NATIVE_CONTROLS)) return true;
  const shadow = (element as HTMLElement).shadowRoot;
  return !!shadow?.querySelector(NATIVE_CONTROLS);
}

/**
 * The widget kind of an element that holds a value without a native control, or undefined
 * when it is none (or when the walk should go on into it: it has native controls).
 */
export function unknownWidget(element: Element): WidgetKind | undefined {
  const tag = element.localName;
  if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'option') return undefined;
  if (editable(element)) {
    // The editor's root only: inside it, paragraphs are its content.
    const parent = element.parentElement;
    if (parent && editable(parent)) return undefined;
    // A rich editor holds paragraphs; a one-line box holds text.
    const multiline =
      element.getAttribute('aria-multiline') === 'true' || !!element.querySelector('p, div, br, li');
    return multiline ? 'textarea' : 'text';
  }
  const role = element.getAttribute('role');
  const kind =
    role && VALUE_ROLES[role]
      ? VALUE_ROLES[role]
      : tag.includes('-') && FORM_ATTRIBUTES.some((name) => element.hasAttribute(name))
        ? 'text'
        : undefined;
  // Only then (it is rare) look inside: a widget built on native controls is read by those.
  return kind && !hasOwnControls(element) ? kind : undefined;
}

/** What the reader of an unknown widget returns: nothing it could vouch for. */
export function unreadableReading(): Reading {
  return { value: '', unreadable: true };
}

/** A native input that stands for a drawn select: its own value is not what the widget shows. */
export function standsForDrawnSelect(input: Element): boolean {
  const popup = input.getAttribute('aria-haspopup');
  const combobox = input.getAttribute('role') === 'combobox' || (!!popup && popup !== 'false');
  return combobox && (input as HTMLInputElement).readOnly === true;
}

const isEmpty = (value: string | string[]) =>
  Array.isArray(value) ? value.every((item) => item.trim() === '') : value.trim() === '';

/** The text a widget shows outside its controls, its popups and what it hides. */
function shownText(root: Element, visibility: Visibility): string {
  let out = '';
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      out += ` ${node.textContent ?? ''}`;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (element !== root) {
      if (
        element.matches(`${NATIVE_CONTROLS}, option, [role="listbox"], [role="option"], [aria-hidden="true"]`)
      )
        continue;
      if (POPUP_CLASSES.some((name) => hasClass(element, name))) continue;
      // A known library's drawn placeholder (「单位性质」 in grey) is no value.
      if (DRAWN_PLACEHOLDER && element.matches(DRAWN_PLACEHOLDER)) continue;
      if (!visibility.isVisible(element)) continue;
    }
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return clean(out);
}

/**
 * Whether a reading cannot be trusted: the widget reads empty, yet it is a drawn select or a
 * picker that shows text which is no prompt (a select of a library no adapter knows keeps its
 * choice in a `<span>`, not in its input), or a native input standing for a drawn select.
 */
export function readsEmptyButShows(
  draft: Draft,
  reading: Reading,
  visibility: Visibility,
  /** The field's label texts: a widget that shows its own label as a placeholder holds nothing. */
  labels: readonly string[],
): boolean {
  if (!isEmpty(reading.value) || reading.options?.some((option) => option.checked)) return false;
  const control = draft.controls[0];
  if (draft.root === control) {
    return draft.framework === 'native' && !!control && standsForDrawnSelect(control);
  }
  if (!draft.picker && draft.widget !== 'customSelect') return false;
  // A range picker draws its two halves' connector (「至」) between its inputs: no value.
  const text = shownText(draft.root, visibility).replace(CONNECTORS, '').trim();
  const placeholder = clean(control?.getAttribute('placeholder'));
  const bare = (item: string) => item.replace(/[*＊:：\s]/g, '');
  if (text === '' || PROMPT.test(text) || text === placeholder) return false;
  return !labels.some((label) => bare(label) !== '' && bare(label) === bare(text));
}
