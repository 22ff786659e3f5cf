import { DRAWN_PLACEHOLDER, FORM_ITEM, FORM_LABEL_CLASSES } from '../adapters';
import type { EvidenceSource, LabelEvidence } from '../types';
import { attr, byId, hasClass, isElement, isSelect } from './dom';
import type { Draft } from './draft';
import { labelledFormItem } from './form-item';
import type { PageIndex } from './page-index';
import { clean, isSilent, meaningful, parenthesised, stripPrompt, textOf } from './text';
import { isPromptOption } from './value';

/** Leaving one of these ends the search for preceding text: one field's cell, row or item (tables have cellLeft). */
const TEXT_BOUND = new Set([
  'td',
  'th',
  'tr',
  'table',
  'form',
  'fieldset',
  'section',
  'body',
  'dialog',
  'ul',
  'ol',
]);
/** Inline wrappers whose whole text is one label (`<label><span>*</span>上市日期</label>`). */
const INLINE = new Set(['span', 'label', 'b', 'strong', 'em', 'i', 'font', 'a', 'small', 'u']);
const CONTROL = new Set(['input', 'select', 'textarea']);

const MAX_STEPS = 80;
const GROUPS = new Set(['radioGroup', 'checkboxGroup']);

class Bag {
  readonly items: LabelEvidence[] = [];
  private readonly seen = new Set<string>();
  add(source: EvidenceSource, text: string | null | undefined): void {
    const value = clean(text);
    if (!value) return;
    const key = `${source}\u0000${value}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push({ source, text: value });
  }
}

function bounded(element: Element): boolean {
  // A library's form item is one field's row too.
  return TEXT_BOUND.has(element.localName) || (FORM_ITEM !== '' && element.matches(FORM_ITEM));
}

/** The last node of `node`'s subtree in document order, stopping at leaves we do not read. */
function lastLeaf(node: Node, index: PageIndex, self: number): Node | Element[] {
  let current: Node = node;
  for (;;) {
    if (isElement(current)) {
      if (index.ownedByOther(current, self)) return [current];
      if (CONTROL.has(current.localName) || isSilent(current)) return current;
      const last = current.lastChild;
      if (!last) return current;
      current = last;
      continue;
    }
    return current;
  }
}

/** Widens a text node to its inline wrapper when the wrapper holds nothing but text. */
function widen(text: Node, stopAt: Node): { node: Node; text: string } {
  let node: Node = text;
  let parent = text.parentElement;
  while (
    parent &&
    parent !== stopAt &&
    INLINE.has(parent.localName) &&
    !parent.querySelector('input, select, textarea')
  ) {
    node = parent;
    parent = parent.parentElement;
  }
  return { node, text: node === text ? clean(text.nodeValue) : textOf(node) };
}

/**
 * The nearest meaningful text before the anchor, inside its row or form item: the label a
 * user reads before the control. A bracketed note in between (（提供证明材料）) is kept and the
 * search goes on for one more text.
 */
export function precedingTexts(anchor: Element, index: PageIndex, self: number): string[] {
  const found: string[] = [];
  let node: Node = anchor;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const previous = node.previousSibling;
    if (previous) {
      const leaf = lastLeaf(previous, index, self);
      if (Array.isArray(leaf)) {
        // Right after an option such as 其他（请注明）：, that option names this box.
        const [owned] = leaf;
        if (found.length === 0 && owned && index.isOptionTarget(owned)) {
          const text = textOf(owned);
          if (meaningful(text)) found.push(text);
        }
        break;
      }
      node = leaf;
      if (leaf.nodeType !== 3) continue;
      const text = clean(leaf.nodeValue);
      if (!meaningful(text)) continue;
      const wide = widen(leaf, anchor);
      node = wide.node;
      found.push(wide.text);
      if (!parenthesised(wide.text) || found.length >= 2) break;
      continue;
    }
    const parent = node.parentNode;
    if (!parent || !isElement(parent) || bounded(parent)) break;
    if (index.ownedByOther(parent, self)) break;
    node = parent;
  }
  return found;
}

function labelTexts(bag: Bag, draft: Draft, index: PageIndex): void {
  const group = GROUPS.has(draft.widget);
  // A group's controls are its options: their labels are option texts, not the question.
  const targets = group ? [draft.root] : [draft.root, ...draft.controls];
  const wrapping = group ? null : (draft.controls[0]?.closest('label') ?? null);
  const seen = new Set<Element>();
  for (const target of targets) {
    for (const label of index.labels.labelsFor(target)) {
      if (seen.has(label) || label === wrapping) continue;
      seen.add(label);
      bag.add('labelFor', textOf(label));
    }
  }
  if (wrapping && !FORM_LABEL_CLASSES.some((name) => hasClass(wrapping, name)))
    bag.add('wrappingLabel', textOf(wrapping));
}

function ariaTexts(bag: Bag, draft: Draft): void {
  const group = GROUPS.has(draft.widget);
  const targets = group ? [draft.root] : [draft.root, ...draft.controls];
  for (const target of targets) {
    const aria = attr(target, 'aria-label');
    // element-ui labels its groups "checkbox-group" / "radio-group": a role, not a label.
    if (aria && !/^[\w-]*(group|select|input|picker)$/i.test(aria)) bag.add('ariaLabel', aria);
    const ids = attr(target, 'aria-labelledby');
    if (ids) for (const id of ids.split(/\s+/)) bag.add('ariaLabelledBy', textOf(byId(target, id)));
    const described = attr(target, 'aria-describedby');
    if (described) {
      for (const id of described.split(/\s+/)) bag.add('ariaDescribedBy', textOf(byId(target, id)));
    }
    if (!group) bag.add('title', attr(target, 'title'));
  }
}

function placeholders(bag: Bag, draft: Draft): void {
  if (GROUPS.has(draft.widget)) return;
  for (const control of draft.controls) {
    const text = stripPrompt(control.getAttribute('placeholder'));
    if (meaningful(text)) bag.add('placeholder', text);
  }
  // A native select's prompt option (「请选择是否上市公司」「请选择省份」) asks the question the way
  // a placeholder does: its text after the prompt words is the field's label (a bare 请选择,
  // 全部 or 无 says nothing).
  for (const control of draft.controls) {
    if (!isSelect(control) || control.multiple) continue;
    const prompt = Array.from(control.options).find(isPromptOption);
    const text = stripPrompt(clean(prompt?.text).replace(/^[-—=\s]+|[-—=\s]+$/g, ''));
    if (prompt && meaningful(text) && !/^(请?选择|请选择\S{0,2}|全部|无)$/.test(text))
      bag.add('placeholder', text);
  }
  // Some libraries draw a select's placeholder as text instead of an attribute.
  const drawn = DRAWN_PLACEHOLDER ? draft.root.querySelector?.(DRAWN_PLACEHOLDER) : null;
  if (drawn) {
    const text = stripPrompt(textOf(drawn));
    if (meaningful(text)) bag.add('placeholder', text);
  }
}

function names(bag: Bag, draft: Draft): void {
  for (const element of [draft.root, ...draft.controls]) {
    const name = attr(element, 'name');
    if (name && name !== 'file') {
      bag.add('name', name);
      break;
    }
  }
  for (const element of [draft.root, ...draft.controls]) {
    const id = attr(element, 'id');
    if (id) {
      bag.add('id', id);
      break;
    }
  }
}

function tableTexts(bag: Bag, draft: Draft, index: PageIndex): void {
  const cell = draft.root.closest('td, th');
  const table = cell?.closest('table');
  if (!cell || !table) return;
  const found = index.grid(table as HTMLTableElement).evidence(cell);
  if (!found) return;
  for (const text of found.left) bag.add('cellLeft', text);
  if (found.header) bag.add('columnHeader', found.header);
}

/** Every label the page shows for the field, with where it came from. */
export function gatherEvidence(draft: Draft, self: number, index: PageIndex): LabelEvidence[] {
  const bag = new Bag();
  labelTexts(bag, draft, index);
  const item = labelledFormItem(draft.root);
  if (item) bag.add('formItemLabel', item.text);
  ariaTexts(bag, draft);
  placeholders(bag, draft);
  tableTexts(bag, draft, index);
  for (const text of precedingTexts(draft.anchor, index, self)) bag.add('precedingText', text);
  names(bag, draft);
  return bag.items;
}
