import type { FieldDef, FieldValue } from '@/lib/catalog';
import type { Issue } from '@/lib/validate';
import { displayLabel } from '@/lib/validate/labels';
import { FieldInput } from './FieldInput';
import { WordCounter } from './WordCounter';

interface FieldRowProps {
  field: FieldDef;
  value: FieldValue | undefined;
  issues: readonly Issue[];
  required: boolean;
  onChange: (key: string, value: FieldValue | undefined) => void;
}

/** One cell of the 申报书: label as printed, the printed hint, the widget, its 字数 and its issues. */
export function FieldRow({ field, value, issues, required, onChange }: FieldRowProps) {
  const id = `field-${field.key.replaceAll('.', '-')}`;
  const describedBy = [
    field.hint ? `${id}-hint` : undefined,
    field.rules.maxWords ? `${id}-count` : undefined,
    issues.length > 0 ? `${id}-issues` : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  const hasError = issues.some((issue) => issue.severity === 'error');
  return (
    <div className={`field-row${hasError ? ' field-row--error' : ''}`} data-field-row={field.key}>
      <label id={`${id}-label`} htmlFor={id} className="field-row__label">
        {required && (
          <span className="field-row__required" aria-hidden="true">
            *
          </span>
        )}
        {displayLabel(field)}
        {field.unit && !field.label.includes(field.unit) ? `（${field.unit}）` : ''}
      </label>
      <div className="field-row__control">
        <FieldInput
          field={field}
          id={id}
          value={value}
          describedBy={describedBy || undefined}
          invalid={hasError}
          onChange={(next) => onChange(field.key, next)}
        />
        {field.hint && (
          <span id={`${id}-hint`} className="field-row__hint">
            {field.hint}
          </span>
        )}
        {field.rules.maxWords && (
          <WordCounter
            id={`${id}-count`}
            text={typeof value === 'string' ? value : ''}
            limit={field.rules.maxWords}
          />
        )}
        {issues.length > 0 && (
          <ul id={`${id}-issues`} className="field-row__issues" data-testid={`issues:${field.key}`}>
            {issues.map((issue) => (
              <li key={`${issue.code}:${issue.message}`} className={`issue issue--${issue.severity}`}>
                {issue.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
