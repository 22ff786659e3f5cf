import { CHECKED_CLASSES, CHOICE_LABEL, CHOICE_WRAPPERS, drawnBox } from '../adapters';
import type { ChoiceSnapshot, Framework } from '../types';
import { attr, hasClass, isElement, isInput } from './dom';
import type { Draft, Reading } from './draft';
import type { LabelIndex } from './labels';
import { clean, meaningful, textOf } from './text';
import { readRange } from './value';
import type { Walker } from './walk';

/**
 * Radio and checkbox options, for every library: the wrappers, drawn boxes, option texts and
 * checked classes come from the adapters (lib/fill/adapters).
 */

/** A library's wrapper around one radio/checkbox: what the user clicks and what shows its text. */
export function frameworkWrapper(input: Element): Element | undefined {
  for (let node = input.parentElement, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    if (CHOICE_WRAPPERS.some((name) => hasClass(node, name))) return node;
  }
  return undefined;
}

/** The element a user clicks for one radio/checkbox: its drawn box, its wrapping label, or itself. */
export function boxTarget(input: HTMLInputElement): Element {
  return drawnBox(input) ?? frameworkWrapper(input) ?? input.closest('label') ?? input;
}

/** Text right after a bare box: `<input type=radio> 是`. */
function followingText(input: Element): string {
  let out = '';
  for (let node = input.nextSibling, steps = 0; node && steps < 4; node = node.nextSibling, steps++) {
    if (isElement(node)) {
      const tag = node.localName;
      if (tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'br') break;
      out += ` ${textOf(node)}`;
    } else if (node.nodeType === 3) {
      out += node.nodeValue ?? '';
    }
    if (meaningful(out)) break;
  }
  return clean(out);
}

/** The visible text of one option. */
export function boxLabel(input: HTMLInputElement, target: Element, labels: LabelIndex): string {
  const drawn = drawnBox(input);
  if (drawn) return attr(input, 'title') ?? textOf(drawn);
  if (target !== input) {
    const inner = (CHOICE_LABEL ? target.querySelector(CHOICE_LABEL) : null) ?? target;
    const text = textOf(inner);
    if (text) return text;
  }
  for (const label of labels.labelsFor(input)) {
    const text = textOf(label);
    if (text) return text;
  }
  return (
    attr(input, 'aria-label') ?? (followingText(input) || attr(input, 'title') || attr(input, 'value') || '')
  );
}

export function boxChecked(input: HTMLInputElement, target: Element): boolean {
  if (input.checked) return true;
  return target !== input && CHECKED_CLASSES.some((name) => hasClass(target, name));
}

/** Options and value of a radio or checkbox group (or a single checkbox). */
export function readBoxes(draft: Draft, labels: LabelIndex): Reading {
  const options: ChoiceSnapshot[] = [];
  draft.controls.forEach((control, index) => {
    if (!isInput(control)) return;
    const target = draft.optionTargets?.[index] ?? control;
    const option: ChoiceSnapshot = {
      label: boxLabel(control, target, labels),
      checked: boxChecked(control, target),
    };
    const value = control.getAttribute('value');
    if (value !== null) option.value = value;
    options.push(option);
  });
  const checked = options.filter((option) => option.checked).map((option) => option.label);
  const value = draft.widget === 'radioGroup' ? (checked[0] ?? '') : checked;
  return { value, options };
}

/**
 * A framework's radio or checkbox group (el-radio-group, ant-checkbox-group …): the wrappers a
 * user clicks are the option targets, the native inputs inside them the controls.
 */
export function frameworkGroup(
  element: Element,
  walker: Walker,
  widget: 'radioGroup' | 'checkboxGroup',
  framework: Framework,
  wrapper: string,
): Draft {
  const targets: Element[] = [];
  const controls: Element[] = [];
  for (const target of element.querySelectorAll(wrapper)) {
    const input = target.querySelector('input');
    if (!input) continue;
    targets.push(target);
    controls.push(input);
  }
  return {
    widget,
    framework,
    root: element,
    controls,
    optionTargets: targets,
    scope: walker.scope,
    anchor: element,
    read: (draft) => readBoxes(draft, walker.labels),
  };
}

/** A framework's range picker (el-date-editor--daterange, ant-picker-range): one widget, start and end inputs. */
export function rangePickerDraft(element: Element, walker: Walker, framework: Framework): Draft {
  return {
    widget: 'dateRange',
    framework,
    root: element,
    controls: Array.from(element.querySelectorAll('input')).slice(0, 2),
    scope: walker.scope,
    anchor: element,
    picker: true,
    read: readRange,
  };
}
