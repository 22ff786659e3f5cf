import {
  chooseEncoding,
  JPEG_QUALITY,
  type PdfRendering,
  pagesToRender,
  pdfFailureOf,
  pixelSize,
  type RenderedPdfPage,
  renderScale,
} from '@/lib/proofs/pdf-render-plan';

/**
 * Renders the pages of a stored PDF proof to images with pdf.js, in an extension page (the
 * dashboard, the print view; never the content script). pdf.js is its own chunk, loaded on the
 * first PDF; its worker, the CMaps (Chinese PDFs whose fonts are not embedded) and the image
 * decoders are packaged files (wxt.config.ts copies them to `pdfjs/`): nothing is fetched from
 * the network. pdf.js 6 generates no code at run time (its `isEvalSupported` option is gone),
 * so the pages' CSP holds; where WebAssembly is refused (Firefox MV2's default CSP) pdf.js
 * falls back to the packaged JavaScript decoders.
 */

const PACKAGED = '/pdfjs/';

type PdfJs = typeof import('pdfjs-dist');
let loading: Promise<PdfJs> | undefined;

function pdfjs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist').then((module) => {
    module.GlobalWorkerOptions.workerSrc = new URL(`${PACKAGED}pdf.worker.js`, location.href).href;
    return module;
  });
  return loading;
}

function canvasBytes(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => {
        if (!blob) reject(new Error('canvas'));
        else void blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
      },
      type,
      quality,
    );
  });
}

/** Every page (up to `MAX_RENDERED_PAGES`) of one PDF as PNG (JPEG for a heavy scan), in order. */
export async function renderPdfPages(bytes: Uint8Array): Promise<PdfRendering> {
  let task: ReturnType<PdfJs['getDocument']> | undefined;
  try {
    const { getDocument } = await pdfjs();
    const base = new URL(PACKAGED, location.href).href;
    // pdf.js takes ownership of the buffer it is given: hand it a copy.
    task = getDocument({
      data: bytes.slice(),
      cMapUrl: `${base}cmaps/`,
      cMapPacked: true,
      wasmUrl: `${base}wasm/`,
      enableXfa: false,
      stopAtErrors: false,
    });
    const document = await task.promise;
    if (document.numPages < 1) return { ok: false, failure: 'empty' };
    const pages: RenderedPdfPage[] = [];
    for (const number of pagesToRender(document.numPages)) {
      const page = await document.getPage(number);
      const natural = page.getViewport({ scale: 1 });
      const scale = renderScale(natural.width, natural.height);
      const viewport = page.getViewport({ scale });
      const size = pixelSize(natural.width, natural.height, scale);
      const canvas = window.document.createElement('canvas');
      canvas.width = size.width;
      canvas.height = size.height;
      await page.render({ canvas, viewport, background: '#ffffff' }).promise;
      const png = await canvasBytes(canvas, 'image/png');
      const format = chooseEncoding(png.length);
      const data = format === 'png' ? png : await canvasBytes(canvas, 'image/jpeg', JPEG_QUALITY);
      pages.push({ format, data, widthPt: natural.width, heightPt: natural.height });
      page.cleanup();
      canvas.width = 0;
      canvas.height = 0;
    }
    return { ok: true, total: document.numPages, pages };
  } catch (error) {
    return { ok: false, failure: pdfFailureOf(error) };
  } finally {
    await task?.destroy().catch(() => undefined);
  }
}
