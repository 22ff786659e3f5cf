import type { AttachmentRef, Edition, FieldValues } from '@/lib/catalog';
import { pdfPageCount } from '@/lib/proofs/pdf-pages';
import {
  MAX_RENDERED_PAGES,
  type PdfRenderer,
  type PdfRenderFailure,
  pageCaption,
  pdfFailureNote,
  type RenderedPdfPage,
} from '@/lib/proofs/pdf-render-plan';
import { sniffProofKind } from '@/lib/proofs/sniff';
import { readAttachmentBlob } from '@/lib/store/attachments';
import type { Database } from '@/lib/store/db';
import { attachmentRecordSchema } from '@/lib/store/records';
import { attachmentRefs } from './format';
import { type Block, type ImageBlock, PAGE_BREAK, paragraph } from './model';
import { PAGE, TEXT_WIDTH } from './styles';

/**
 * What a stored proof can give the printed 附1/附2, read from its bytes (never its name or
 * stored type): an image is embedded; a PDF's pages are embedded as the images the dashboard
 * rendered (`rendered`), one page each, or, when it could not be rendered (`failure`) or no
 * renderer ran, listed with its page count; anything else is listed by name.
 */
export type ProofContent =
  | { kind: 'image'; format: 'png' | 'jpg'; data: Uint8Array; width: number; height: number }
  | {
      kind: 'pdf';
      pages: number | undefined;
      rendered?: readonly RenderedPdfPage[];
      failure?: PdfRenderFailure;
    }
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

/**
 * A rendered PDF page's printed size: the page's own size in points, scaled down (never up) to
 * the room an image has on a page of the 申报书.
 */
export function fitPage(widthPt: number, heightPt: number): { widthPt: number; heightPt: number } {
  const scale = Math.min(1, MAX_WIDTH_PT / widthPt, MAX_HEIGHT_PT / heightPt);
  return { widthPt: Math.round(widthPt * scale), heightPt: Math.round(heightPt * scale) };
}

/**
 * The pages of a rendered PDF in order, each on a page of its own with its caption
 * (「审计报告.pdf　第 2 / 5 页」), and a note when only the first pages were rendered.
 */
export function pdfPageBlocks(name: string, total: number, pages: readonly RenderedPdfPage[]): Block[] {
  const blocks = pages.flatMap((page, index): Block[] => [
    PAGE_BREAK,
    {
      type: 'image',
      format: page.format,
      data: page.data,
      name: pageCaption(name, index + 1, total),
      ...fitPage(page.widthPt, page.heightPt),
    },
    paragraph('cellNote', pageCaption(name, index + 1, total), { align: 'center' }),
  ]);
  if (pages.length < total)
    blocks.push(
      paragraph(
        'body',
        `（以上为前 ${pages.length} 页；本文件共 ${total} 页，其余 ${total - pages.length} 页请另附打印件。）`,
        { indentChars: 4 },
      ),
    );
  return blocks;
}

/** What follows a file's line in 附1/附2 when proofs are embedded. */
export function embeddedProof(proofs: ReadonlyMap<string, ProofContent>, file: AttachmentRef): Block[] {
  const content = file.id === undefined ? undefined : proofs.get(file.id);
  const note = (text: string) => [paragraph('body', text, { indentChars: 4 })];
  if (!content) return note('（本机没有这份文件的内容，未能附上，请另附打印件。）');
  if (content.kind === 'pdf') {
    if (content.rendered && content.rendered.length > 0)
      return pdfPageBlocks(
        file.name,
        Math.max(content.pages ?? 0, content.rendered.length),
        content.rendered,
      );
    if (content.failure) return note(`（${pdfFailureNote(content.failure, content.pages)}。）`);
    return note(
      `（PDF 文件${content.pages ? `，共 ${content.pages} 页` : ''}：未转成图片，请将其打印件附于此处。）`,
    );
  }
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
 * The attachment ids of the files 附1/附2 print, in printed order: the edition's items (not the
 * 责任声明, printed as text to sign, nor the common proofs beyond the 申报书), each item's files
 * in their order.
 */
export function printedProofIds(edition: Edition, values: FieldValues): string[] {
  const ids = edition.attachments
    .filter((item) => item.key !== 'attachment.declaration')
    .flatMap((item) => attachmentRefs(values[item.key]).flatMap((ref) => (ref.id ? [ref.id] : [])));
  return [...new Set(ids)];
}

export interface LoadProofOptions {
  /** Turns a PDF's pages into images (pdf.js in the dashboard); absent: PDFs are listed. */
  renderPdf?: PdfRenderer;
}

/**
 * The stored contents of every proof 附1/附2 print, by attachment id, for an export with
 * embedded proofs. Reads the bytes of those files only; a file whose bytes are gone is left out
 * (its line then says so). A PDF is rendered when a renderer is given; one that fails (encrypted,
 * corrupt) keeps the reason and is listed, never an error of the export.
 */
export async function loadProofContents(
  db: Database,
  edition: Edition,
  values: FieldValues,
  options: LoadProofOptions = {},
): Promise<Map<string, ProofContent>> {
  const contents = new Map<string, ProofContent>();
  for (const id of printedProofIds(edition, values)) {
    const blob = await readAttachmentBlob(db, id);
    if (!blob) continue;
    const record = attachmentRecordSchema.safeParse(await db.get('attachments', id));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const content = proofContent(bytes, record.success ? record.data.pages : undefined);
    contents.set(
      id,
      content.kind === 'pdf' && options.renderPdf
        ? await rendered(content, bytes, options.renderPdf)
        : content,
    );
  }
  return contents;
}

async function rendered(
  content: Extract<ProofContent, { kind: 'pdf' }>,
  bytes: Uint8Array,
  render: PdfRenderer,
): Promise<ProofContent> {
  const result = await render(bytes).catch(() => ({ ok: false as const, failure: 'unavailable' as const }));
  if (!result.ok) return { ...content, failure: result.failure };
  return { kind: 'pdf', pages: result.total, rendered: result.pages };
}

/**
 * The PDFs that could not be rendered, for the export dialog: file name and the note the
 * document prints. Empty when every PDF was rendered (or none was asked to be).
 */
export function unrenderedPdfs(
  edition: Edition,
  values: FieldValues,
  proofs: ReadonlyMap<string, ProofContent>,
): { name: string; note: string }[] {
  const names = new Map(
    edition.attachments.flatMap((item) =>
      attachmentRefs(values[item.key]).flatMap((ref) => (ref.id ? [[ref.id, ref.name] as const] : [])),
    ),
  );
  return [...proofs].flatMap(([id, content]) =>
    content.kind === 'pdf' && content.failure
      ? [{ name: names.get(id) ?? id, note: pdfFailureNote(content.failure, content.pages) }]
      : [],
  );
}

export { MAX_RENDERED_PAGES };
