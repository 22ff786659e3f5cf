/**
 * A .docx's body as plain blocks in reading order: paragraphs (text, lines kept) and tables
 * (rows of cells with their grid span and vertical merge). Formatting is dropped; what Word
 * shows as a ticked box (a ☑ glyph, a Wingdings symbol, a check-box content control) becomes
 * a box character the reader understands.
 */
import { IMPORT_MESSAGES, ImportError } from './errors';
import { attr, child, children, type Package, parseXmlPart } from './ooxml';

export interface ParagraphBlock {
  type: 'paragraph';
  text: string;
}

export interface TableCell {
  /** One entry per paragraph of the cell (line breaks inside a paragraph stay as \n). */
  lines: string[];
  /** Grid columns the cell covers (w:gridSpan). */
  span: number;
  /** Vertical merge: the first cell of a merged column, or one covered by the cell above. */
  merge?: 'restart' | 'continue';
  /** First grid column of the cell. */
  column: number;
}

export interface TableBlock {
  type: 'table';
  rows: TableCell[][];
}

export type Block = ParagraphBlock | TableBlock;

/** Wingdings / Symbol code points Word writes for boxes (w:sym). */
const SYMBOL_BOXES: Readonly<Record<string, string>> = {
  F0FE: '☑',
  F0FD: '☒',
  F078: '☒',
  F0FC: '√',
  F052: '☑',
  F06F: '☐',
  F0A8: '☐',
  F0A3: '☐',
  F071: '☐',
};

/** Elements that only wrap blocks or runs (content controls, revisions, smart tags). */
const WRAPPERS = new Set(['sdt', 'sdtContent', 'customXml', 'smartTag', 'ins', 'hyperlink', 'fldSimple']);

function runText(run: Element, out: string[]): void {
  for (const node of Array.from(run.children)) {
    switch (node.localName) {
      case 't':
        out.push(node.textContent ?? '');
        break;
      case 'tab':
        out.push('　');
        break;
      case 'br':
      case 'cr':
        // A page break inside a paragraph separates nothing a reader needs.
        if (attr(node, 'type') !== 'page') out.push('\n');
        break;
      case 'sym': {
        const code = (attr(node, 'char') ?? '').toUpperCase();
        out.push(SYMBOL_BOXES[code] ?? '');
        break;
      }
      default:
        break;
    }
  }
}

/** The text of a paragraph (w:p), walking runs inside content controls and insertions. */
function paragraphText(paragraph: Element): string {
  const out: string[] = [];
  const walk = (element: Element) => {
    for (const node of Array.from(element.children)) {
      if (node.localName === 'r') runText(node, out);
      else if (node.localName === 'checkbox' && node.namespaceURI?.includes('wordml')) {
        // w14:checkbox of a content control: its glyph run follows and is read as text.
      } else if (WRAPPERS.has(node.localName)) walk(node);
    }
  };
  walk(paragraph);
  return out.join('');
}

function cellOf(cell: Element, column: number): TableCell {
  const properties = child(cell, 'tcPr');
  const span = Number(attr(child(properties ?? cell, 'gridSpan'), 'val') ?? 1) || 1;
  const mergeElement = properties ? child(properties, 'vMerge') : undefined;
  const lines: string[] = [];
  const collect = (element: Element) => {
    for (const node of Array.from(element.children)) {
      if (node.localName === 'p') lines.push(paragraphText(node));
      else if (node.localName === 'tbl') {
        // A table nested in a cell: its cells become lines of this cell.
        for (const row of tableRows(node)) for (const inner of row) lines.push(...inner.lines);
      } else if (WRAPPERS.has(node.localName)) collect(node);
    }
  };
  collect(cell);
  const merge = mergeElement ? (attr(mergeElement, 'val') === 'restart' ? 'restart' : 'continue') : undefined;
  return { lines, span, column, ...(merge ? { merge } : {}) };
}

function rowElements(table: Element): Element[] {
  const rows: Element[] = [];
  const walk = (element: Element) => {
    for (const node of Array.from(element.children)) {
      if (node.localName === 'tr') rows.push(node);
      else if (WRAPPERS.has(node.localName)) walk(node);
    }
  };
  walk(table);
  return rows;
}

function cellElements(row: Element): Element[] {
  const cells: Element[] = [];
  const walk = (element: Element) => {
    for (const node of Array.from(element.children)) {
      if (node.localName === 'tc') cells.push(node);
      else if (WRAPPERS.has(node.localName)) walk(node);
    }
  };
  walk(row);
  return cells;
}

function tableRows(table: Element): TableCell[][] {
  return rowElements(table).map((row) => {
    // w:gridBefore: cells left out at the start of a row.
    let column = Number(attr(child(child(row, 'trPr') ?? row, 'gridBefore'), 'val') ?? 0) || 0;
    return cellElements(row).map((element) => {
      const cell = cellOf(element, column);
      column += cell.span;
      return cell;
    });
  });
}

/** Every paragraph and table of the document body, in order (tables inside tables flattened). */
export function readDocxBlocks(parts: Package): Block[] {
  const document = parseXmlPart(parts, 'word/document.xml');
  const body = document ? children(document.documentElement, 'body')[0] : undefined;
  if (!body) throw new ImportError(IMPORT_MESSAGES.corrupted('缺少正文 word/document.xml'));
  const blocks: Block[] = [];
  const walk = (element: Element) => {
    for (const node of Array.from(element.children)) {
      if (node.localName === 'p') blocks.push({ type: 'paragraph', text: paragraphText(node) });
      else if (node.localName === 'tbl') blocks.push({ type: 'table', rows: tableRows(node) });
      else if (WRAPPERS.has(node.localName)) walk(node);
    }
  };
  walk(body);
  return blocks;
}
