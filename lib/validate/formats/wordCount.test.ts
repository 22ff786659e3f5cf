import { describe, expect, it } from 'vitest';
import { countChars, countWords, measureLength } from './wordCount';

describe('countWords', () => {
  it('counts the example from the brief as Word does', () => {
    // 我们研发了(5) 5G(1) 应用(2) ，(1) 2019(1) 年收入(3) 100(1) 万元(2) 。(1)
    expect(countWords('我们研发了5G应用，2019年收入100万元。')).toBe(17);
  });

  it('counts each Han character, including extension A and B', () => {
    expect(countWords('㐀𠀀中')).toBe(3);
  });

  it('counts CJK and full-width punctuation one by one', () => {
    expect(countWords('“你好”……——·')).toBe(9);
    expect(countWords('《》【】、；：！？')).toBe(9);
    expect(countWords('ＡＢＣ１２３')).toBe(6);
  });

  it('counts kana and hangul syllables one by one', () => {
    expect(countWords('ひらがなカタカナ')).toBe(8);
    expect(countWords('한국어')).toBe(3);
  });

  it('counts a run of Latin letters, digits and ASCII punctuation as one word', () => {
    expect(countWords('AI, 5G and IoT.')).toBe(4);
    expect(countWords('e-mail: a@b.com')).toBe(2);
    expect(countWords('3.14')).toBe(1);
  });

  it('counts no whitespace, including the ideographic space and newlines', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \t\n\u3000 ')).toBe(0);
    expect(countWords('一\u3000二\n三')).toBe(3);
  });

  it('splits Latin runs at CJK characters', () => {
    expect(countWords('AI赋能IoT')).toBe(4);
  });

  it('keeps an emoji sequence joined by ZWJ in one word', () => {
    expect(countWords('👨‍👩‍👧')).toBe(1);
    expect(countWords('好👍')).toBe(2);
  });
});

describe('countChars', () => {
  it('counts code points, spaces and newlines included', () => {
    expect(countChars('')).toBe(0);
    expect(countChars('a b\n中')).toBe(5);
    expect(countChars('👍')).toBe(1);
    expect(countChars('\uD800x')).toBe(2);
  });
});

describe('measureLength', () => {
  it('enforces the larger count (characters, since each word has at least one)', () => {
    const m = measureLength('5G 应用', 100);
    expect(m).toEqual({ words: 3, chars: 5, counted: 5, limit: 100, status: 'ok' });
  });

  it('is near above 90% of the limit and over above the limit', () => {
    expect(measureLength('一'.repeat(90), 100).status).toBe('ok');
    expect(measureLength('一'.repeat(91), 100).status).toBe('near');
    expect(measureLength('一'.repeat(100), 100).status).toBe('near');
    expect(measureLength('一'.repeat(101), 100).status).toBe('over');
  });

  it('treats exactly 90% as ok and anything above as near', () => {
    expect(measureLength('一'.repeat(27), 30).status).toBe('ok');
    expect(measureLength('一'.repeat(28), 30).status).toBe('near');
    expect(measureLength('一'.repeat(360), 400).status).toBe('ok');
    expect(measureLength('一'.repeat(361), 400).status).toBe('near');
  });

  it('treats an empty text as ok', () => {
    expect(measureLength('', 400).status).toBe('ok');
  });
});
