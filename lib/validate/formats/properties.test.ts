/**
 * Property-based tests (fast-check): every check is total and well-formed on any string,
 * normalised values re-validate to themselves, and the check-character algorithms agree
 * with independent formulations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnicodeString } from '@/test/arbitraries';
import {
  checkAmount,
  checkCreditCode,
  checkDate,
  checkDateRange,
  checkEmail,
  checkInteger,
  checkLandline,
  checkMobile,
  checkStockCode,
  checkYear,
  countChars,
  countWords,
  creditCodeCheckChar,
  type Exchange,
  exchangeOf,
  type FormatResult,
  judgeWordLimit,
  normalizeInput,
  organizationCodeCheckChar,
  type WordLimitVerdict,
} from './index';

const TODAY = new Date(2026, 0, 15);
const EXCHANGES: Exchange[] = ['SSE', 'SZSE', 'BSE', 'HKEX', 'NEEQ', 'OVERSEAS'];
const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Every single-string check, under a name for failure reports. */
const CHECKS: [string, (s: string) => FormatResult][] = [
  ['checkCreditCode', (s) => checkCreditCode(s)],
  ['checkCreditCode+org', (s) => checkCreditCode(s, { allowOrganizationCode: true })],
  ['checkMobile', checkMobile],
  ['checkLandline', (s) => checkLandline(s)],
  ['checkLandline+mobile', (s) => checkLandline(s, { allowMobile: true })],
  ['checkEmail', checkEmail],
  ['checkAmount', checkAmount],
  ['checkInteger', checkInteger],
  ['checkDate', checkDate],
  ['checkYear', (s) => checkYear(s, TODAY)],
  ['checkStockCode', (s) => checkStockCode(s)],
  ...EXCHANGES.map((e): [string, (s: string) => FormatResult] => [
    `checkStockCode/${e}`,
    (s) => checkStockCode(s, e),
  ]),
];

/** Characters the parsers care about, so random strings often get past the first checks. */
const FORM_CHARS = [
  ...'0123456789０１２３４５６７８９',
  ...'-./ ,，:+()（）#@＠。．－',
  ...'年月日号度万元亿千人名转分机',
  ...'xXeEaASHZBJKLNQOYIM',
  '\u3000',
  '\u200B',
  '\t',
  '\uD800',
  '👍',
];

const anyString = fc.oneof(
  anyUnicodeString(), // full Unicode, lone surrogates included
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: fc.constantFrom(...FORM_CHARS), maxLength: 30 }),
);

const HAN = /\p{Script=Han}/u;

/** A result as the contract describes it: zh-CN message or note, no broken text, bounded size. */
function expectWellFormed(result: FormatResult): void {
  expect(typeof result.ok).toBe('boolean');
  if (result.ok) {
    expect(Object.keys(result).sort()).toEqual(expect.arrayContaining(['normalized', 'notes', 'ok']));
    expect(typeof result.normalized).toBe('string');
    expect(result.normalized.isWellFormed()).toBe(true);
    expect(result.normalized).toBe(result.normalized.trim());
    expect(Array.isArray(result.notes)).toBe(true);
    for (const note of result.notes) {
      expect(HAN.test(note)).toBe(true);
      expect(note.isWellFormed()).toBe(true);
    }
  } else {
    expect(typeof result.message).toBe('string');
    expect(HAN.test(result.message)).toBe(true);
    expect(result.message.isWellFormed()).toBe(true);
    expect(result.message.length).toBeLessThan(300);
  }
}

describe('totality: every check returns a well-formed result for any string', () => {
  it.each(CHECKS)('%s', (_name, check) => {
    fc.assert(
      fc.property(anyString, (s) => {
        expectWellFormed(check(s));
      }),
      { numRuns: 300 },
    );
  });

  it('checkDateRange', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        expectWellFormed(checkDateRange(a, b));
      }),
    );
  });

  it('checkYear with any Date, invalid dates included', () => {
    fc.assert(
      fc.property(anyString, fc.date({ noInvalidDate: false }), (s, today) => {
        expectWellFormed(checkYear(s, today));
      }),
    );
  });

  it('exchangeOf, the check-character helpers and normalizeInput', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const exchange = exchangeOf(s);
        expect(exchange === undefined || EXCHANGES.includes(exchange)).toBe(true);
        const uscc = creditCodeCheckChar(s);
        expect(uscc === undefined || (uscc.length === 1 && USCC_CHARSET.includes(uscc))).toBe(true);
        const org = organizationCodeCheckChar(s);
        expect(org === undefined || /^[0-9X]$/.test(org)).toBe(true);
        const { text, notes } = normalizeInput(s);
        expect(text).toBe(text.trim());
        expect(notes.every((n) => HAN.test(n))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('totality on 1 MB inputs', () => {
  // Built once: mixed CJK, digits, separators, a lone surrogate, emoji; and long runs that
  // would expose quadratic backtracking in a careless regular expression.
  const MB = 1 << 20;
  const huge = [
    'a中 1,\uD800😀-@.转'.repeat(MB / 12),
    '9'.repeat(MB),
    `1${' '.repeat(MB)}1`,
    '0-'.repeat(MB / 2),
    `a@${'b-'.repeat(MB / 2)}.com`,
  ];

  it.each(CHECKS)(
    '%s',
    (_name, check) => {
      for (const s of huge) expectWellFormed(check(s));
    },
    60_000,
  );

  it('word counts, checkDateRange and exchangeOf', () => {
    for (const s of huge) {
      const m = judgeWordLimit(s, 400);
      expect(m.chars).toBe([...s].length);
      expect(m.words).toBeLessThanOrEqual(m.chars);
      expect(m.verdict).toBe(m.words > 400 ? 'over' : 'charsOver');
      expect(m.message.length).toBeLessThan(300);
      expectWellFormed(checkDateRange(s, s));
      exchangeOf(s);
    }
  }, 60_000);
});

describe('word counts', () => {
  it('words ≤ chars, chars = code points, and judgeWordLimit agrees with its parts', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 0, max: 1000 }), (s, limit) => {
        const words = countWords(s);
        const chars = countChars(s);
        expect(Number.isInteger(words) && words >= 0).toBe(true);
        expect(words).toBeLessThanOrEqual(chars);
        expect(chars).toBe(Array.from(s).length);
        const m = judgeWordLimit(s, limit);
        expect(m).toMatchObject({ words, chars, limit, counter: `${words} / ${limit} 字` });
      }),
      { numRuns: 300 },
    );
  });

  it('is additive across a space', () => {
    fc.assert(
      fc.property(anyString, anyString, (a, b) => {
        expect(countWords(`${a} ${b}`)).toBe(countWords(a) + countWords(b));
      }),
    );
  });

  it('counts each Han character as one word', () => {
    const han = fc.string({
      unit: fc.constantFrom(...'申报书新型信息消费示范项目㐀𠀀'),
      minLength: 0,
      maxLength: 50,
    });
    fc.assert(
      fc.property(han, (s) => {
        expect(countWords(s)).toBe(countChars(s));
      }),
    );
  });
});

/** Text as applicants write it: Han, digits, Latin words, punctuation of both widths, spaces, line breaks, emoji. */
const mixedText = fc.string({
  unit: fc.constantFrom(
    ...'申报书信息消费示范项目',
    ...'0123456789',
    ...'SaaSGAIoT',
    ...'，。、；：“”《》！？',
    ...',.;:-%()',
    ...'ＡＢ１２',
    ' ',
    '\u3000',
    '\n',
    '\r\n',
    '\t',
    '👍',
    '👨‍👩‍👧',
    '\u200D',
  ),
  maxLength: 60,
});
/** Limits around the counts of such texts, so every verdict is reached often. */
const smallLimit = fc.integer({ min: 0, max: 70 });
const RANK: Record<WordLimitVerdict, number> = { ok: 0, near: 1, charsOver: 2, over: 3 };

describe('the 字数 rule (judgeWordLimit) on mixed text', () => {
  it('is an error (over) exactly when Word’s 字数 is above the limit', () => {
    fc.assert(
      fc.property(mixedText, smallLimit, (s, limit) => {
        const m = judgeWordLimit(s, limit);
        expect(m.verdict === 'over').toBe(m.words > limit);
        expect(m.tone === 'error').toBe(m.words > limit);
      }),
      { numRuns: 500 },
    );
  });

  it('warns charsOver exactly when 字数 is within the limit and the characters are not', () => {
    fc.assert(
      fc.property(mixedText, smallLimit, (s, limit) => {
        const m = judgeWordLimit(s, limit);
        expect(m.verdict === 'charsOver').toBe(m.words <= limit && m.chars > limit);
        expect(m.verdict === 'near').toBe(m.chars <= limit && m.chars * 10 > limit * 9);
        expect(m.tone).toBe(m.verdict === 'ok' ? 'ok' : m.verdict === 'over' ? 'error' : 'warning');
      }),
      { numRuns: 500 },
    );
  });

  it('states both numbers whenever they differ and a limit is crossed, and the amount to cut', () => {
    fc.assert(
      fc.property(mixedText, smallLimit, (s, limit) => {
        const m = judgeWordLimit(s, limit);
        expect(m.message).toContain(`按 Word 字数统计为 ${m.words} 字`);
        expect(m.message).toContain(m.verdict === 'ok' ? `上限 ${limit} 字` : `${limit} 字上限`);
        if (m.chars !== m.words && m.verdict !== 'ok')
          expect(m.message).toContain(`按字符计为 ${m.chars} 个（`);
        if (m.verdict === 'over') expect(m.message).toContain(`请删减 ${m.words - limit} 字`);
        if (m.verdict === 'charsOver') expect(m.message).toContain(`建议删减 ${m.chars - limit} 个字符`);
      }),
      { numRuns: 500 },
    );
  });

  it('speaks Chinese: no Latin word but Word, and never echoes the text', () => {
    fc.assert(
      fc.property(anyString, fc.integer({ min: 0, max: 100 }), (s, limit) => {
        const m = judgeWordLimit(s, limit);
        expect(m.message.replaceAll('Word', '')).not.toMatch(/[A-Za-z]/);
        expect(m.message.isWellFormed()).toBe(true);
        expect(m.message.length).toBeLessThan(300);
      }),
      { numRuns: 300 },
    );
  });

  it('never gets milder as the text grows by a character', () => {
    fc.assert(
      fc.property(
        mixedText,
        fc.constantFrom('字', 'a', '5', ' ', '\n', '，', '👍'),
        smallLimit,
        (s, c, limit) => {
          expect(RANK[judgeWordLimit(s + c, limit).verdict]).toBeGreaterThanOrEqual(
            RANK[judgeWordLimit(s, limit).verdict],
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});

/** Values that pass, written in the ways applicants write them, for the idempotence property. */
const digits = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
const sep = fc.constantFrom('', ' ', '-');

const mobileInput = fc
  .tuple(fc.constantFrom('', '+86 ', '0086', '86'), fc.constantFrom(...'3456789'), digits(4), digits(4), sep)
  .map(([prefix, second, a, b, s]) => ({
    input: `${prefix}1${second}${a.slice(1)}${s}${a.slice(0, 1)}${b.slice(0, 1)}${s}${b.slice(1)}${a.slice(1, 2)}`,
    expected: `1${second}${a.slice(1)}${a.slice(0, 1)}${b.slice(0, 1)}${b.slice(1)}${a.slice(1, 2)}`,
  }));

const landlineInput = fc
  .tuple(
    fc.constantFrom('010', '021', '029', '0871', '0755', '0310', '0999'),
    fc.constantFrom(...'23456789'),
    fc.oneof(digits(6), digits(7)),
    fc.option(fc.integer({ min: 1, max: 999999 }), { nil: undefined }),
    fc.constantFrom('-', ' ', '', '()'),
    fc.constantFrom('-', '转', ' ext.'),
  )
  .map(([area, first, rest, ext, s, extSep]) => {
    const local = first + rest;
    const head = s === '()' ? `(${area})${local}` : `${area}${s}${local}`;
    // A hyphen-written extension needs a separator before the local number to be unambiguous.
    const tail = ext === undefined ? '' : `${s === '' && extSep === '-' ? '转' : extSep}${ext}`;
    return { input: head + tail, expected: `${area}-${local}${ext === undefined ? '' : `-${ext}`}` };
  });

const usccBody = fc.string({ unit: fc.constantFrom(...USCC_CHARSET), minLength: 17, maxLength: 17 });
const usccInput = usccBody.map((body) => `${body}${creditCodeCheckChar(body)}`);

const amountInput = fc
  .tuple(
    fc.bigInt({ min: 0n, max: 999_999_999_999n }),
    fc.constantFrom('', '5', '05', '50', '99'),
    fc.constantFrom('', ',', '，'),
    fc.constantFrom('', '万元', '万', ' 万元'),
    fc.boolean(),
  )
  .map(([whole, fraction, comma, unit, fullWidth]) => {
    const grouped = comma === '' ? String(whole) : String(whole).replace(/\B(?=(\d{3})+$)/g, comma);
    let input = `${grouped}${fraction === '' ? '' : `.${fraction}`}${unit}`;
    if (fullWidth) input = input.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    return { input, expected: `${whole}${fraction === '' ? '' : `.${fraction}`}` };
  });

const dateInput = fc
  .tuple(fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }), fc.nat(4))
  .map(([d, style]) => {
    const [y, m, day] = [d.getFullYear(), d.getMonth() + 1, d.getDate()];
    const mm = String(m).padStart(2, '0');
    const dd = String(day).padStart(2, '0');
    const input = [
      `${y}-${mm}-${dd}`,
      `${y}/${m}/${day}`,
      `${y}.${mm}.${dd}`,
      `${y}年${m}月${day}日`,
      `${y}${mm}${dd}`,
    ][style];
    return { input: input ?? '', expected: `${y}-${mm}-${dd}` };
  });

const stockInput = fc.oneof(
  fc
    .tuple(fc.constantFrom('600', '601', '603', '605', '688', '689', '000', '300', '301', '920'), digits(3))
    .map(([p, d]) => p + d),
  fc.tuple(fc.constantFrom('43', '83', '87', '88', '82', '40', '42'), digits(4)).map(([p, d]) => p + d),
  digits(4),
  fc.string({ unit: fc.constantFrom(...'ABCXYZabc'), minLength: 1, maxLength: 5 }),
);

describe('valid inputs are accepted and normalised as expected', () => {
  it('mobile numbers', () => {
    fc.assert(
      fc.property(mobileInput, ({ input, expected }) => {
        expect(checkMobile(input)).toMatchObject({ ok: true, normalized: expected });
        expect(checkLandline(input, { allowMobile: true })).toMatchObject({ ok: true, normalized: expected });
      }),
    );
  });

  it('landline numbers', () => {
    fc.assert(
      fc.property(landlineInput, ({ input, expected }) => {
        expect(checkLandline(input)).toMatchObject({ ok: true, normalized: expected });
      }),
    );
  });

  it('amounts round-trip to the plain decimal', () => {
    fc.assert(
      fc.property(amountInput, ({ input, expected }) => {
        const result = checkAmount(input);
        expect(result).toMatchObject({ ok: true, normalized: expected });
        expect(checkAmount(expected)).toEqual({ ok: true, normalized: expected, notes: [] });
      }),
    );
  });

  it('dates in every accepted style', () => {
    fc.assert(
      fc.property(dateInput, ({ input, expected }) => {
        expect(checkDate(input)).toMatchObject({ ok: true, normalized: expected });
      }),
    );
  });

  it('years from 1949 to this year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1949, max: 2026 }), fc.constantFrom('', '年', '年度'), (year, suffix) => {
        expect(checkYear(`${year}${suffix}`, TODAY)).toMatchObject({ ok: true, normalized: String(year) });
      }),
    );
  });

  it('e-mail addresses generated by fast-check', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (email) => {
        expect(checkEmail(email)).toMatchObject({ ok: true });
      }),
    );
  });
});

describe('idempotence: a normalised value re-validates to itself, needing no further normalisation', () => {
  const candidates = fc.oneof(
    anyString,
    mobileInput.map((x) => x.input),
    landlineInput.map((x) => x.input),
    usccInput,
    amountInput.map((x) => x.input),
    dateInput.map((x) => x.input),
    stockInput,
    fc.emailAddress().map((e) => ` ${e.toUpperCase()} `),
  );

  it.each(CHECKS)('%s', (_name, check) => {
    fc.assert(
      fc.property(candidates, (s) => {
        const first = check(s);
        if (!first.ok) return;
        const second = check(first.normalized);
        expect(second.ok && second.normalized).toBe(first.normalized);
        // Normalisation notes all read 已…; only soft warnings (请确认上市地点, 内嵌的组织机构代码…) may remain.
        expect(second.ok && second.notes.filter((note) => note.startsWith('已'))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('checkDateRange', () => {
    fc.assert(
      fc.property(dateInput, dateInput, (a, b) => {
        const first = checkDateRange(a.input, b.input);
        if (!first.ok) return;
        const [start = '', end = ''] = first.normalized.split('/');
        expect(checkDateRange(start, end)).toEqual({ ok: true, normalized: first.normalized, notes: [] });
      }),
    );
  });
});

describe('统一社会信用代码 check character (GB 32100-2015)', () => {
  /** Independent formulation: explicit BigInt powers 3^(i-1), no weight table, no modular shortcuts. */
  function referenceCheckChar(body: string): string {
    let sum = 0n;
    for (let i = 0; i < body.length; i++) {
      sum += BigInt(USCC_CHARSET.indexOf(body.charAt(i))) * 3n ** BigInt(i);
    }
    const index = (31n - (sum % 31n)) % 31n;
    return USCC_CHARSET.charAt(Number(index));
  }

  it('agrees with the BigInt power formulation', () => {
    fc.assert(
      fc.property(usccBody, (body) => {
        expect(creditCodeCheckChar(body)).toBe(referenceCheckChar(body));
      }),
      { numRuns: 1000 },
    );
  });

  it('makes the weighted sum of all 18 characters ≡ 0 (mod 31), the check character weighing 1', () => {
    fc.assert(
      fc.property(usccInput, (code) => {
        // Horner from the right: Σ v_i·3^(i-1) for the body, plus the check value.
        let body = 0;
        for (let i = 16; i >= 0; i--) body = (body * 3 + USCC_CHARSET.indexOf(code.charAt(i))) % 31;
        expect((body + USCC_CHARSET.indexOf(code.charAt(17))) % 31).toBe(0);
      }),
    );
  });

  it('detects every single-character substitution (31 is prime and no weight is 0 mod 31)', () => {
    fc.assert(
      fc.property(usccInput, fc.nat(17), fc.nat(29), (code, position, shift) => {
        expect(checkCreditCode(code)).toMatchObject({ ok: true, normalized: code });
        const old = USCC_CHARSET.indexOf(code.charAt(position));
        const replacement = USCC_CHARSET.charAt((old + 1 + shift) % 31);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(changed).not.toBe(code);
        expect(checkCreditCode(changed)).toEqual({
          ok: false,
          message: '校验位不正确，请逐位核对营业执照上的代码',
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('detects every transposition of two different adjacent characters (w_{i+1} − w_i = 2·w_i ≢ 0)', () => {
    fc.assert(
      fc.property(usccInput, fc.nat(16), (code, i) => {
        fc.pre(code.charAt(i) !== code.charAt(i + 1));
        const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
        expect(checkCreditCode(swapped).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('组织机构代码 check character (GB 11714-1997)', () => {
  const orgBody = fc.string({
    unit: fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
    minLength: 8,
    maxLength: 8,
  });

  it('agrees with a formulation via the sum of the check digit', () => {
    // With C9 read as 10 for X and 0 for 11: Σ v_i·w_i + C9 ≡ 0 (mod 11).
    fc.assert(
      fc.property(orgBody, (body) => {
        const check = organizationCodeCheckChar(body) ?? '';
        const sum = [...body].reduce(
          (acc, c, i) => acc + Number.parseInt(c, 36) * ([3, 7, 9, 10, 5, 8, 4, 2][i] ?? 0),
          0,
        );
        const value = check === 'X' ? 10 : Number(check);
        expect((sum + value) % 11).toBe(0);
      }),
    );
  });

  it('detects a substitution of one digit by another digit', () => {
    const digitBody = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(digitBody, fc.nat(7), fc.integer({ min: 1, max: 9 }), (body, position, shift) => {
        const code = `${body}-${organizationCodeCheckChar(body)}`;
        const digit = String((Number(body.charAt(position)) + shift) % 10);
        const changed = body.slice(0, position) + digit + body.slice(position + 1);
        expect(organizationCodeCheckChar(changed)).not.toBe(code.charAt(9));
      }),
    );
  });
});
