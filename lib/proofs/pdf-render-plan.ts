/**
 * The pure decisions around turning a stored PDF proof into page images for the printed
 * 附1/附2 (the rendering itself is `lib/runtime/pdf-render.ts`, pdf.js in the dashboard): the
 * scale of a page, how many pages, which image format, and what the document and the export
 * dialog say when a PDF cannot be rendered.
 */

/** Print-worthy: 150 dpi. PDF user space is in points (1/72 inch). */
export const RENDER_DPI = 150;
/** The longest side of a page image, in pixels (an A3 page at 150 dpi is 2481 px tall). */
export const MAX_PAGE_SIDE_PX = 2480;
/** The pixels of a page image (an A4 page at 150 dpi has 2.2 million). */
export const MAX_PAGE_PIXELS = 4_000_000;
/** Pages rendered of one file; the rest are noted, not rendered (a 300-page scan is not a proof page). */
export const MAX_RENDERED_PAGES = 60;
/** A PNG above this size (a scanned page) is written as JPEG instead. */
export const MAX_PNG_BYTES = 1_500_000;
export const JPEG_QUALITY = 0.85;

/**
 * The scale that renders a page of `widthPt` × `heightPt` at 150 dpi, lowered so that neither
 * side exceeds `MAX_PAGE_SIDE_PX` and the area stays under `MAX_PAGE_PIXELS`.
 */
export function renderScale(widthPt: number, heightPt: number): number {
  const wanted = RENDER_DPI / 72;
  if (!(widthPt > 0 && heightPt > 0)) return wanted;
  const bySide = MAX_PAGE_SIDE_PX / Math.max(widthPt, heightPt);
  const byArea = Math.sqrt(MAX_PAGE_PIXELS / (widthPt * heightPt));
  return Math.min(wanted, bySide, byArea);
}

/** The pixel size of a page rendered at `scale` (what the canvas is given). */
export function pixelSize(
  widthPt: number,
  heightPt: number,
  scale: number,
): { width: number; height: number } {
  const side = (points: number) => Math.min(MAX_PAGE_SIDE_PX, Math.max(1, Math.round(points * scale)));
  return { width: side(widthPt), height: side(heightPt) };
}

/** Page numbers (1-based) to render of a PDF with `total` pages, in order. */
export function pagesToRender(total: number): number[] {
  const count = Math.max(0, Math.min(Math.floor(total), MAX_RENDERED_PAGES));
  return Array.from({ length: count }, (_, index) => index + 1);
}

/** PNG unless the PNG is too large for a page of a .docx (a scanned page): then JPEG. */
export function chooseEncoding(pngBytes: number): 'png' | 'jpg' {
  return pngBytes > MAX_PNG_BYTES ? 'jpg' : 'png';
}

/** Why a PDF could not be rendered, as the document and the dialog say it (zh-CN). */
export type PdfRenderFailure = 'encrypted' | 'corrupt' | 'empty' | 'unavailable';

export const PDF_FAILURE_TEXT: Readonly<Record<PdfRenderFailure, string>> = {
  encrypted: '文件设有打开密码',
  corrupt: '文件已损坏或不是有效的 PDF',
  empty: '文件中没有页面',
  unavailable: '浏览器未能转换该文件',
};

/**
 * The failure of a PDF from what pdf.js threw: its exceptions carry a `name`
 * (PasswordException, InvalidPDFException, …); the English message is never shown.
 */
export function pdfFailureOf(error: unknown): PdfRenderFailure {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  if (name === 'PasswordException') return 'encrypted';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException')
    return 'corrupt';
  return 'unavailable';
}

/** A page of a rendered PDF: the image and the page's printed size. */
export interface RenderedPdfPage {
  format: 'png' | 'jpg';
  data: Uint8Array;
  /** Size of the PDF page in points (1/72 inch), as it prints. */
  widthPt: number;
  heightPt: number;
}

/** What rendering one PDF gave: its pages in order, or why not. */
export type PdfRendering =
  | { ok: true; total: number; pages: readonly RenderedPdfPage[] }
  | { ok: false; failure: PdfRenderFailure };

/** Renders the pages of one PDF (pdf.js in the dashboard; a stand-in in tests). */
export type PdfRenderer = (bytes: Uint8Array) => Promise<PdfRendering>;

/** The caption under a rendered page: 「审计报告.pdf　第 2 / 5 页」. */
export function pageCaption(name: string, page: number, total: number): string {
  return `${name}　第 ${page} / ${total} 页`;
}

/** The note of a PDF that could not be rendered: in 附1/附2 and in the export dialog. */
export function pdfFailureNote(failure: PdfRenderFailure, pages: number | undefined): string {
  return `PDF 文件未能转成图片（${PDF_FAILURE_TEXT[failure]}）${pages ? `，共 ${pages} 页` : ''}，请将其打印件附于此处`;
}
