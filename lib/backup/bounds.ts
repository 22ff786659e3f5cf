/**
 * Cheap, linear, non-recursive measurements of a backup's text, made before it is parsed
 * (docs/backup-format.md, Limits): a file too large or nested too deep is refused before
 * anything recursive (the JSON parser of some engines, zod, structured cloning) sees it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/**
 * The UTF-8 size of `text` in bytes, or `Infinity` as soon as it is known to exceed `limit`
 * (a UTF-16 code unit is at least one UTF-8 byte, so a long text is refused without counting).
 */
export function utf8ByteLength(text: string, limit = Number.POSITIVE_INFINITY): number {
  if (text.length > limit) return Number.POSITIVE_INFINITY;
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4; // a surrogate pair: one character of four bytes
        index += 1;
      } else bytes += 3;
    } else bytes += 3;
    if (bytes > limit) return Number.POSITIVE_INFINITY;
  }
  return bytes;
}

/**
 * Offset of the first `{` or `[` that opens level `maxDepth + 1` (the outermost value is
 * level 1), or undefined when the text stays within `maxDepth`. Brackets inside strings do
 * not count; the text need not be valid JSON (the parser reports that afterwards).
 */
export function findTooDeep(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let index = 0;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    if (unit === QUOTE) {
      // Jump to the closing quote: one not preceded by an odd number of backslashes.
      let from = index + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return undefined; // unterminated string: the parser says where
        let slash = quote - 1;
        while (slash > index && text.charCodeAt(slash) === BACKSLASH) slash -= 1;
        if ((quote - 1 - slash) % 2 === 0) {
          index = quote + 1;
          break;
        }
        from = quote + 1;
      }
      continue;
    }
    if (unit === OPEN_BRACE || unit === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return index;
    } else if (unit === CLOSE_BRACE || unit === CLOSE_BRACKET) depth -= 1;
    index += 1;
  }
  return undefined;
}
