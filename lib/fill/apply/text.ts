import { blur, fireChange, fireInput, focus, setNativeValue } from './events';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** The text box a widget wraps (el-input, ant-input-number, …), or the element itself. */
export function textControl(root: Element, controls: readonly Element[]): TextControl | undefined {
  const candidates = [...controls, root];
  for (const element of candidates) {
    const name = element.tagName;
    if (name === 'INPUT' || name === 'TEXTAREA') {
      const input = element as TextControl;
      if (
        input.type !== 'hidden' &&
        input.type !== 'file' &&
        input.type !== 'radio' &&
        input.type !== 'checkbox'
      ) {
        return input;
      }
    }
  }
  return (
    root.querySelector<TextControl>(
      'textarea, input:not([type=hidden]):not([type=file]):not([type=radio]):not([type=checkbox])',
    ) ?? undefined
  );
}

/**
 * Sets a text box as typing would. A maxlength is respected by the user's typing but not by a
 * value set in script, so the value is set whole and the site's own check decides.
 */
export function setText(control: TextControl, text: string): void {
  focus(control);
  setNativeValue(control, text);
  fireInput(control, text);
  fireChange(control);
  blur(control);
}
