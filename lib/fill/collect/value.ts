import { UPLOAD_CONTAINERS } from '../adapters';
import type { ChoiceSnapshot } from '../types';
import { isInput, isSelect } from './dom';
import type { Draft, Reading } from './draft';
import { clean, textOf } from './text';

/** The first control's text value (input, textarea). */
export function readText(draft: Draft): Reading {
  const control = draft.controls[0] as HTMLInputElement | undefined;
  return { value: typeof control?.value === 'string' ? control.value : '' };
}

/**
 * A select's placeholder, never a choice: one whose text is a prompt (「--请选择--」, even with
 * value -1) or blank; in a single select also any option with an empty value whatever its
 * text says (「单位性质」, the field's own label), a hidden one, and a disabled one shown as the
 * default. A multiple select shows no default, so its empty-valued 「无」 is a choice.
 */
export function isPromptOption(option: HTMLOptionElement): boolean {
  const text = clean(option.text);
  if (/^[-—\s]*(请选择|请输入|选择)|^[-—\s]*$/.test(text)) return true;
  const select = option.closest('select') as HTMLSelectElement | null;
  if (select?.multiple) return false;
  return option.value === '' || option.hasAttribute('hidden') || (option.disabled && option.defaultSelected);
}

/** A native <select>'s options and selected labels (also behind a library's drawn select). */
export function selectReading(select: HTMLSelectElement): Reading {
  const options: ChoiceSnapshot[] = [];
  const chosen: string[] = [];
  for (const option of Array.from(select.options ?? [])) {
    const label = clean(option.label || option.text);
    if (isPromptOption(option)) continue;
    options.push({ label, value: option.value, checked: option.selected });
    if (option.selected) chosen.push(label);
  }
  return { value: select.multiple ? chosen : (chosen[0] ?? ''), options };
}

export function readNativeSelect(draft: Draft): Reading {
  const select = draft.controls.find(isSelect);
  return select ? selectReading(select) : { value: '' };
}

/** Splits a one-input range (`2019-07-01 - 2021-06-30`, or 至 / ~). */
export function splitRange(text: string): [string, string] {
  const match =
    /^\s*(.*?\S)\s+(?:-|~|至|到)\s+(\S.*?)\s*$/.exec(text) ??
    /^\s*(.+?)\s*(?:至|~|到)\s*(.+?)\s*$/.exec(text);
  if (match) return [match[1] ?? '', match[2] ?? ''];
  return [text.trim(), ''];
}

export function readRange(draft: Draft): Reading {
  const inputs = draft.controls.filter(isInput);
  if (inputs.length >= 2) return { value: [inputs[0]?.value ?? '', inputs[1]?.value ?? ''] };
  return { value: splitRange(inputs[0]?.value ?? '') };
}

/** File names: those chosen in the input, else the list the upload widget shows. */
export function fileNames(
  input: Element | undefined,
  list: Element | null | undefined,
  itemSelector: string,
): string[] {
  const files = input && isInput(input) ? input.files : null;
  if (files && files.length > 0) return Array.from(files, (file) => file.name);
  if (!list) return [];
  return Array.from(
    list.querySelectorAll(itemSelector),
    (item) => item.getAttribute('title')?.trim() || textOf(item),
  ).filter(Boolean);
}

/** Words a site's empty upload list shows instead of file names. */
const NO_FILE = /^(未上传|暂无|无|未选择(任何)?文件|没有文件|尚未上传)/;

/**
 * The names of a native (or drawn-over native) file slot: the files chosen in the input, else the site's
 * own list of uploaded files in the same row or form item (「2019年度审计报告.pdf（1.0 KB）」),
 * which stays after the input is cleared by an upload or a reload.
 */
export function siteFileNames(input: HTMLInputElement): Pick<Reading, 'value' | 'fileSource'> {
  const chosen = input.files ? Array.from(input.files, (file) => file.name) : [];
  if (chosen.length > 0) return { value: chosen, fileSource: 'input' };
  const container = input.closest(['tr, li, .form-item, .upload-item', ...UPLOAD_CONTAINERS].join(', '));
  const list = container?.querySelector('[class*="file-list"], [class*="upload-list"], [class*="files"]');
  if (!list || list.contains(input)) return { value: [] };
  const names = Array.from(list.querySelectorAll('li, [class*="file-name"]'), (item) =>
    textOf(item)
      .replace(/[（(][^（()）]*(KB|MB|B|字节)[)）]\s*$/i, '')
      .trim(),
  ).filter((name) => name !== '' && !NO_FILE.test(name));
  return { value: [...new Set(names)], fileSource: 'list' };
}
