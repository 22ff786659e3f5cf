import type { CustomFieldKind } from '@/lib/catalog';

/** What the 「添加栏目」 form holds, as typed. */
export interface CustomFieldForm {
  label: string;
  /** Other names, separated by 、，, or new lines. */
  aliases: string;
  kind: CustomFieldKind;
  /** choice: options separated like aliases. */
  options: string;
  /** longText: the 字数 limit, empty for none. */
  maxWords: string;
  required: boolean;
}

export interface CustomFieldDefinition {
  label: string;
  aliases: string[];
  kind: CustomFieldKind;
  required: boolean;
  options?: string[];
  maxWords?: number;
}

const splitList = (text: string) =>
  [...new Set(text.split(/[、，,;；\n]/).map((item) => item.trim()))].filter((item) => item !== '');

/**
 * The definition a form describes, or a zh-CN message saying what to fix. `taken` holds the
 * labels already in use (catalog and the user's own), so a field is never defined twice.
 */
export function parseCustomFieldForm(
  form: CustomFieldForm,
  taken: ReadonlySet<string>,
): { ok: true; field: CustomFieldDefinition } | { ok: false; message: string } {
  const label = form.label.trim();
  if (label === '')
    return { ok: false, message: '请填写栏目名称（页面上显示的标签，如「安全生产许可证」）。' };
  if (label.length > 100) return { ok: false, message: '栏目名称太长，请控制在 100 字以内。' };
  if (taken.has(label)) return { ok: false, message: `已有名为「${label}」的栏目，请直接在那里填写。` };
  const aliases = splitList(form.aliases).filter((alias) => alias !== label);
  if (aliases.length > 20) return { ok: false, message: '别名最多 20 个。' };
  const field: CustomFieldDefinition = { label, aliases, kind: form.kind, required: form.required };
  if (form.kind === 'choice') {
    const options = splitList(form.options);
    if (options.length < 2)
      return { ok: false, message: '单选栏目至少需要两个选项，用顿号或逗号隔开，如「是、否」。' };
    field.options = options;
  }
  if (form.kind === 'longText' && form.maxWords.trim() !== '') {
    const limit = Number(form.maxWords.trim());
    if (!Number.isInteger(limit) || limit <= 0)
      return { ok: false, message: '字数上限应为正整数，如 400；不限字数请留空。' };
    field.maxWords = limit;
  }
  return { ok: true, field };
}
