import type { AttachmentRef, FieldValues } from '@/lib/catalog';
import { pdfPageCount } from '@/lib/proofs/pdf-pages';
import { sniffProofKind } from '@/lib/proofs/sniff';
import { readAttachmentBlob } from '@/lib/store/attachments';
import type { Database } from '@/lib/store/db';
import { attachmentRecordSchema } from '@/lib/store/records';
import { attachmentRefs } from './format';
import { type Block, type ImageBlock, paragraph } from './model';
import { PAGE, TEXT_WIDTH } from './styles';

/**
 * What a stored proof can give the printed 附1/附2, read from its bytes (never its name or
 * stored type): an image is embedded; a PDF is listed with its page count, since Shenbao has no
 * PDF renderer to turn its pages into images; anything else is listed by name.
 */
export type ProofContent =
  | { kind: 'image'; format: 'png' | 'jpg'; data: Uint8Array; width: number; height: number }
  | { kind: 'pdf'; pages: number | undefined }
  | { kind: 'other' };

/** Pixel size of a PNG (IHDR) or a JPEG (its SOFn frame header); undefined when unreadable. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const kind = sniffProofKind(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (kind === 'png') {
    if (bytes.length < 24) return undefined;
    const width = view.getUint32(16);
    const height = view.getUint32(20);
    return width > 0 && height > 0 ? { width, height } : undefined;
  }
  if (kind !== 'jpeg') return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] as number;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      return width > 0 && height > 0 ? { width, height } : undefined;
    }
    if (marker === 0xda || length < 2) return undefined;
    at += 2 + length;
  }
  return undefined;
}

/** The content of one stored proof for embedding. `storedPages`: the page count kept with the file. */
export function proofContent(bytes: Uint8Array, storedPages?: number): ProofContent {
  const kind = sniffProofKind(bytes);
  if (kind === 'png' || kind === 'jpeg') {
    const size = imageSize(bytes);
    if (size) return { kind: 'image', format: kind === 'png' ? 'png' : 'jpg', data: bytes, ...size };
  }
  if (kind === 'pdf') return { kind: 'pdf', pages: storedPages ?? pdfPageCount(bytes) };
  return { kind: 'other' };
}

/** Room for an embedded image: the text width, and a page's height less its heading lines. */
const MAX_WIDTH_PT = TEXT_WIDTH / 20;
const MAX_HEIGHT_PT = (PAGE.height - PAGE.margin.top - PAGE.margin.bottom) / 20 - 120;

/** An image's printed size: its pixels at 96 dpi, scaled down (never up) to fit the page. */
export function fitImage(width: number, height: number): { widthPt: number; heightPt: number } {
  const widthPt = width * 0.75;
  const heightPt = height * 0.75;
  const scale = Math.min(1, MAX_WIDTH_PT / widthPt, MAX_HEIGHT_PT / heightPt);
  return { widthPt: Math.round(widthPt * scale), heightPt: Math.round(heightPt * scale) };
}

/** What follows a file's line in 附1/附2 when proofs are embedded. */
export function embeddedProof(proofs: ReadonlyMap<string, ProofContent>, file: AttachmentRef): Block[] {
  const content = file.id === undefined ? undefined : proofs.get(file.id);
  const note = (text: string) => [paragraph('body', text, { indentChars: 4 })];
  if (!content) return note('（本机没有这份文件的内容，未能附上，请另附打印件。）');
  if (content.kind === 'pdf')
    return note(
      `（PDF 文件${content.pages ? `，共 ${content.pages} 页` : ''}：申报助手不能把 PDF 页面转成图片，请将其打印件附于此处。）`,
    );
  if (content.kind === 'other') return note('（文件格式无法嵌入，请另附打印件。）');
  const image: ImageBlock = {
    type: 'image',
    format: content.format,
    data: content.data,
    name: file.name,
    ...fitImage(content.width, content.height),
  };
  return [image];
}

/**
 * The stored contents of every proof the application's 附 cells name, by attachment id, for
 * an export with embedded proofs. Reads the bytes of those files only; a file whose bytes are
 * gone is left out (its line then says so).
 */
export async function loadProofContents(
  db: Database,
  values: FieldValues,
): Promise<Map<string, ProofContent>> {
  const ids = new Set(
    Object.entries(values)
      .filter(([key]) => key.startsWith('attachment.'))
      .flatMap(([, value]) => attachmentRefs(value).flatMap((ref) => (ref.id ? [ref.id] : []))),
  );
  const contents = new Map<string, ProofContent>();
  for (const id of ids) {
    const blob = await readAttachmentBlob(db, id);
    if (!blob) continue;
    const record = attachmentRecordSchema.safeParse(await db.get('attachments', id));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    contents.set(id, proofContent(bytes, record.success ? record.data.pages : undefined));
  }
  return contents;
}
