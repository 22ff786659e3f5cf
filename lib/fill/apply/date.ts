import type { Framework } from '../types';
import { blur, fireChange, fireInput, focus, nextFrame, pressKey, setNativeValue } from './events';

type DateInput = HTMLInputElement;

/**
 * Types a date into a picker's input the way each library accepts typing:
 * element-ui and antd parse the typed text and commit on Enter; layui's laydate would replace
 * the typed text with its panel's date on Enter, so its input is set without opening the
 * panel; a native date input takes the ISO value directly.
 */
export async function setDateInput(input: DateInput, text: string, framework: Framework): Promise<void> {
  if (framework === 'layui') {
    setNativeValue(input, text);
    fireInput(input, text);
    fireChange(input);
    return;
  }
  focus(input);
  // element-ui mounts its picker panel a tick after focus; typing before that is lost.
  if (framework !== 'native') await nextFrame();
  setNativeValue(input, text);
  fireInput(input, text);
  if (framework === 'native') {
    fireChange(input);
    blur(input);
    return;
  }
  fireChange(input);
  pressKey(input, 'Enter');
}

/** Closes a picker panel left open after typing (element/antd keep it open until blur or Escape). */
export function closePicker(input: DateInput): void {
  pressKey(input, 'Escape');
  blur(input);
}

/** The start and end inputs of a range picker (el-date-editor--daterange, ant-picker-range). */
export function rangeInputs(root: Element, controls: readonly Element[]): [DateInput, DateInput] | undefined {
  const inputs = (controls.length >= 2 ? controls : [...root.querySelectorAll('input')]).filter(
    (element): element is DateInput => element.tagName === 'INPUT',
  );
  const [start, end] = inputs;
  return start && end ? [start, end] : undefined;
}
