import type { FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import { type Issue, isFilled, isRequired } from '@/lib/validate';
import { FieldRow } from './FieldRow';
import { isFieldShown } from './visibility';

interface SectionEditorProps {
  id: string;
  title: string;
  fields: readonly FieldDef[];
  values: FieldValues;
  issues: readonly Issue[];
  onChange: (key: string, value: FieldValue | undefined) => void;
}

/** Completeness of a section: required cells filled, out of the required cells. */
export function sectionCompleteness(
  fields: readonly FieldDef[],
  values: FieldValues,
): { filled: number; total: number } {
  const required = fields.filter((field) => isRequired(field, values));
  return { filled: required.filter((field) => isFilled(values[field.key])).length, total: required.length };
}

export function SectionEditor({ id, title, fields, values, issues, onChange }: SectionEditorProps) {
  const shown = fields.filter((field) => isFieldShown(field, values));
  const { filled, total } = sectionCompleteness(shown, values);
  const percent = total === 0 ? 100 : Math.round((filled / total) * 100);
  return (
    <section className="section-editor" aria-labelledby={`${id}-title`} data-testid={`section:${id}`}>
      <header className="section-editor__header">
        <h3 id={`${id}-title`}>{title}</h3>
        <span className="completeness">
          <span
            className="completeness__bar"
            role="progressbar"
            aria-label={`${title}完成度`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span style={{ width: `${percent}%` }} />
          </span>
          <span data-testid={`completeness:${id}`}>
            已填 {filled} / {total}
          </span>
        </span>
      </header>
      {shown.map((field) => (
        <FieldRow
          key={field.key}
          field={field}
          value={values[field.key]}
          issues={issues.filter((issue) => issue.key === field.key)}
          required={isRequired(field, values)}
          onChange={onChange}
        />
      ))}
    </section>
  );
}
