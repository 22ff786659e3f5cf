import { describe, expect, it } from 'vitest';
import type { TruthEntry } from './generate';
import { judgeWritten, SAMPLE_VALUES, type SlotState } from './written';

const truth = (key: string, extra: Partial<TruthEntry> = {}): TruthEntry => ({
  slot: 's1',
  key,
  expected: key !== 'none',
  label: key,
  ...extra,
});
const text = (value: string): SlotState => ({
  slot: 's1',
  tag: 'input',
  type: 'text',
  value,
  checked: false,
});
const box = (type: 'radio' | 'checkbox', value: string, checked: boolean): SlotState => ({
  slot: 's1',
  tag: 'input',
  type,
  value,
  checked,
});

describe('judging what a browser fill wrote into a corpus control', () => {
  it('a text: the sample value is right, another value wrong, nothing empty', () => {
    const name = String(SAMPLE_VALUES['company.name']);
    expect(judgeWritten(truth('company.name'), [text(name)])).toBe('right');
    expect(judgeWritten(truth('company.name'), [text('别的公司')])).toBe('wrong');
    expect(judgeWritten(truth('company.name'), [text('')])).toBe('empty');
  });

  it('anything written where the truth says none, or where the sample has no value, is wrong', () => {
    expect(judgeWritten(truth('none'), [text('x')])).toBe('wrong');
    expect(judgeWritten(truth('none'), [box('radio', '1', true)])).toBe('wrong');
    expect(judgeWritten(truth('contact.fax', { expected: false }), [text('023')])).toBe('wrong');
    expect(judgeWritten(truth('none'), [text('')])).toBe('empty');
  });

  it('choices by their checked values; yes/no as 1/0; a date half by its digits', () => {
    const businesses = SAMPLE_VALUES['company.mainBusiness'] as string[];
    const all = businesses.map((value) => box('checkbox', value, true));
    expect(judgeWritten(truth('company.mainBusiness'), [...all, box('checkbox', 'zzz', false)])).toBe(
      'right',
    );
    expect(judgeWritten(truth('company.mainBusiness'), all.slice(1))).toBe('wrong');
    expect(judgeWritten(truth('company.listed'), [box('radio', '1', true), box('radio', '0', false)])).toBe(
      'right',
    );
    expect(judgeWritten(truth('company.listed'), [box('radio', '1', false), box('radio', '0', true)])).toBe(
      'wrong',
    );
    const period = SAMPLE_VALUES['project.period'] as { start: string; end: string };
    expect(judgeWritten(truth('project.period', { part: 'end' }), [text(period.end)])).toBe('right');
    expect(judgeWritten(truth('project.period', { part: 'end' }), [text(period.start)])).toBe('wrong');
  });
});
