/**
 * The events frameworks listen to. Values go through the prototype's value setter so React's
 * value tracker sees a change; then `input` (an InputEvent), `change` and `blur`, as a user's
 * typing would send. No composition events are sent, so IME guards (v-model's composing
 * flag) never hold the value back.
 */
type ValueElement = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export function setNativeValue(element: ValueElement, value: string): void {
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

function view(element: Element): Window & typeof globalThis {
  return (element.ownerDocument.defaultView ?? window) as Window & typeof globalThis;
}

export function fireInput(element: Element, data: string | null = null): void {
  const { InputEvent } = view(element);
  element.dispatchEvent(
    new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data }),
  );
}

export function fireChange(element: Element): void {
  element.dispatchEvent(new (view(element).Event)('change', { bubbles: true }));
}

export function focus(element: Element): void {
  if (element instanceof view(element).HTMLElement) element.focus({ preventScroll: true });
}

export function blur(element: Element): void {
  const { FocusEvent, HTMLElement } = view(element);
  if (element instanceof HTMLElement && element.ownerDocument.activeElement === element) element.blur();
  else {
    element.dispatchEvent(new FocusEvent('blur'));
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  }
}

/** Presses a key the way widgets read it (`key`, and the legacy `keyCode`/`which` some check). */
export function pressKey(element: Element, key: 'Enter' | 'Escape' | 'Tab'): void {
  const codes = { Enter: 13, Escape: 27, Tab: 9 } as const;
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    if (type === 'keypress' && key !== 'Enter') continue;
    const event = new (view(element).KeyboardEvent)(type, {
      key,
      code: key,
      bubbles: true,
      cancelable: true,
    });
    Object.defineProperty(event, 'keyCode', { get: () => codes[key] });
    Object.defineProperty(event, 'which', { get: () => codes[key] });
    element.dispatchEvent(event);
  }
}

/** A click as a user's: pointer and mouse down/up, then click (some widgets open on mousedown). */
export function click(element: Element): void {
  const { MouseEvent, PointerEvent } = view(element);
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  if (PointerEvent) element.dispatchEvent(new PointerEvent('pointerdown', init));
  element.dispatchEvent(new MouseEvent('mousedown', init));
  if (PointerEvent) element.dispatchEvent(new PointerEvent('pointerup', init));
  element.dispatchEvent(new MouseEvent('mouseup', init));
  element.dispatchEvent(new MouseEvent('click', init));
}

/** Types a whole value into a text box: focus, set, input, change. */
export function typeText(element: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  focus(element);
  setNativeValue(element, text);
  fireInput(element, text);
  fireChange(element);
}

export const nextFrame = (): Promise<void> => new Promise((done) => setTimeout(done, 16));

/** Waits until `probe` returns something, polling each frame, for at most `timeoutMs`. */
export async function waitFor<T>(
  probe: () => T | undefined | null,
  timeoutMs = 1500,
): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found) return found;
    if (Date.now() > deadline) return undefined;
    await nextFrame();
  }
}
