/**
 * The first worksheet of an .xlsx as rows of cell texts: workbook → its first sheet's part,
 * shared strings, inline strings, numbers and booleans. Formulas are read by their cached
 * value (what Excel last showed). fflate + DOMParser, as for .docx.
 */
import { IMPORT_MESSAGES, ImportError } from './errors';
import { attr, children, type Package, parseXmlPart } from './ooxml';

function texts(element: Element): string {
  // <si><t>…</t></si> or rich text <si><r><t>…</t></r>…</si>; phonetic hints (rPh) left out.
  return Array.from(element.getElementsByTagName('*'))
    .filter((node) => node.localName === 't' && node.parentElement?.localName !== 'rPh')
    .map((node) => node.textContent ?? '')
    .join('');
}

/** 1468.3000000000002 (binary floating point as Excel stores it) → 1468.3. */
function cleanNumber(value: string): string {
  if (!/^-?\d+\.\d{10,}$/u.test(value)) return value;
  return String(Number(Number(value).toPrecision(15)));
}

/** Column letters → 0-based index: A → 0, AA → 26. */
function columnIndex(reference: string): number {
  const letters = /^[A-Z]+/u.exec(reference)?.[0] ?? 'A';
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

function firstSheetPath(parts: Package): { path: string; name: string } {
  const workbook = parseXmlPart(parts, 'xl/workbook.xml');
  const rels = parseXmlPart(parts, 'xl/_rels/workbook.xml.rels');
  const sheet = workbook
    ? Array.from(workbook.getElementsByTagName('*')).find((node) => node.localName === 'sheet')
    : undefined;
  if (!workbook || !sheet) throw new ImportError(IMPORT_MESSAGES.corrupted('工作簿中没有工作表'));
  const id = attr(sheet, 'id');
  const target = rels
    ? Array.from(rels.getElementsByTagName('*')).find(
        (node) => node.localName === 'Relationship' && attr(node, 'Id') === id,
      )
    : undefined;
  const raw = attr(target, 'Target') ?? 'worksheets/sheet1.xml';
  const path = raw.startsWith('/') ? raw.slice(1) : `xl/${raw.replace(/^\.\//u, '')}`;
  return { path, name: attr(sheet, 'name') ?? 'Sheet1' };
}

export function readFirstSheet(parts: Package): { name: string; rows: string[][] } {
  const { path, name } = firstSheetPath(parts);
  const shared = parseXmlPart(parts, 'xl/sharedStrings.xml');
  const strings = shared ? children(shared.documentElement, 'si').map(texts) : [];
  const sheet = parseXmlPart(parts, path);
  if (!sheet) throw new ImportError(IMPORT_MESSAGES.corrupted(`缺少工作表 ${path}`));
  const rows: string[][] = [];
  for (const row of Array.from(sheet.getElementsByTagName('*')).filter((node) => node.localName === 'row')) {
    const index = Number(attr(row, 'r') ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const cell of children(row, 'c')) {
      const type = attr(cell, 't');
      const value = children(cell, 'v')[0]?.textContent ?? '';
      const text =
        type === 's'
          ? (strings[Number(value)] ?? '')
          : type === 'inlineStr'
            ? texts(cell)
            : type === 'b'
              ? value === '1'
                ? '是'
                : '否'
              : cleanNumber(value);
      cells[columnIndex(attr(cell, 'r') ?? 'A')] = text;
    }
    rows[index] = Array.from(cells, (text) => text ?? '');
  }
  return { name, rows: Array.from(rows, (row) => row ?? []) };
}
