import { applicationValues, type FieldValues, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';

/** A fixed day for tests that check 年份不能晚于今年. */
export const TEST_TODAY = new Date('2020-05-06T10:00:00+08:00');

/**
 * The sample applicant's 2020 application (profile + 2019 figures + draft) as one keyed
 * record, with overrides. `undefined` in overrides removes a value.
 */
export function makeApplication(overrides: Record<string, unknown> = {}): FieldValues {
  const edition = findEdition(SAMPLE_APPLICANT.draft.editionId) ?? LATEST_EDITION;
  const base = applicationValues(
    SAMPLE_APPLICANT.company,
    SAMPLE_APPLICANT.figuresByYear,
    SAMPLE_APPLICANT.draft.values,
    edition,
  );
  const merged: Record<string, unknown> = { ...base, ...overrides };
  for (const [key, value] of Object.entries(overrides)) if (value === undefined) delete merged[key];
  return merged as FieldValues;
}

/** A text of `count` CJK characters (each counts 1 字 and 1 character). */
export function hanText(count: number): string {
  const source = '信息消费示范项目建设内容投资概况研发应用水平';
  let text = '';
  for (let index = 0; index < count; index += 1) text += source[index % source.length];
  return text;
}
