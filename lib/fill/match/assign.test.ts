import { describe, expect, it } from 'vitest';
import { assign, type Proposal } from './assign';
import { partOfField, partOfText, resolveParts } from './parts';

const proposal = (
  fieldId: string,
  entry: number,
  score: number,
  extra: Partial<Proposal> = {},
): Proposal => ({
  fieldId,
  order: Number(fieldId.replace(/\D/g, '')),
  entry,
  score,
  reason: '',
  slot: 'single',
  ...extra,
});

const keysOf = (result: Map<string, Proposal>) =>
  Object.fromEntries(
    [...result].map(([field, item]) => [field, item.part ? `${item.entry}#${item.part}` : item.entry]),
  );

describe('assign', () => {
  it('is one-to-one by descending score', () => {
    const result = assign([
      proposal('f1', 0, 0.7),
      proposal('f2', 0, 0.9),
      proposal('f1', 1, 0.6),
      proposal('f2', 1, 0.8),
    ]);
    expect(keysOf(result)).toEqual({ f2: 0, f1: 1 });
  });

  it('breaks ties by document order, then catalog order', () => {
    expect(keysOf(assign([proposal('f2', 0, 0.8), proposal('f1', 0, 0.8)]))).toEqual({ f1: 0 });
    expect(keysOf(assign([proposal('f1', 3, 0.8), proposal('f1', 2, 0.8)]))).toEqual({ f1: 2 });
  });

  it('lets a list key take several fields', () => {
    const result = assign([
      proposal('f1', 5, 0.9, { slot: 'list' }),
      proposal('f2', 5, 0.9, { slot: 'list' }),
      proposal('f3', 5, 0.9, { slot: 'list' }),
    ]);
    expect(keysOf(result)).toEqual({ f1: 5, f2: 5, f3: 5 });
  });

  it('gives a range either one whole widget or one start and one end', () => {
    const halves = assign([
      proposal('f1', 7, 0.9, { slot: 'start', part: 'start' }),
      proposal('f2', 7, 0.9, { slot: 'end', part: 'end' }),
      proposal('f3', 7, 0.8, { slot: 'start', part: 'start' }),
      proposal('f4', 7, 0.7, { slot: 'whole' }),
    ]);
    expect(keysOf(halves)).toEqual({ f1: '7#start', f2: '7#end' });
    const whole = assign([
      proposal('f1', 7, 0.9, { slot: 'whole' }),
      proposal('f2', 7, 0.8, { slot: 'end', part: 'end' }),
    ]);
    expect(keysOf(whole)).toEqual({ f1: 7 });
  });

  it('puts learned mappings first: they take their key from a better-scored field', () => {
    const result = assign([
      proposal('f1', 0, 1),
      proposal('f2', 0, 1, { learned: true }),
      proposal('f1', 1, 0.7),
    ]);
    expect(keysOf(result)).toEqual({ f2: 0, f1: 1 });
  });
});

describe('date-range halves', () => {
  it.each([
    ['开始日期', 'start'],
    ['项目开始日期', 'start'],
    ['起始时间', 'start'],
    ['结束日期', 'end'],
    ['项目截止日期', 'end'],
    ['至', 'end'],
    ['起止日期', undefined],
    ['开始日期-结束日期', undefined],
    ['申报日期', undefined],
  ])('%s → %s', (text, part) => {
    expect(partOfText(text)).toBe(part);
  });

  it('votes over all texts and English names', () => {
    expect(partOfField(['起止日期'], ['startdate', 'start', 'date'])).toBe('start');
    expect(partOfField(['开始日期', '结束日期'], [])).toBeUndefined();
    expect(partOfField([], ['enddate', 'end', 'date'])).toBe('end');
  });

  it('keeps stated halves and gives the others the free halves in document order', () => {
    expect(
      resolveParts([
        { fieldId: 'a', order: 1 },
        { fieldId: 'b', order: 2 },
      ]),
    ).toEqual(
      new Map([
        ['a', 'start'],
        ['b', 'end'],
      ]),
    );
    expect(
      resolveParts([
        { fieldId: 'a', order: 1 },
        { fieldId: 'b', order: 2, stated: 'end' },
      ]),
    ).toEqual(
      new Map([
        ['b', 'end'],
        ['a', 'start'],
      ]),
    );
    // An unlabelled field after the end is not the start.
    expect(
      resolveParts([
        { fieldId: 'a', order: 1, stated: 'end' },
        { fieldId: 'b', order: 2 },
      ]),
    ).toEqual(new Map([['a', 'end']]));
    // Two that both say 开始: the second gets no half.
    expect(
      resolveParts([
        { fieldId: 'a', order: 1, stated: 'start' },
        { fieldId: 'b', order: 2, stated: 'start' },
      ]),
    ).toEqual(new Map([['a', 'start']]));
    // A lone unlabelled date could be either half.
    expect(resolveParts([{ fieldId: 'a', order: 1 }])).toEqual(new Map());
  });
});
