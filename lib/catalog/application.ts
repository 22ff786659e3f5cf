import type { Edition, FieldValues } from './types';

/**
 * One application as the 申报书 shows it: the reusable company profile, the figures of the
 * edition's fiscal year (2020 asks for 2019) and the project draft, as one keyed record.
 */
export function applicationValues(
  company: FieldValues,
  figuresByYear: Readonly<Record<number, FieldValues>>,
  draft: FieldValues,
  edition: Edition,
): FieldValues {
  return { ...company, ...(figuresByYear[edition.fiscalYear] ?? {}), ...draft };
}
