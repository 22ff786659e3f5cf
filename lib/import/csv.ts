/** CSV text → rows of cells (RFC 4180: quotes, doubled quotes, line breaks inside quotes). */
import { IMPORT_MESSAGES, ImportError } from './errors';

/** UTF-8 (with or without BOM), else GB18030, which Excel in Chinese Windows writes by default. */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch (utf8Error) {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch (gbError) {
      throw new ImportError(
        `${IMPORT_MESSAGES.badCsv}（${(utf8Error as Error).name}/${(gbError as Error).name}）`,
      );
    }
  }
}

export function parseCsv(text: string): string[][] {
  const delimiter = (text.split('\n')[0] ?? '').includes('\t') && !text.includes(',') ? '\t' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
      continue;
    }
    if (char === '"' && cell === '') quoted = true;
    else if (char === delimiter) {
      row.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += char;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
