import fc from 'fast-check';

/**
 * Any JavaScript string: every UTF-16 code unit (lone surrogates included) and every astral
 * code point. fast-check's `unit: 'binary'` covers the same ground but builds a table of all
 * code points on first use, which costs seconds per test file on a busy 2-core machine.
 */
export function anyUnicodeString(constraints: { maxLength?: number } = {}): fc.Arbitrary<string> {
  const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
  const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((point) => String.fromCodePoint(point));
  return fc.string({ unit: fc.oneof(codeUnit, astral), ...constraints });
}
