import { adapterFor } from '../adapters';
import type { Framework } from '../types';
import { blur, click, fireChange, fireInput, focus, nextFrame, pressKey, setNativeValue } from './events';

type DateInput = HTMLInputElement;

/**
 * Types a date into a picker's input the way its library accepts typing (the adapter's
 * `dateCommit`): `enter` pickers parse the typed text and commit on Enter; `set` pickers would
 * replace the typed text with their panel's date on Enter, so the input is set without
 * opening the panel; a native date input takes the ISO value directly. A picker whose adapter
 * says `dateOpen: 'press'` is pressed first.
 */
export async function setDateInput(input: DateInput, text: string, framework: Framework): Promise<void> {
  const { dateCommit: commit, dateOpen } = adapterFor(framework);
  if (commit === 'set') {
    setNativeValue(input, text);
    fireInput(input, text);
    fireChange(input);
    return;
  }
  // Some pickers take typing only once their input is pressed, as a user clicks into it.
  if (dateOpen === 'press') click(input);
  focus(input);
  // Pickers mount their panel a tick after focus; typing before that is lost.
  if (commit) await nextFrame();
  setNativeValue(input, text);
  fireInput(input, text);
  if (!commit) {
    fireChange(input);
    blur(input);
    return;
  }
  fireChange(input);
  pressKey(input, 'Enter');
}

/** Whether the picker keeps its panel open after a typed date (until blur or Escape). */
export function leavesPanelOpen(framework: Framework): boolean {
  return adapterFor(framework).dateCommit === 'enter';
}

/** Closes a picker panel left open after typing. */
export function closePicker(input: DateInput): void {
  pressKey(input, 'Escape');
  blur(input);
}

/** The start and end inputs of a range picker (two inputs in one widget). */
export function rangeInputs(root: Element, controls: readonly Element[]): [DateInput, DateInput] | undefined {
  const inputs = (controls.length >= 2 ? controls : [...root.querySelectorAll('input')]).filter(
    (element): element is DateInput => element.tagName === 'INPUT',
  );
  const [start, end] = inputs;
  return start && end ? [start, end] : undefined;
}
