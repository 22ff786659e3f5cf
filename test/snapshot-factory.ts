import type { FieldMatch, FieldSnapshot, PageSnapshot } from '@/lib/fill/types';

let counter = 0;

/** A snapshot field with sensible defaults, for unit tests of match, plan and report. */
export function makeField(overrides: Partial<FieldSnapshot> = {}): FieldSnapshot {
  counter += 1;
  return {
    id: `f${counter}`,
    widget: 'text',
    framework: 'native',
    evidence: [],
    context: [],
    value: '',
    readOnly: false,
    disabled: false,
    visible: true,
    order: counter,
    frame: '',
    ...overrides,
  };
}

export function makeSnapshot(fields: FieldSnapshot[]): PageSnapshot {
  return { url: 'http://www.xinxixiaofei.com/sfxm/', host: 'www.xinxixiaofei.com', fields };
}

export function matchOf(field: FieldSnapshot, key: string, extra: Partial<FieldMatch> = {}): FieldMatch {
  return { fieldId: field.id, key, score: 1, confident: true, reason: 'test', ...extra };
}
