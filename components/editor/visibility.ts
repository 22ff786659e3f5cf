import type { FieldDef, FieldValues } from '@/lib/catalog';
import { conditionHolds, isFilled } from '@/lib/validate/conditions';

/**
 * Whether the editor shows a field. Cells the 申报书 opens with a choice (是 → 上市时间,
 * 其他 → 请注明, 软件业企业 → 软件业务收入) appear once the choice is made, or while they still
 * hold a value; paired cells (an honour's level and year) are always shown.
 */
export function isFieldShown(field: FieldDef, values: FieldValues): boolean {
  const required = field.rules.required;
  if (typeof required !== 'object') return true;
  const condition = required.when;
  if ('filled' in condition || 'anyOf' in condition) return true;
  return conditionHolds(condition, values) || isFilled(values[field.key]);
}
