/**
 * What a file is, from its first bytes rather than its name: a zip (.docx / .xlsx by their
 * parts), a Compound File (an old .doc/.xls, or an encrypted Office file, which Office stores
 * as a Compound File with an EncryptedPackage stream), or text (CSV).
 */
import { unzipSync } from 'fflate';
import { IMPORT_MESSAGES, ImportError } from './errors';

export type FileKind = 'docx' | 'xlsx' | 'csv';

const CFB = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

/** UTF-16LE "EncryptedPackage": the stream an encrypted .docx/.xlsx keeps its content in. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  const needle = [...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let index = 0; index + needle.length <= limit; index += 1) {
    for (let offset = 0; offset < needle.length; offset += 1)
      if (bytes[index + offset] !== needle[offset]) continue outer;
    return true;
  }
  return false;
}

function zipEntries(bytes: Uint8Array): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch (error) {
    throw new ImportError(IMPORT_MESSAGES.corrupted(`压缩包无法解开：${(error as Error).message}`));
  }
  return names;
}

export function sniffFile(name: string, bytes: Uint8Array): FileKind {
  const lower = name.toLowerCase();
  if (bytes.length === 0) throw new ImportError(IMPORT_MESSAGES.empty);
  if (startsWith(bytes, CFB)) {
    if (hasEncryptedPackage(bytes) || /\.(docx|xlsx)$/u.test(lower))
      throw new ImportError(IMPORT_MESSAGES.encrypted);
    throw new ImportError(/\.(xls|et)$/u.test(lower) ? IMPORT_MESSAGES.oldXls : IMPORT_MESSAGES.oldDoc);
  }
  if (startsWith(bytes, ZIP)) {
    const entries = zipEntries(bytes);
    if (entries.includes('word/document.xml')) return 'docx';
    if (entries.includes('xl/workbook.xml')) return 'xlsx';
    if (/\.(docx|xlsx)$/u.test(lower))
      throw new ImportError(IMPORT_MESSAGES.corrupted('缺少 Word/Excel 的正文部分'));
    throw new ImportError(IMPORT_MESSAGES.unknownType(name));
  }
  if (/\.(csv|txt)$/u.test(lower)) return 'csv';
  if (/\.(docx|xlsx)$/u.test(lower))
    throw new ImportError(IMPORT_MESSAGES.corrupted('不是 Word/Excel 文件的结构'));
  if (/\.doc$/u.test(lower) || /\.rtf$/u.test(lower)) throw new ImportError(IMPORT_MESSAGES.oldDoc);
  throw new ImportError(IMPORT_MESSAGES.unknownType(name));
}
