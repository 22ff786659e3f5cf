import { describe, expect, it } from 'vitest';
import { countChars, countWords, judgeWordLimit } from './wordCount';

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

const REASON = {
  letters: '数字和英文在 Word 里连续的一串只算 1 字，按字符则逐个计',
  symbols: '连续的符号或表情在 Word 里一串只算 1 字，按字符则逐个计',
  invisible: '组合表情的连接符等不可见字符不计入 Word 字数，按字符则计入',
};

describe('judgeWordLimit: exact numbers on mixed text', () => {
  it.each([
    // [text, 字数, characters]
    ['pure CJK', '信息消费示范项目', 8, 8],
    ['CJK and digits', '2019年营业收入12360万元', 9, 16],
    ['the brief’s sentence', '我们研发了5G应用，2019年收入100万元。', 17, 23],
    ['Latin words', 'SaaS', 1, 4],
    ['Latin words with spaces', 'AI, 5G and IoT.', 4, 15],
    ['full-width punctuation', '“你好”，《申报书》！', 11, 11],
    ['full-width letters and digits', 'ＳａａＳ５Ｇ', 6, 6],
    ['line breaks', '第一行\n第二行\r\n第三行', 9, 12],
    ['the ideographic space', '一\u3000二', 2, 3],
    ['an emoji', '好👍', 2, 2],
    ['an emoji sequence', '👨‍👩‍👧', 1, 5],
  ] as const)('%s', (_name, text, words, chars) => {
    expect(judgeWordLimit(text, 400)).toMatchObject({ words, chars, limit: 400, verdict: 'ok', tone: 'ok' });
  });

  it('an error only when Word’s 字数 is above the limit, saying how much to cut', () => {
    expect(judgeWordLimit('字'.repeat(401), 400)).toEqual({
      words: 401,
      chars: 401,
      limit: 400,
      verdict: 'over',
      tone: 'error',
      counter: '401 / 400 字',
      message: '超过 400 字上限：按 Word 字数统计为 401 字，请删减 1 字。',
    });
  });

  it('an error with figures in it states both counts', () => {
    // 年营业收入(5) 2019(1) × 45 = 270 字 … plus 131 字 = 401 字; characters add 3 per 2019.
    const text = `${'2019年营业收入'.repeat(45)}${'字'.repeat(131)}`;
    expect(judgeWordLimit(text, 400)).toMatchObject({
      words: 401,
      chars: 536,
      verdict: 'over',
      counter: '401 / 400 字',
      message: `超过 400 字上限：按 Word 字数统计为 401 字，请删减 1 字；按字符计为 536 个（${REASON.letters}）。`,
    });
  });

  it('a warning with both numbers and the reason when only the characters are above the limit', () => {
    // 2019年营业收入12360万元 is 9 字 and 16 characters.
    expect(judgeWordLimit('2019年营业收入12360万元', 10)).toEqual({
      words: 9,
      chars: 16,
      limit: 10,
      verdict: 'charsOver',
      tone: 'warning',
      counter: '9 / 10 字',
      message:
        `按 Word 字数统计为 9 字，未超过 10 字上限；但按字符计为 16 个（${REASON.letters}）。` +
        '如果审核方按字符计数，可能被认为超出，建议删减 6 个字符。',
    });
  });

  it('392 字 and 412 characters, as in the issue, is a warning to cut 12 characters', () => {
    // 营收12360万元 is 5 字 and 9 characters: × 5 is 25 字, 45 characters; 367 more 字.
    const text = `${'营收12360万元'.repeat(5)}${'网'.repeat(367)}`;
    const judgement = judgeWordLimit(text, 400);
    expect([judgement.words, judgement.chars, judgement.verdict]).toEqual([392, 412, 'charsOver']);
    expect(judgement.counter).toBe('392 / 400 字');
    expect(judgement.message).toBe(
      `按 Word 字数统计为 392 字，未超过 400 字上限；但按字符计为 412 个（${REASON.letters}）。` +
        '如果审核方按字符计数，可能被认为超出，建议删减 12 个字符。',
    );
  });

  it('names each reason the counts differ: spaces, line breaks, symbols, joiners', () => {
    expect(judgeWordLimit('中 文', 2).message).toContain('（空格不计入 Word 字数，按字符则计入）');
    expect(judgeWordLimit('第一行\n第二行', 6).message).toContain('（换行不计入 Word 字数，按字符则计入）');
    expect(judgeWordLimit('一 二\n三', 3).message).toContain('（空格和换行不计入 Word 字数，按字符则计入）');
    expect(judgeWordLimit('👨‍👩‍👧', 4).message).toContain(`（${REASON.symbols}；${REASON.invisible}）`);
    expect(judgeWordLimit('AI, 5G and IoT.', 4).message).toContain(
      `（${REASON.letters}；空格不计入 Word 字数，按字符则计入）`,
    );
  });

  it('near the limit: within its last 10% by the characters, with what is left', () => {
    expect(judgeWordLimit('字'.repeat(380), 400)).toMatchObject({
      verdict: 'near',
      tone: 'warning',
      counter: '380 / 400 字',
      message: '接近 400 字上限：按 Word 字数统计为 380 字，还可写 20 字。',
    });
    expect(judgeWordLimit('字'.repeat(400), 400).message).toBe(
      '接近 400 字上限：按 Word 字数统计为 400 字，已写满。',
    );
    // 370 字 and 395 characters (5 × 「SaaS12」 is 5 字 and 30 characters).
    expect(judgeWordLimit(`${'字'.repeat(365)}${' SaaS12'.repeat(5)}`, 400)).toMatchObject({
      words: 370,
      chars: 400,
      verdict: 'near',
      message:
        '接近 400 字上限：按 Word 字数统计为 370 字，还可写 30 字；按字符计为 400 个' +
        `（${REASON.letters}；空格不计入 Word 字数，按字符则计入），按字符计已写满。`,
    });
  });

  it('is near above 90% of the limit and over above the limit', () => {
    expect(judgeWordLimit('一'.repeat(90), 100).verdict).toBe('ok');
    expect(judgeWordLimit('一'.repeat(91), 100).verdict).toBe('near');
    expect(judgeWordLimit('一'.repeat(100), 100).verdict).toBe('near');
    expect(judgeWordLimit('一'.repeat(101), 100).verdict).toBe('over');
  });

  it('treats exactly 90% as ok and anything above as near', () => {
    expect(judgeWordLimit('一'.repeat(27), 30).verdict).toBe('ok');
    expect(judgeWordLimit('一'.repeat(28), 30).verdict).toBe('near');
    expect(judgeWordLimit('一'.repeat(360), 400).verdict).toBe('ok');
    expect(judgeWordLimit('一'.repeat(361), 400).verdict).toBe('near');
  });

  it('treats an empty text, or no text at all, as ok', () => {
    expect(judgeWordLimit('', 400)).toMatchObject({
      words: 0,
      chars: 0,
      verdict: 'ok',
      counter: '0 / 400 字',
    });
    expect(judgeWordLimit(undefined as unknown as string, 400).counter).toBe('0 / 400 字');
  });
});
