import { strFromU8, unzipSync } from 'fflate';

/**
 * Reads a generated .docx back (a zip of WordprocessingML) for tests and the render check:
 * tables as rows of cells with their merges, paragraphs as text. Handles the XML the `docx`
 * library writes (no nested tables), not arbitrary Word files.
 */
export interface DocxCell {
  text: string;
  /** Grid columns the cell spans (w:gridSpan). */
  gridSpan: number;
  /** w:vMerge: the first cell of a vertical merge, or one it covers. */
  vMerge?: 'restart' | 'continue';
}

export type DocxTable = DocxCell[][];

export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => path.endsWith('.xml') || path.endsWith('.rels'))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

const all = (pattern: RegExp, xml: string): string[] =>
  [...xml.matchAll(pattern)].map((match) => match[1] ?? '');

/** The text of each paragraph (w:p) of a fragment, in order. */
export function paragraphsOf(xml: string): string[] {
  return all(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g, xml).map((paragraph) =>
    all(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, paragraph)
      .map(decode)
      .join(''),
  );
}

export function tablesOf(documentXml: string): DocxTable[] {
  return all(/<w:tbl>([\s\S]*?)<\/w:tbl>/g, documentXml).map((table) =>
    all(/<w:tr\b[^>]*>([\s\S]*?)<\/w:tr>/g, table).map((row) =>
      all(/<w:tc>([\s\S]*?)<\/w:tc>/g, row).map((cell) => {
        const span = /<w:gridSpan w:val="(\d+)"\/>/.exec(cell);
        const merge = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
        const result: DocxCell = {
          text: paragraphsOf(cell).join('\n'),
          gridSpan: span ? Number(span[1]) : 1,
        };
        if (merge) result.vMerge = merge[1] === 'restart' ? 'restart' : 'continue';
        return result;
      }),
    ),
  );
}

/** The document body with the tables cut out: the paragraphs outside them. */
export function bodyParagraphs(documentXml: string): string[] {
  return paragraphsOf(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
}
