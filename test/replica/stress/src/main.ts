import { recordSubmission } from '../../shared/submission';
import { controlsOf, FORM, longGuidance, type Spec } from './fields';
import { CARD_CSS, PAGE_CSS } from './styles';

// Stress page for the benchmarks: copies of the 申报书 fields until the page holds exactly
// ?controls= form controls (default 2000); every third copy sits in an open shadow root and
// every third one two shadow roots deep; the first 申报单位简介 label is 100 KB of 填表说明.

const requested = Number.parseInt(new URLSearchParams(location.search).get('controls') ?? '', 10);
const TOTAL = Number.isFinite(requested) && requested >= 50 && requested <= 20_000 ? requested : 2000;
const LONG_LABEL_CHARS = 100_000;

const values: Record<string, string | string[]> = {};
let nextId = 0;
const sheet = new CSSStyleSheet();
sheet.replaceSync(CARD_CSS);
const pageSheet = new CSSStyleSheet();
pageSheet.replaceSync(PAGE_CSS);
document.adoptedStyleSheets = [pageSheet, sheet];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = '',
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

/** Every control writes to the page's state from its own events. */
function track(control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, key: string) {
  const write = () => {
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      const chosen = new Set((values[key] as string[] | undefined) ?? []);
      if (control.checked) chosen.add(control.value);
      else chosen.delete(control.value);
      values[key] = [...chosen];
    } else if (!(control instanceof HTMLInputElement && control.type === 'radio') || control.checked) {
      values[key] = control.value;
    }
  };
  control.addEventListener('input', write);
  control.addEventListener('change', write);
}

function field(spec: Spec, copy: number, budget: number, label?: string): HTMLElement {
  const key = `第${copy}份.${spec.label}`;
  const row = el('div', spec.kind === 'textarea' || spec.kind === 'checks' ? 'row wide' : 'row');
  const id = `s${nextId++}`;
  if (spec.kind === 'radios' || spec.kind === 'checks') {
    row.append(el('span', 'lbl', `${spec.label}：`));
    const name = `${spec.kind}${id}`;
    for (const option of spec.options.slice(0, budget)) {
      const input = el('input');
      input.type = spec.kind === 'radios' ? 'radio' : 'checkbox';
      input.name = name;
      input.value = option;
      input.id = `s${nextId++}`;
      track(input, key);
      const wrap = el('label', 'opt');
      wrap.append(input, option);
      row.append(wrap);
    }
    return row;
  }
  const caption = el('label', label ? 'lbl long' : 'lbl', label ?? `${spec.label}：`);
  caption.htmlFor = id;
  let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
  if (spec.kind === 'select') {
    control = el('select');
    for (const option of spec.options) control.add(new Option(option, option === '请选择' ? '' : option));
  } else if (spec.kind === 'textarea') {
    control = el('textarea');
    control.rows = 2;
  } else {
    control = el('input');
    control.type = spec.kind === 'date' ? 'date' : 'text';
  }
  control.id = id;
  track(control, key);
  row.append(caption, control);
  return row;
}

/** Fields of copy n until it is complete or the page's budget is spent. */
function copyFields(copy: number, remaining: number): { rows: HTMLElement[]; used: number } {
  const rows: HTMLElement[] = [];
  let used = 0;
  for (const spec of FORM) {
    const size = controlsOf(spec);
    // The last copy is cut short; groups that no longer fit are left out whole.
    if (size > remaining - used) continue;
    const long = copy === 1 && spec.label === '申报单位简介' ? longGuidance(LONG_LABEL_CHARS) : undefined;
    rows.push(field(spec, copy, size, long));
    used += size;
  }
  return { rows, used };
}

function card(copy: number, rows: HTMLElement[]): HTMLElement {
  const box = el('section', 'card');
  const grid = el('div', 'grid');
  grid.append(...rows);
  box.append(el('h3', '', `第 ${copy} 份申报书 · 申报单位及项目基本信息`), grid);
  return box;
}

/** A panel component of the page: its content lives in an open shadow root. */
class StressPanel extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
  }
}
customElements.define('sfxm-panel', StressPanel);
customElements.define('sfxm-subpanel', class extends StressPanel {});

function place(copy: number, content: HTMLElement): HTMLElement {
  if (copy % 3 === 1) return content;
  const outer = document.createElement('sfxm-panel');
  if (copy % 3 === 2) {
    outer.shadowRoot?.append(content);
    return outer;
  }
  const inner = document.createElement('sfxm-subpanel');
  inner.shadowRoot?.append(content);
  const frame = el('div', 'nest', '以下字段由子组件渲染');
  frame.append(inner);
  outer.shadowRoot?.append(frame);
  return outer;
}

const list = el('div', 'copies');
let placed = 0;
for (let copy = 1; placed < TOTAL; copy++) {
  const { rows, used } = copyFields(copy, TOTAL - placed);
  placed += used;
  list.append(place(copy, card(copy, rows)));
}

const header = el('header', 'topbar', '信息消费示范项目申报系统');
const title = el('div', 'title');
title.append(
  el('h2', '', '新型信息消费示范项目申报书 · 批量录入'),
  el('p', 'muted', `本页共 ${TOTAL} 个填报控件（?controls=500|1000|2000|4000），供性能与健壮性测试使用。`),
);
const submit = el('button', 'btn', '提 交');
submit.type = 'button';
submit.addEventListener('click', () => recordSubmission(values));
const actions = el('div', 'actions');
actions.append(submit);
const main = el('main', 'page');
main.append(title, list, actions);
document.body.append(header, main);
document.documentElement.dataset.stressControls = String(placed);
