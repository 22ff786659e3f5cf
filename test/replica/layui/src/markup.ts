import type { Option, OptionGroup } from './options';

/**
 * HTML builders in the shape layui back-office pages are written by hand: `layui-form-item`
 * rows, `layui-inline` pairs, right-aligned `layui-form-label`s and native controls that
 * `form.render()` later hides behind its own widgets.
 */

/** How the site's messages name each field (usually its label), by input name. */
export const MESSAGE_NAMES = new Map<string, string>();

export interface FieldSpec {
  name: string;
  label: string;
  /** Required unless false; conditional fields are required only while shown. */
  required?: boolean;
  /** Extra layui verify rules (`rule1|rule2`). */
  verify?: string;
  /** Revealed by a 是/其他 choice: the rules wait in data-verify until then. */
  conditional?: boolean;
  /** The field's name in messages when the label alone is ambiguous (授予年份). */
  messageName?: string;
  placeholder?: string;
}

export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function verifyAttributes(spec: FieldSpec, verb: '填写' | '选择'): string {
  const messageName = spec.messageName ?? spec.label;
  MESSAGE_NAMES.set(spec.name, messageName);
  const rules = [spec.required === false ? '' : 'required', spec.verify ?? ''].filter(Boolean).join('|');
  if (!rules) return '';
  const attribute = spec.conditional ? 'data-verify' : 'lay-verify';
  return ` ${attribute}="${rules}" lay-reqtext="请${verb}${messageName}"`;
}

const star = (required: boolean): string => (required ? '<span class="sb-req">*</span>' : '');

export const label = (text: string, required = true, extraClass = ''): string =>
  `<label class="layui-form-label${extraClass ? ` ${extraClass}` : ''}">${star(required)}${text}</label>`;

export function input(spec: FieldSpec, id?: string): string {
  const placeholder = spec.placeholder ?? `请输入${spec.label.replace(/（.*）$/, '')}`;
  return `<input type="text" name="${spec.name}"${id ? ` id="${id}"` : ''}${verifyAttributes(spec, '填写')} placeholder="${escapeHtml(placeholder)}" autocomplete="off" class="layui-input">`;
}

export function textarea(spec: FieldSpec, maxLength?: number): string {
  const limit = maxLength ? ` maxlength="${maxLength}"` : '';
  const counter = maxLength
    ? `<div class="sb-counter" data-counter="${spec.name}"><em>0</em> / ${maxLength} 字</div>`
    : '';
  return `<textarea name="${spec.name}"${verifyAttributes(spec, '填写')}${limit} placeholder="${escapeHtml(spec.placeholder ?? '')}" class="layui-textarea"></textarea>${counter}`;
}

const optionTags = (options: readonly Option[]): string =>
  options.map((option) => `<option value="${option.value}">${option.label}</option>`).join('');

export function select(
  spec: FieldSpec,
  choices: readonly Option[] | readonly OptionGroup[],
  options: { search?: boolean; filter?: string } = {},
): string {
  const body = choices
    .map((choice) =>
      'group' in choice
        ? `<optgroup label="${choice.group}">${optionTags(choice.options)}</optgroup>`
        : optionTags([choice]),
    )
    .join('');
  const search = options.search ? ' lay-search' : '';
  return `<select name="${spec.name}" lay-filter="${options.filter ?? spec.name}"${verifyAttributes(spec, '选择')}${search}><option value="">${options.search ? '请选择或输入搜索' : '请选择'}</option>${body}</select>`;
}

/** Radios or checkboxes: the group's rule sits on its first native box, as layui pages do. */
function boxes(
  type: 'radio' | 'checkbox',
  spec: FieldSpec,
  options: readonly Option[],
  rule: string,
): string {
  MESSAGE_NAMES.set(spec.name, spec.messageName ?? spec.label);
  const skin = type === 'checkbox' ? ' lay-skin="primary"' : '';
  return options
    .map(
      (option, index) =>
        `<input type="${type}" name="${spec.name}" value="${option.value}" title="${option.label}"${skin} lay-filter="${spec.name}"${index === 0 ? ` lay-verify="${rule}"` : ''}>`,
    )
    .join('');
}

export const radios = (spec: FieldSpec, options: readonly Option[]): string =>
  boxes('radio', spec, options, 'choice');

export const checkboxes = (spec: FieldSpec, options: readonly Option[]): string =>
  boxes('checkbox', spec, options, 'choices');

interface InlineOptions {
  unit?: string;
  width?: 'short' | 'wide';
  labelClass?: string;
  required?: boolean;
}

/** One `layui-inline` label + control pair (two of them share a row). */
export function inline(text: string, control: string, options: InlineOptions = {}): string {
  const width = options.width ? ` sb-${options.width}` : '';
  const unit = options.unit ? `<div class="layui-form-mid layui-text-em">${options.unit}</div>` : '';
  return `<div class="layui-inline">${label(text, options.required ?? true, options.labelClass)}<div class="layui-input-inline${width}">${control}</div>${unit}</div>`;
}

interface ItemOptions {
  id?: string;
  hidden?: boolean;
  className?: string;
}

const itemAttributes = (options: ItemOptions, base: string): string => {
  const classes = [base, options.className ?? '', options.hidden ? 'layui-hide' : '']
    .filter(Boolean)
    .join(' ');
  return `class="${classes}"${options.id ? ` id="${options.id}"` : ''}`;
};

export const row = (inlines: string[], options: ItemOptions = {}): string =>
  `<div ${itemAttributes(options, 'layui-form-item')}>${inlines.join('')}</div>`;

/** A full-width row: label on the left, `layui-input-block` taking the rest. */
export function block(
  text: string,
  control: string,
  options: ItemOptions & { required?: boolean } = {},
): string {
  return `<div ${itemAttributes(options, 'layui-form-item')}>${label(text, options.required ?? true)}<div class="layui-input-block">${control}</div></div>`;
}

/** A narrative row of part 三: heading above a wide textarea. */
export function narrative(text: string, control: string): string {
  return `<div class="layui-form-item layui-form-text sb-narrative">${label(text, true)}<div class="layui-input-block">${control}</div></div>`;
}

export const section = (title: string, body: string): string =>
  `<fieldset class="layui-elem-field layui-field-title sb-section"><legend>${title}</legend></fieldset><div class="sb-section-body">${body}</div>`;

export const subhead = (text: string, note = ''): string =>
  `<div class="sb-subhead">${text}${note ? `<span class="sb-note">${note}</span>` : ''}</div>`;
