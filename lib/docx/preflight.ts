import type { Edition, FieldDef, FieldValues } from '@/lib/catalog';
import { type Issue, validateValues } from '@/lib/validate';

/** The user's own fields a draft sees (lib/store/custom-fields.ts, customFieldsView). */
export interface CustomView {
  fields: readonly FieldDef[];
  values: FieldValues;
}

/**
 * What blocks a final export: the errors the dashboard shows (validateValues), so an empty
 * required cell (填表须知 二：栏目不得空缺) is reported before the document is made. Warnings
 * (a sum that does not add up, a text near its limit) do not block. The user's own fields are
 * never printed, but their errors (必填, 字数 over a limit) are listed too, after the form's
 * (issuesBySection puts them under 自定义栏目), as the editor's count and the overview count them.
 */
export function preflight(values: FieldValues, edition: Edition, today: Date, custom?: CustomView): Issue[] {
  return validateValues(custom ? { ...values, ...custom.values } : values, {
    edition,
    today,
    ...(custom ? { extraFields: custom.fields } : {}),
  }).filter((issue) => issue.severity === 'error');
}

/** Characters Windows and macOS do not allow in file names (control characters aside). */
const UNSAFE = /[\\/:*?"<>|]/g;

const printable = (text: string) => [...text].filter((char) => (char.codePointAt(0) ?? 0) >= 32).join('');

/** 申报书-<项目名称>-YYYYMMDD.docx (-草稿 for a draft export). */
export function exportFileName(values: FieldValues, today: Date, draft: boolean): string {
  const raw = values['project.name'];
  const name = (typeof raw === 'string' ? printable(raw).replace(UNSAFE, '').trim() : '') || '未命名项目';
  const day = `${today.getFullYear()}${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}`;
  return `申报书-${name.slice(0, 80)}-${day}${draft ? '-草稿' : ''}.docx`;
}
