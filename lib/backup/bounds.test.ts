import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnicodeString } from '@/test/arbitraries';
import { findTooDeep, utf8ByteLength } from './bounds';

describe('utf8ByteLength', () => {
  it('counts UTF-8 bytes as TextEncoder does, surrogate pairs and lone surrogates included', () => {
    for (const text of ['', 'abc', '申报', 'é', '😀', 'a😀申', '\ud800', '\udc00x', '\ud800\ud800']) {
      expect(utf8ByteLength(text), JSON.stringify(text)).toBe(new TextEncoder().encode(text).length);
    }
    fc.assert(
      fc.property(anyUnicodeString(), (text) => {
        expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('stops at the limit: Infinity once the text is known to be larger', () => {
    expect(utf8ByteLength('申报', 6)).toBe(6);
    expect(utf8ByteLength('申报', 5)).toBe(Number.POSITIVE_INFINITY);
    expect(utf8ByteLength('abcdef', 5)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('findTooDeep', () => {
  it('finds where the level one too many opens', () => {
    expect(findTooDeep('[[1]]', 2)).toBeUndefined();
    expect(findTooDeep('[[[1]]]', 2)).toBe(2);
    expect(findTooDeep('{"a":[{"b":[]}]}', 3)).toBe(11);
    expect(findTooDeep('[[],[],[[]]]', 2)).toBe(8);
  });

  it('ignores brackets in strings, escaped quotes and backslashes included', () => {
    expect(findTooDeep('["[[[[", "\\"[[[", "\\\\"]', 1)).toBeUndefined();
    expect(findTooDeep('["\\\\", [[]]]', 2)).toBe(8);
    expect(findTooDeep('{"k\\"[[": "{{{{"}', 1)).toBeUndefined();
  });

  it('agrees with the depth of any JSON value', () => {
    const depthOf = (value: unknown): number =>
      value !== null && typeof value === 'object' ? 1 + Math.max(0, ...Object.values(value).map(depthOf)) : 0;
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 0, max: 7 }), (value, limit) => {
        const text = JSON.stringify(value);
        expect(findTooDeep(text, limit) === undefined).toBe(depthOf(value) <= limit);
      }),
    );
  });

  it('leaves an unterminated string to the JSON parser', () => {
    expect(findTooDeep('["[[[[[', 1)).toBeUndefined();
  });
});
