import { latin1 } from './sniff';

/**
 * The page count of a PDF without a PDF library: the largest `/Count` of a `/Type /Pages`
 * node (the root of the page tree holds the total), else the number of `/Type /Page`
 * objects. Undefined when neither is readable, as in a PDF whose page tree sits in a
 * compressed object stream: the count is shown as unknown rather than guessed.
 */
export function pdfPageCount(bytes: Uint8Array): number | undefined {
  const text = latin1(bytes);
  let largest: number | undefined;
  for (const dictionary of text.matchAll(
    /<<(?:(?!<<|>>)[\s\S])*?\/Type\s*\/Pages\b(?:(?!<<|>>)[\s\S])*?>>/g,
  )) {
    const count = /\/Count\s+(\d+)/.exec(dictionary[0]);
    if (count) largest = Math.max(largest ?? 0, Number(count[1]));
  }
  if (largest !== undefined && largest > 0) return largest;
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  return pages > 0 ? pages : undefined;
}
