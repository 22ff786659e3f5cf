/**
 * Import of a filled 申报书 (.docx) or a figures sheet (.xlsx/.csv) into a preview
 * (`DocumentImport`); `apply.ts` stores a confirmed preview. Loaded by the dashboard only, on
 * demand (a dynamic import), never by the content script.
 */

import { decodeCsv, parseCsv } from './csv';
import { importDocx } from './docx';
import { IMPORT_MESSAGES, ImportError, MAX_IMPORT_BYTES } from './errors';
import { unzipParts } from './ooxml';
import { importSheet } from './sheet';
import { sniffFile } from './sniff';
import type { DocumentImport } from './types';
import { readFirstSheet } from './xlsx';

export { ImportError, MAX_IMPORT_BYTES } from './errors';
export type { DocumentImport, ImportedValue, NotImported } from './types';

/** Refuses a file by its size before any byte is read. */
export function checkImportSize(size: number): void {
  if (size > MAX_IMPORT_BYTES)
    throw new ImportError(IMPORT_MESSAGES.tooLarge(Math.round(size / 1024 / 1024)));
}

/** Reads one file's bytes into a preview. Throws ImportError (zh-CN) for a file it cannot use. */
export function readImportFile(name: string, bytes: Uint8Array): DocumentImport {
  checkImportSize(bytes.length);
  const kind = sniffFile(name, bytes);
  if (kind === 'docx') return importDocx(bytes, name);
  if (kind === 'xlsx') {
    const parts = unzipParts(bytes, (path) => path.startsWith('xl/') && !path.startsWith('xl/media/'));
    const sheet = readFirstSheet(parts);
    return importSheet(sheet.rows, name, sheet.name);
  }
  return importSheet(parseCsv(decodeCsv(bytes)), name, name);
}

/** A File from the dashboard: size checked first, then read. */
export async function readImportBlob(file: Blob & { name: string }): Promise<DocumentImport> {
  checkImportSize(file.size);
  return readImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
}
export {
  type Applied,
  applyDocumentImport,
  type ImportTarget,
  type PreviewRow,
  previewRows,
  readExisting,
} from './apply';
