import { attr, hasClass, inputType, isFieldInput } from '../collect/dom';
import type { Draft } from '../collect/draft';
import { clean, textOf } from '../collect/text';
import { unknownWidget, unreadableReading } from '../collect/unreadable';
import { readNativeSelect, readText, siteFileNames } from '../collect/value';
import type { Walker } from '../collect/walk';
import type { Framework, WidgetKind } from '../types';
import type { Adapter } from './types';

/**
 * Plain HTML controls, the base every library builds on: inputs, textareas, selects, radio
 * and checkbox groups, file inputs. Libraries that draw over a native control (a drawn select,
 * a date plugin, an upload button) or style one (a text box's class) say so in their adapter;
 * the library list comes in as `libraries` so this file names none.
 */

const DATE_TYPES = new Set(['date', 'datetime-local', 'month', 'week', 'time']);

/** A draft whose root is the control itself. */
export function controlDraft(
  walker: Walker,
  control: Element,
  widget: WidgetKind,
  framework: Framework,
): Draft {
  return {
    widget,
    framework,
    root: control,
    controls: [control],
    scope: walker.scope,
    anchor: control,
    read: readText,
  };
}

/** A file input: the visible widget is its styled label when the input is wrapped in one. */
function fileDraft(walker: Walker, input: HTMLInputElement): Draft {
  const label = input.closest('label');
  const root = label && label.querySelectorAll('input, select, textarea').length === 1 ? label : input;
  return {
    ...controlDraft(walker, input, 'file', NATIVE),
    root,
    anchor: root,
    read: () => siteFileNames(input),
  };
}

export const NATIVE = 'native';

/** Whether the adapter may speak for this element (libraries sharing a class prefix tell apart). */
export const claimedBy = (adapter: Adapter, element: Element): boolean =>
  !adapter.claims || adapter.claims(element);

/** The library that styles a plain text box (by its class), for the report and apply. */
function textFramework(control: Element, libraries: readonly Adapter[]): Framework {
  const styled = libraries.find(
    (adapter) => adapter.textClasses?.some((name) => hasClass(control, name)) && claimedBy(adapter, control),
  );
  return styled?.id ?? NATIVE;
}

/** The library that draws or wraps a native radio/checkbox. */
function boxFramework(input: HTMLInputElement, libraries: readonly Adapter[]): Framework {
  const drawn = libraries.find((adapter) => adapter.choice?.drawnBox?.(input));
  if (drawn) return drawn.id;
  const styled = libraries.find(
    (adapter) =>
      adapter.choice?.inputClasses?.some((name) => hasClass(input, name)) && claimedBy(adapter, input),
  );
  return styled?.id ?? NATIVE;
}

function overNative<T>(
  libraries: readonly Adapter[],
  attempt: (adapter: Adapter) => T | undefined,
): T | undefined {
  for (const adapter of libraries) {
    const found = attempt(adapter);
    if (found) return found;
  }
  return undefined;
}

const CHIP_ROLES = new Set(['radio', 'checkbox', 'switch']);

/**
 * Chips and buttons that are options by ARIA alone (`role=radio|checkbox|switch` with
 * aria-checked, no native input): the chips of one role in one group (`role=radiogroup|group`,
 * else their parent) are one question. The chips are both controls and what apply clicks.
 */
function chipDraft(chip: Element, role: string, walker: Walker): Draft | undefined {
  if (chip.querySelector('input[type="radio"], input[type="checkbox"]')) return undefined;
  const group = chip.closest('[role="radiogroup"], [role="group"]');
  const container = group ?? chip.parentElement ?? chip;
  const chips = Array.from(container.querySelectorAll(`[role="${role}"]`)).filter(
    (item) => !item.querySelector('input[type="radio"], input[type="checkbox"]'),
  );
  for (const other of chips) if (other !== chip) walker.claim(other);
  const widget = role === 'radio' ? 'radioGroup' : chips.length === 1 ? 'checkbox' : 'checkboxGroup';
  const root = group ?? (chips.length === 1 ? chip : container);
  return {
    widget,
    framework: NATIVE,
    root,
    controls: chips,
    optionTargets: chips,
    scope: walker.scope,
    anchor: chips[0] ?? chip,
    read: () => {
      // A chip's aria-label names its option; a switch's names the question it answers.
      const options = chips.map((item) => ({
        label: (role === 'switch' ? textOf(item) : clean(attr(item, 'aria-label') ?? textOf(item))) || 'on',
        checked: item.getAttribute('aria-checked') === 'true',
      }));
      const checked = options.filter((option) => option.checked).map((option) => option.label);
      return { value: widget === 'radioGroup' ? (checked[0] ?? '') : checked, options };
    },
  };
}

/** Native inputs, textareas and selects (and the library widgets built over them). */
export function recogniseNative(element: Element, walker: Walker, libraries: readonly Adapter[]): boolean {
  const tag = element.localName;
  if (tag === 'textarea') {
    walker.emit(controlDraft(walker, element, 'textarea', textFramework(element, libraries)));
    return true;
  }
  if (tag === 'select') {
    const select = element as HTMLSelectElement;
    const drawn = overNative(libraries, (adapter) => adapter.overNative?.select?.(select, walker));
    walker.emit(
      drawn ?? { ...controlDraft(walker, element, 'nativeSelect', NATIVE), read: readNativeSelect },
    );
    return true;
  }
  const role = element.getAttribute('role');
  if (tag !== 'input' && role && CHIP_ROLES.has(role)) {
    const chips = chipDraft(element, role, walker);
    if (chips) {
      walker.emit(chips);
      return true;
    }
  }
  if (tag !== 'input') {
    // A widget that takes a value without a native control (contenteditable, an ARIA value
    // role, a custom element): a field whose value cannot be read.
    const unknown = unknownWidget(element);
    if (!unknown) return false;
    walker.emit({ ...controlDraft(walker, element, unknown, NATIVE), read: unreadableReading });
    return true;
  }
  const input = element as HTMLInputElement;
  if (!isFieldInput(input)) return true;
  const type = inputType(input);
  if (type === 'radio' || type === 'checkbox') {
    walker.box(input, boxFramework(input, libraries));
    return true;
  }
  const drawn = overNative(libraries, (adapter) => adapter.overNative?.input?.(input, walker));
  if (drawn) {
    walker.emit(drawn);
    return true;
  }
  if (type === 'file') {
    walker.emit(fileDraft(walker, input));
    return true;
  }
  const widget: WidgetKind = DATE_TYPES.has(type) ? 'date' : 'text';
  walker.emit(controlDraft(walker, input, widget, textFramework(input, libraries)));
  return true;
}

/** The base adapter: what a plain HTML form needs. */
export const native: Adapter = {
  id: NATIVE,
  classPrefixes: [],
};
