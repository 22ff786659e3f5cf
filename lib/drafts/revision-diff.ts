import type { FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import { displayLabel } from '@/lib/validate';

export interface ValueChange {
  key: string;
  label: string;
  /** The value as the user reads it; 「（空）」 for an empty cell. */
  before: string;
  after: string;
}

const EMPTY = '（空）';

/** A stored value as text for the user: 是/否, lists with 、, 起止日期 with 至, files by name. */
export function valueText(value: FieldValue | undefined, field?: FieldDef): string {
  if (value === undefined || value === '') return EMPTY;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    const option = field?.options?.find((choice) => choice.value === value);
    return option?.label ?? value;
  }
  if ('start' in value) return `${value.start || '？'} 至 ${value.end || '？'}`;
  if (Array.isArray(value)) {
    if (value.length === 0) return EMPTY;
    return value
      .map((item) =>
        typeof item === 'string' ? (field?.options?.find((o) => o.value === item)?.label ?? item) : item.name,
      )
      .join('、');
  }
  return EMPTY;
}

/**
 * What differs between two saved states, field by field in the form's printed order (keys
 * the catalog does not know come last, by key): label, before → after.
 */
export function diffValues(
  before: FieldValues,
  after: FieldValues,
  fields: readonly FieldDef[],
): ValueChange[] {
  const known = new Map(fields.map((field) => [field.key, field]));
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const ordered = [
    ...fields.map((field) => field.key).filter((key) => keys.has(key)),
    ...[...keys].filter((key) => !known.has(key)).sort(),
  ];
  return ordered.flatMap((key) => {
    const field = known.get(key);
    const was = valueText(before[key], field);
    const now = valueText(after[key], field);
    return was === now ? [] : [{ key, label: field ? displayLabel(field) : key, before: was, after: now }];
  });
}
