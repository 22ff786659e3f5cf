import { h, uid } from './dom';
import { type FileInfo, OTHER } from './options';

/** The paper prints the 其他 option as 其他（请注明）： followed by the blank. */
const optionText = (option: string) => (option === OTHER ? '其他（请注明）：' : option);

/**
 * The page's own model. Every control writes here from its input/change events; 提交
 * validates and serialises this object, never the DOM. Paths are the server's field names,
 * dotted for a row's sub-items (申报联系人.手机).
 */
export interface FormState {
  values: Record<string, string>;
  checks: Record<string, string[]>;
  files: Record<string, FileInfo[]>;
}

export const state: FormState = { values: {}, checks: {}, files: {} };

/** Paths in table order: the payload is built in this order. */
export const fieldOrder: { path: string; kind: 'value' | 'checks' | 'lines' }[] = [];

interface Dependent {
  enabled: () => boolean;
  controls: (HTMLInputElement | HTMLTextAreaElement)[];
}
const dependents: Dependent[] = [];
const listeners: (() => void)[] = [];

export function onStateChange(listener: () => void): void {
  listeners.push(listener);
}

export function notify(): void {
  for (const dependent of dependents) {
    const enabled = dependent.enabled();
    for (const control of dependent.controls) control.disabled = !enabled;
  }
  for (const listener of listeners) listener();
}

/** Controls that stay disabled until a choice allows them (是 → 上市时间, 其他 → 请注明). */
export function enableWhen(
  enabled: () => boolean,
  ...controls: (HTMLInputElement | HTMLTextAreaElement)[]
): void {
  dependents.push({ enabled, controls });
  for (const control of controls) control.disabled = !enabled();
}

export function value(path: string): string {
  return state.values[path] ?? '';
}

interface InputOptions {
  type?: 'text' | 'date' | 'email' | 'tel';
  placeholder?: string;
  size?: 's' | 'm' | 'l';
  maxlength?: number;
}

export function textInput(path: string, options: InputOptions = {}): HTMLInputElement {
  fieldOrder.push({ path, kind: 'value' });
  state.values[path] = '';
  const input = h('input', {
    type: options.type ?? 'text',
    id: uid(),
    class: `ipt ipt-${options.size ?? 'l'}`,
    placeholder: options.placeholder,
    maxlength: options.maxlength,
    autocomplete: 'off',
  });
  const write = () => {
    state.values[path] = input.value;
    notify();
  };
  input.addEventListener('input', write);
  input.addEventListener('change', write);
  return input;
}

interface AreaOptions {
  rows?: number;
  placeholder?: string;
  /** 字数 limit: sets maxlength and shows the site's counter. */
  limit?: number;
  /** Stored as a list, one item per line (其他市级以上荣誉). */
  lines?: boolean;
}

export function textArea(path: string, options: AreaOptions = {}): HTMLElement {
  fieldOrder.push({ path, kind: options.lines ? 'lines' : 'value' });
  state.values[path] = '';
  const area = h('textarea', {
    id: uid(),
    class: 'area',
    rows: options.rows ?? 4,
    placeholder: options.placeholder,
    maxlength: options.limit,
  });
  const counter = options.limit ? h('div', { class: 'counter' }, `已输入 0/${options.limit} 字`) : null;
  area.addEventListener('input', () => {
    state.values[path] = area.value;
    if (counter && options.limit) {
      const count = [...area.value].length;
      counter.textContent = `已输入 ${count}/${options.limit} 字`;
      counter.classList.toggle('over', count > options.limit);
    }
    notify();
  });
  return counter ? h('div', { class: 'area-wrap' }, area, counter) : area;
}

/**
 * Radios drawn like the paper's □ options. They carry no name (the page has none), so the
 * page itself keeps a group exclusive: the checked one is whatever the state says.
 */
export function radioGroup(path: string, options: string[], inPayload = true): HTMLLabelElement[] {
  if (inPayload) fieldOrder.push({ path, kind: 'value' });
  state.values[path] = '';
  const radios = options.map((option) => h('input', { type: 'radio', id: uid(), value: option }));
  const sync = () => {
    for (const radio of radios) radio.checked = radio.value === state.values[path];
  };
  for (const radio of radios) {
    radio.addEventListener('change', () => {
      if (radio.checked) state.values[path] = radio.value;
      sync();
      notify();
    });
  }
  return radios.map((radio) => h('label', { class: 'opt', for: radio.id }, radio, optionText(radio.value)));
}

export function checkGroup(path: string, options: string[]): HTMLLabelElement[] {
  fieldOrder.push({ path, kind: 'checks' });
  state.checks[path] = [];
  const boxes = options.map((option) => h('input', { type: 'checkbox', id: uid(), value: option }));
  for (const box of boxes) {
    box.addEventListener('change', () => {
      const chosen = new Set(state.checks[path]);
      if (box.checked) chosen.add(box.value);
      else chosen.delete(box.value);
      // Keep the paper's option order whatever the click order was.
      state.checks[path] = options.filter((option) => chosen.has(option));
      notify();
    });
  }
  return boxes.map((box) => h('label', { class: 'opt', for: box.id }, box, optionText(box.value)));
}
