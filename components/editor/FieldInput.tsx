import type { FieldDef, FieldValue } from '@/lib/catalog';

interface FieldInputProps {
  field: FieldDef;
  id: string;
  value: FieldValue | undefined;
  describedBy: string | undefined;
  invalid: boolean;
  onChange: (value: FieldValue | undefined) => void;
}

const asText = (value: FieldValue | undefined) => (typeof value === 'string' ? value : '');
const asList = (value: FieldValue | undefined): readonly string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** The widget for one catalog field, chosen by its kind: no per-field code. */
export function FieldInput({ field, id, value, describedBy, invalid, onChange }: FieldInputProps) {
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'data-testid': `field:${field.key}`,
  };
  const text = (next: string) => onChange(next === '' ? undefined : next);

  switch (field.kind) {
    case 'longText':
      return (
        <textarea
          {...common}
          rows={field.rules.maxWords ? 8 : 6}
          value={asText(value)}
          onChange={(e) => text(e.target.value)}
        />
      );
    case 'textList':
      return (
        <textarea
          {...common}
          rows={3}
          placeholder="每行一项"
          value={asList(value).join('\n')}
          onChange={(e) => {
            const lines = e.target.value.split('\n');
            onChange(lines.some((line) => line.trim() !== '') ? lines : undefined);
          }}
        />
      );
    case 'date':
      return <input {...common} type="date" value={asText(value)} onChange={(e) => text(e.target.value)} />;
    case 'dateRange': {
      const range = value && typeof value === 'object' && 'start' in value ? value : { start: '', end: '' };
      const update = (next: { start: string; end: string }) =>
        onChange(next.start === '' && next.end === '' ? undefined : next);
      return (
        <fieldset className="date-range" {...common} id={undefined} aria-labelledby={`${id}-label`}>
          <input
            id={id}
            type="date"
            aria-label={`${field.label}（开始）`}
            value={range.start}
            onChange={(e) => update({ ...range, start: e.target.value })}
          />
          <span aria-hidden="true"> 至 </span>
          <input
            type="date"
            aria-label={`${field.label}（结束）`}
            value={range.end}
            onChange={(e) => update({ ...range, end: e.target.value })}
          />
        </fieldset>
      );
    }
    case 'yesNo':
      return (
        <ChoiceGroup
          {...common}
          name={id}
          type="radio"
          options={[
            { value: 'no', label: '否' },
            { value: 'yes', label: '是' },
          ]}
          chosen={value === true ? ['yes'] : value === false ? ['no'] : []}
          onToggle={(option) => onChange(option === 'yes')}
        />
      );
    case 'singleChoice':
      return (
        <ChoiceGroup
          {...common}
          name={id}
          type="radio"
          options={field.options ?? []}
          chosen={typeof value === 'string' ? [value] : []}
          onToggle={(option) => onChange(option)}
        />
      );
    case 'multiChoice': {
      const chosen = asList(value);
      return (
        <ChoiceGroup
          {...common}
          name={id}
          type="checkbox"
          options={field.options ?? []}
          chosen={chosen}
          onToggle={(option) => {
            const next = chosen.includes(option)
              ? chosen.filter((item) => item !== option)
              : [...chosen, option];
            onChange(next.length > 0 ? next : undefined);
          }}
        />
      );
    }
    case 'attachment':
      return null;
    default:
      return (
        <input
          {...common}
          type="text"
          inputMode={
            field.kind === 'amount'
              ? 'decimal'
              : field.kind === 'integer' || field.kind === 'year'
                ? 'numeric'
                : undefined
          }
          value={asText(value)}
          onChange={(e) => text(e.target.value)}
        />
      );
  }
}

interface ChoiceGroupProps {
  id: string;
  name: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  'data-testid': string;
}

function ChoiceGroup({ id, name, type, options, chosen, onToggle, ...rest }: ChoiceGroupProps) {
  return (
    <fieldset className="choice-group" aria-labelledby={`${id}-label`} {...rest}>
      {options.map((option, index) => (
        <label key={option.value} className="choice-group__option">
          <input
            id={index === 0 ? id : undefined}
            type={type}
            name={name}
            value={option.value}
            checked={chosen.includes(option.value)}
            onChange={() => onToggle(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
