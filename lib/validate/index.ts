import {
  CROSS_FIELD_RULES,
  type CrossFieldRule,
  type Edition,
  type FieldDef,
  type FieldValues,
  fieldIndex,
  fieldsFor,
} from '@/lib/catalog';
import { type CheckContext, checkField } from './check-field';
import { fieldDependencies } from './conditions';
import { checkCrossFieldRule } from './cross-field';
import type { Issue } from './types';

export { isFilled, isRequired } from './conditions';
export { displayLabel } from './labels';
export type * from './types';
export type { CheckContext };

export interface ValidateOptions {
  edition: Edition;
  /** Defaults to now; tests pass a fixed day. */
  today?: Date;
  /** The user's own fields (lib/catalog/custom.ts), checked after the form's. */
  extraFields?: readonly FieldDef[];
}

function contextOf(options: ValidateOptions): CheckContext {
  return { edition: options.edition, today: options.today ?? new Date() };
}

/**
 * Every issue of a whole application (profile + that fiscal year's figures + draft), in the
 * order the 申报书 prints the fields. Never throws, whatever the values hold.
 */
export function validateValues(values: FieldValues, options: ValidateOptions): Issue[] {
  const context = contextOf(options);
  const fields = [...fieldsFor(options.edition), ...(options.extraFields ?? [])];
  const byKey = fieldIndex(options.edition);
  const issues = fields.flatMap((field) => checkField(field, values, context));
  issues.push(...CROSS_FIELD_RULES.flatMap((rule) => checkCrossFieldRule(rule, values, byKey)));
  const order = new Map(fields.map((field, index) => [field.key, index]));
  return issues.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
}

/** Keys a cross-field rule reads: re-check it when any of them changes. */
export function keysOf(rule: CrossFieldRule): readonly string[] {
  switch (rule.type) {
    case 'sumEquals':
      return [rule.total, ...rule.parts];
    case 'notGreaterThan':
      return [rule.key, rule.limit];
    case 'samePersonAgrees':
      return [...rule.names, ...rule.pairs.flat()];
  }
}

/**
 * Issues after one field changed (a keystroke): that field's own checks, the fields whose
 * requirement depends on it, and the cross-field rules that read it.
 */
export function validateChange(key: string, values: FieldValues, options: ValidateOptions): Issue[] {
  const context = contextOf(options);
  const byKey = fieldIndex(options.edition);
  const field = byKey.get(key);
  if (!field) return [];
  const dependents = fieldsFor(options.edition).filter((other) => fieldDependencies(other).includes(key));
  return [
    ...checkField(field, values, context),
    ...dependents.flatMap((other) => checkField(other, values, context)),
    ...CROSS_FIELD_RULES.filter((rule) => keysOf(rule).includes(key)).flatMap((rule) =>
      checkCrossFieldRule(rule, values, byKey),
    ),
  ];
}
