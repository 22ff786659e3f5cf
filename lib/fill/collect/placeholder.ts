import { normalizeLabel } from '../normalize-label';
import type { EvidenceSource, FieldSnapshot } from '../types';

/** Evidence a user reads as the question itself. */
const QUESTION_SOURCES = new Set<EvidenceSource>([
  'labelFor',
  'wrappingLabel',
  'formItemLabel',
  'ariaLabel',
  'ariaLabelledBy',
  'cellLeft',
  'columnHeader',
  'precedingText',
]);

type SelectReading = Pick<FieldSnapshot, 'widget' | 'evidence' | 'value' | 'options'>;

/**
 * A select whose first option repeats the field's own label (「单位性质」 under 单位性质) shows
 * the question, not an answer: that option is a placeholder whatever its value, so it is
 * neither an option nor the page's value (and never a conflict in 检查).
 */
export function withoutLabelPlaceholder<T extends SelectReading>(field: T): T {
  if (field.widget !== 'nativeSelect' && field.widget !== 'customSelect') return field;
  const first = field.options?.[0];
  if (!first || !field.options) return field;
  const option = normalizeLabel(first.label);
  if (option === '') return field;
  const repeatsLabel = field.evidence.some(
    (item) => QUESTION_SOURCES.has(item.source) && normalizeLabel(item.text) === option,
  );
  if (!repeatsLabel) return field;
  const value =
    typeof field.value === 'string'
      ? field.value === first.label
        ? ''
        : field.value
      : field.value.filter((label) => label !== first.label);
  return { ...field, options: field.options.slice(1), value };
}
