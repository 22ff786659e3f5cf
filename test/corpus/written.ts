/**
 * Judges what a browser fill wrote into a corpus page, control by control, against the
 * page's truth and the sample applicant's values: the right value, a wrong one, or nothing.
 * Pure: the browser bench and the e2e sample read the page's state (`SlotState`) and call it.
 */
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { TruthEntry } from './generate';

/** One control as the page shows it after the fill. */
export interface SlotState {
  slot: string;
  /** input, textarea or select */
  tag: string;
  /** text, date, radio, checkbox … (the select's own type for a select) */
  type: string;
  value: string;
  checked: boolean;
}

export type Written = 'right' | 'wrong' | 'empty';

const KINDS = new Map(fieldsFor(LATEST_EDITION).map((field) => [field.key, field.kind]));
export const SAMPLE_VALUES: Readonly<Record<string, unknown>> = {
  ...SAMPLE_APPLICANT.company,
  ...(SAMPLE_APPLICANT.figuresByYear[LATEST_EDITION.fiscalYear] ?? {}),
  ...SAMPLE_APPLICANT.draft.values,
};

const compact = (text: string) => text.replace(/\s+/g, '');
const digits = (text: string) => text.replace(/\D/g, '');

/** The sample's value for a key (one half of a range) as the strings a control may hold. */
function expectedValue(truth: TruthEntry): string | string[] | undefined {
  const value = SAMPLE_VALUES[truth.key];
  if (value === undefined || value === null) return undefined;
  if (KINDS.get(truth.key) === 'yesNo' && typeof value === 'boolean') return value ? '1' : '0';
  if (truth.part && typeof value === 'object' && !Array.isArray(value)) {
    const half = (value as Record<string, unknown>)[truth.part];
    return typeof half === 'string' ? half : undefined;
  }
  if (Array.isArray(value)) return value.map(String);
  return String(value);
}

/** What the fill wrote into one truth entry's controls (every radio of a group shares a slot). */
export function judgeWritten(truth: TruthEntry, controls: readonly SlotState[]): Written {
  const boxes = controls.filter((control) => control.type === 'radio' || control.type === 'checkbox');
  const written =
    boxes.length > 0
      ? boxes.filter((box) => box.checked).map((box) => box.value)
      : controls.map((control) => control.value).filter((value) => value.trim() !== '');
  if (written.length === 0) return 'empty';
  if (truth.key === 'none' || !truth.expected) return 'wrong';
  const expected = expectedValue(truth);
  if (expected === undefined) return 'wrong';
  if (Array.isArray(expected)) {
    const want = new Set(expected);
    return written.length === want.size && written.every((value) => want.has(value)) ? 'right' : 'wrong';
  }
  const got = written[0] as string;
  const kind = KINDS.get(truth.key);
  if (kind === 'date' || kind === 'dateRange') return digits(got) === digits(expected) ? 'right' : 'wrong';
  return written.length === 1 && compact(got) === compact(expected) ? 'right' : 'wrong';
}
