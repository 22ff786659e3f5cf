import type { CrossFieldRule, FieldDef, FieldValues } from '@/lib/catalog';
import { checkAmount, checkMobile } from './formats';
import { displayLabel } from './labels';
import type { Issue } from './types';

/** Amount in 万元 as hundredths (分 of 万元), so sums compare exactly; undefined when not a valid amount. */
function amountInHundredths(value: unknown): number | undefined {
  // A value too long to be an amount is reported by its own field's check.
  if (typeof value !== 'string' || value.length > 200) return undefined;
  const result = checkAmount(value);
  if (!result.ok) return undefined;
  const [whole = '0', fraction = ''] = result.normalized.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

function formatHundredths(hundredths: number): string {
  return (hundredths / 100).toFixed(2).replace(/\.?0+$/, '');
}

/** Compares like values: phones by their normalised digits, other text trimmed. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return a === b;
  if (a.length > 200 || b.length > 200) return a === b;
  const mobileA = checkMobile(a);
  const mobileB = checkMobile(b);
  if (mobileA.ok && mobileB.ok) return mobileA.normalized === mobileB.normalized;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

export function checkCrossFieldRule(
  rule: CrossFieldRule,
  values: FieldValues,
  fieldsByKey: ReadonlyMap<string, FieldDef>,
): Issue[] {
  const label = (key: string) => {
    const field = fieldsByKey.get(key);
    return field ? displayLabel(field) : key;
  };
  const warn = (key: string, message: string): Issue => ({
    key,
    severity: 'warning',
    code: 'crossField',
    label: label(key),
    message,
  });
  switch (rule.type) {
    case 'sumEquals': {
      const total = amountInHundredths(values[rule.total]);
      const parts = rule.parts.map((key) => amountInHundredths(values[key]));
      if (total === undefined || parts.some((part) => part === undefined)) return [];
      const sum = parts.reduce<number>((acc, part) => acc + (part ?? 0), 0);
      if (sum === total) return [];
      const names = rule.parts.map(label).join(' + ');
      return [
        warn(
          rule.total,
          `应等于 ${names} 之和（${formatHundredths(sum)} 万元），当前为 ${formatHundredths(total)} 万元，请核对。`,
        ),
      ];
    }
    case 'notGreaterThan': {
      const value = amountInHundredths(values[rule.key]);
      const limit = amountInHundredths(values[rule.limit]);
      if (value === undefined || limit === undefined || value <= limit) return [];
      return [
        warn(
          rule.key,
          `（${formatHundredths(value)} 万元）超过了${label(rule.limit)}（${formatHundredths(limit)} 万元），请核对单位和数值。`,
        ),
      ];
    }
    case 'samePersonAgrees': {
      const [first, second] = rule.names;
      const nameA = values[first];
      const nameB = values[second];
      if (typeof nameA !== 'string' || nameA.trim() === '' || !sameValue(nameA, nameB)) return [];
      return rule.pairs
        .filter(
          ([a, b]) =>
            typeof values[a] === 'string' &&
            typeof values[b] === 'string' &&
            !sameValue(values[a], values[b]),
        )
        .map(([a, b]) =>
          warn(b, `与${label(a)}不一致：两处姓名相同（${nameA.trim()}），应为同一人，请核对。`),
        );
    }
  }
}
