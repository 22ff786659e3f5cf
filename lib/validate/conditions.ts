import type { Condition, FieldDef, FieldValue, FieldValues, Requirement } from '@/lib/catalog';

/** A value counts as given when it carries something a reviewer could read. */
export function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value))
    return value.some((item) => (typeof item === 'string' ? item.trim() !== '' : item != null));
  if (typeof value === 'object' && 'start' in value) return isFilled(value.start) || isFilled(value.end);
  // Anything else (a number, a foreign object) is present but of the wrong shape: the
  // shape check reports it instead of calling it empty.
  return true;
}

export function conditionHolds(condition: Condition, values: FieldValues): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((inner) => conditionHolds(inner, values));
  const value = values[condition.key];
  if ('filled' in condition) return isFilled(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return value === condition.equals;
}

export function requirementHolds(requirement: Requirement, values: FieldValues): boolean {
  if (requirement === 'always') return true;
  if (requirement === 'optional') return false;
  return conditionHolds(requirement.when, values);
}

export function isRequired(field: FieldDef, values: FieldValues): boolean {
  return requirementHolds(field.rules.required, values);
}

/** Keys a condition reads, so a change to one of them re-checks the dependent field. */
export function conditionKeys(condition: Condition): string[] {
  if ('anyOf' in condition) return condition.anyOf.flatMap(conditionKeys);
  return [condition.key];
}

/** Keys whose values decide whether `field` is required or how it is checked. */
export function fieldDependencies(field: FieldDef): string[] {
  const required = field.rules.required;
  const keys = typeof required === 'object' ? conditionKeys(required.when) : [];
  if (field.rules.exchangeKey) keys.push(field.rules.exchangeKey);
  return keys;
}
