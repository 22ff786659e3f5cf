import { describe, expect, it } from 'vitest';
import {
  codePointLength,
  describeChars,
  NOTE_FULL_WIDTH_DIGITS,
  NOTE_FULL_WIDTH_LETTERS,
  normalizeInput,
} from './result';

describe('normalizeInput', () => {
  it('turns full-width digits and letters into half-width, with notes', () => {
    expect(normalizeInput('１２３ＡＢｃ')).toEqual({
      text: '123ABc',
      notes: [NOTE_FULL_WIDTH_DIGITS, NOTE_FULL_WIDTH_LETTERS],
    });
  });

  it('turns full-width punctuation into ASCII without a note', () => {
    expect(normalizeInput('（０１０）－６８２０８８８８')).toEqual({
      text: '(010)-68208888',
      notes: [NOTE_FULL_WIDTH_DIGITS],
    });
    expect(normalizeInput('a＠b．cn')).toEqual({ text: 'a@b.cn', notes: [] });
  });

  it('strips zero-width characters and trims, including the ideographic space', () => {
    expect(normalizeInput('\u3000\u200B138\u200D0013\uFEFF8000 \n')).toEqual({
      text: '13800138000',
      notes: [],
    });
  });

  it('keeps other characters as typed (no full NFKC)', () => {
    expect(normalizeInput('①㈱½').text).toBe('①㈱½');
  });

  it('adds no note when nothing was converted', () => {
    expect(normalizeInput(' 2019 ')).toEqual({ text: '2019', notes: [] });
  });
});

describe('codePointLength', () => {
  it('counts code points, lone surrogates as one', () => {
    expect(codePointLength('a👍\uD800中')).toBe(4);
  });
});

describe('describeChars', () => {
  it('quotes printable characters and names invisible ones by code point', () => {
    expect(describeChars(['O', ' ', '\uD800', '\u0007'])).toBe('“O”、U+0020、U+D800、U+0007');
  });

  it('lists each character once and at most five', () => {
    expect(describeChars([...'aabcdefg'])).toBe('“a”、“b”、“c”、“d”、“e”等');
  });
});
