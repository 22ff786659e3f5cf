/**
 * PDF proofs in the printed 附1/附2 and the 打印全部 view: how a page is sized and rendered
 * (lib/proofs/pdf-render-plan.ts), what the document holds for a rendered PDF (its pages in
 * order, one per page, with captions) and for one that failed (a zh-CN note, no error), the
 * pictures of the .docx, the binding order from the edition package, and the print view's address.
 * The rendering itself (pdf.js) runs in the browser: test/e2e/docx.e2e.ts.
 */
import 'fake-indexeddb/auto';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applicationValues, type Edition } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import {
  chooseEncoding,
  MAX_PAGE_PIXELS,
  MAX_PAGE_SIDE_PX,
  MAX_PNG_BYTES,
  MAX_RENDERED_PAGES,
  type PdfRenderer,
  type PdfRendering,
  pageCaption,
  pagesToRender,
  pdfFailureNote,
  pdfFailureOf,
  pixelSize,
  RENDER_DPI,
  renderScale,
} from '@/lib/proofs/pdf-render-plan';
import { type Database, openDatabase } from '@/lib/store/db';
import { loadSample, SAMPLE_DRAFT_ID } from '@/lib/store/sample';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { unzipDocx } from '@/test/support/docx-inspect';
import { png } from '@/test/support/png';
import { buildApplicationDocx } from './build';
import { appendixOrder, composeDocument } from './compose';
import { renderHtml } from './html';
import { type Block, type ImageBlock, textOf } from './model';
import { printViewParams, printViewPath } from './print-view';
import {
  embeddedProof,
  fitPage,
  loadProofContents,
  type ProofContent,
  pdfPageBlocks,
  printedProofIds,
  unrenderedPdfs,
} from './proofs';

const A4 = { widthPt: 595.28, heightPt: 841.89 };

/** A rendered page whose pixels say which page it is (its width is 100 + the page number). */
const page = (number: number, size = A4) => ({
  format: 'png' as const,
  data: png(100 + number, 140),
  ...size,
});

const blocksOf = (values: ReturnType<typeof makeApplication>, proofs?: ReadonlyMap<string, ProofContent>) =>
  composeDocument({
    edition: EDITION_2020,
    values,
    draftMarked: false,
    today: TEST_TODAY,
    proofs,
  }).sections.flatMap((section): Block[] => [...section.blocks]);

describe('rendering plan of a PDF page', () => {
  it('renders at 150 dpi, and caps a large page by its longest side and its area', () => {
    expect(renderScale(A4.widthPt, A4.heightPt)).toBeCloseTo(RENDER_DPI / 72, 6);
    const a4 = pixelSize(A4.widthPt, A4.heightPt, renderScale(A4.widthPt, A4.heightPt));
    expect(a4).toEqual({ width: 1240, height: 1754 });
    // A0 (2384 × 3370 pt) and a long strip: never more than the caps, aspect ratio kept.
    for (const [width, height] of [
      [2384, 3370],
      [600, 20000],
    ] as const) {
      const scale = renderScale(width, height);
      const size = pixelSize(width, height, scale);
      expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(MAX_PAGE_SIDE_PX);
      expect(size.width * size.height).toBeLessThanOrEqual(MAX_PAGE_PIXELS);
      expect(size.width / size.height).toBeCloseTo(width / height, 2);
    }
    // A nonsense viewport does not give a zero-sized canvas.
    expect(pixelSize(0, 0, renderScale(0, 0))).toEqual({ width: 1, height: 1 });
  });

  it('renders every page in order, up to the cap', () => {
    expect(pagesToRender(3)).toEqual([1, 2, 3]);
    expect(pagesToRender(0)).toEqual([]);
    const many = pagesToRender(500);
    expect(many).toHaveLength(MAX_RENDERED_PAGES);
    expect(many.at(-1)).toBe(MAX_RENDERED_PAGES);
  });

  it('keeps PNG unless a scanned page makes it heavy', () => {
    expect(chooseEncoding(200_000)).toBe('png');
    expect(chooseEncoding(MAX_PNG_BYTES + 1)).toBe('jpg');
  });

  it('reads why pdf.js failed from the exception name, never its English message', () => {
    expect(pdfFailureOf({ name: 'PasswordException', message: 'No password given' })).toBe('encrypted');
    expect(pdfFailureOf({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toBe('corrupt');
    expect(pdfFailureOf(new TypeError('x is undefined'))).toBe('unavailable');
    expect(pdfFailureOf('boom')).toBe('unavailable');
    const note = pdfFailureNote('encrypted', 4);
    expect(note).toBe('PDF 文件未能转成图片（文件设有打开密码），共 4 页，请将其打印件附于此处');
    expect(note).not.toMatch(/Password|Exception|Invalid/);
  });
});

describe('a rendered PDF in 附1/附2', () => {
  it('puts each page on a page of its own, in order, with 「name　第 n / N 页」 under it', () => {
    const blocks = pdfPageBlocks('推广效果证明.pdf', 3, [page(1), page(2), page(3)]);
    expect(blocks.map((block) => block.type)).toEqual([
      'pageBreak',
      'image',
      'paragraph',
      'pageBreak',
      'image',
      'paragraph',
      'pageBreak',
      'image',
      'paragraph',
    ]);
    const images = blocks.filter((block): block is ImageBlock => block.type === 'image');
    expect(images.map((image) => image.data)).toEqual([page(1).data, page(2).data, page(3).data]);
    expect(blocks.filter((block) => block.type === 'paragraph').map(textOf)).toEqual([
      pageCaption('推广效果证明.pdf', 1, 3),
      '推广效果证明.pdf　第 2 / 3 页',
      '推广效果证明.pdf　第 3 / 3 页',
    ]);
  });

  it('fits a page into the text area, aspect kept, never enlarged', () => {
    const fitted = fitPage(A4.widthPt, A4.heightPt);
    expect(fitted.widthPt).toBeLessThan(A4.widthPt);
    expect(fitted.widthPt / fitted.heightPt).toBeCloseTo(A4.widthPt / A4.heightPt, 2);
    const landscape = fitPage(A4.heightPt, A4.widthPt);
    expect(landscape.widthPt).toBeGreaterThan(landscape.heightPt);
    expect(fitPage(200, 100)).toEqual({ widthPt: 200, heightPt: 100 });
  });

  it('says which pages are missing when only the first were rendered', () => {
    const blocks = pdfPageBlocks('年报.pdf', 75, [page(1), page(2)]);
    expect(textOf(blocks.at(-1) as Block)).toBe(
      '（以上为前 2 页；本文件共 75 页，其余 73 页请另附打印件。）',
    );
  });

  it('falls back to the listing with the reason when the PDF could not be rendered', () => {
    const proofs = new Map<string, ProofContent>([
      ['locked', { kind: 'pdf', pages: 2, failure: 'encrypted' }],
      ['broken', { kind: 'pdf', pages: undefined, failure: 'corrupt' }],
      ['listed', { kind: 'pdf', pages: 5 }],
    ]);
    expect(embeddedProof(proofs, { id: 'locked', name: '加密.pdf' }).map(textOf)).toEqual([
      '（PDF 文件未能转成图片（文件设有打开密码），共 2 页，请将其打印件附于此处。）',
    ]);
    expect(embeddedProof(proofs, { id: 'broken', name: '坏.pdf' }).map(textOf)[0]).toContain('文件已损坏');
    expect(embeddedProof(proofs, { id: 'listed', name: '列出.pdf' }).map(textOf)[0]).toContain('共 5 页');
    const values = makeApplication({
      'attachment.promotionProof': [
        { id: 'locked', name: '加密.pdf' },
        { id: 'listed', name: '列出.pdf' },
      ],
    });
    expect(unrenderedPdfs(EDITION_2020, values, proofs)).toEqual([
      { name: '加密.pdf', note: pdfFailureNote('encrypted', 2) },
      { name: 'broken', note: pdfFailureNote('corrupt', undefined) },
    ]);
  });

  it('the .docx holds one picture per page, in order, each on a page of its own', async () => {
    const values = makeApplication({
      'attachment.promotionProof': [{ id: 'three', name: '推广效果证明.pdf' }],
    });
    const pages = [page(1), page(2), page(3)];
    const bytes = await buildApplicationDocx({
      edition: EDITION_2020,
      values,
      draftMarked: false,
      today: TEST_TODAY,
      proofs: new Map<string, ProofContent>([['three', { kind: 'pdf', pages: 3, rendered: pages }]]),
    });
    const zip = unzipSync(bytes);
    const xml = unzipDocx(bytes);
    const document = xml['word/document.xml'] ?? '';
    const relations = xml['word/_rels/document.xml.rels'] ?? '';
    // The pictures in the order the document shows them, resolved to their media parts.
    const targets = [...document.matchAll(/r:embed="([^"]+)"/g)].map((match) => {
      const target = new RegExp(`Id="${match[1]}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? '';
      return zip[`word/${target}`];
    });
    expect(targets).toEqual(pages.map((item) => item.data));
    const captions = [...document.matchAll(/descr="([^"]+)"/g)].map((match) => match[1]);
    expect(captions).toEqual([1, 2, 3].map((n) => pageCaption('推广效果证明.pdf', n, 3)));
    // Each picture starts a page.
    const pictures = document.split('<w:p>').filter((paragraph) => paragraph.includes('<pic:pic'));
    for (const paragraph of pictures) expect(paragraph).toContain('<w:pageBreakBefore/>');
  });
});

describe('loading the proofs 附1/附2 print', () => {
  let db: Database;
  const stand: PdfRenderer = async (bytes) => {
    // The sample's PDFs are one page; a file starting with 「%PDF-1.7 locked」 stands for an encrypted one.
    if (new TextDecoder().decode(bytes.slice(0, 15)) === '%PDF-1.7 locked')
      return { ok: false, failure: 'encrypted' };
    return { ok: true, total: 1, pages: [page(1)] } satisfies PdfRendering;
  };

  // A store of its own per test: one test damages a stored file, and tests may run in any order.
  let run = 0;
  beforeEach(async () => {
    run += 1;
    db = await openDatabase(`pdf-proofs-test-${run}`);
    await loadSample(db, TEST_TODAY.getTime());
  });
  afterEach(() => db.close());

  async function sampleValues(): Promise<Record<string, unknown>> {
    const draft = await db.get('drafts', SAMPLE_DRAFT_ID);
    const company = await db.get('companies', draft?.companyId ?? '');
    return applicationValues(company?.profile ?? {}, {}, draft?.values ?? {}, EDITION_2020);
  }

  it('reads only the files 附1/附2 print, in printed order, and renders each PDF', async () => {
    const values = await sampleValues();
    const ids = printedProofIds(EDITION_2020, values as never);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.some((id) => id.includes('declaration') || id.includes('businessLicense'))).toBe(false);
    const proofs = await loadProofContents(db, EDITION_2020, values as never, { renderPdf: stand });
    expect([...proofs.keys()]).toEqual(ids);
    for (const content of proofs.values()) expect(content).toMatchObject({ kind: 'pdf', pages: 1 });
  });

  it('keeps the reason of a PDF that fails and of a renderer that throws, and never throws itself', async () => {
    const values = await sampleValues();
    const [first, second] = printedProofIds(EDITION_2020, values as never);
    const locked = new TextEncoder().encode('%PDF-1.7 locked\n<< /Type /Pages /Count 2 >>');
    await db.put('attachmentBlobs', { id: first as string, blob: new Blob([locked]) });
    const throwing: PdfRenderer = async (bytes) => {
      if (bytes.length === locked.length) return stand(bytes);
      throw new Error('worker crashed');
    };
    const proofs = await loadProofContents(db, EDITION_2020, values as never, { renderPdf: throwing });
    expect(proofs.get(first as string)).toMatchObject({ kind: 'pdf', failure: 'encrypted', pages: 2 });
    expect(proofs.get(second as string)).toMatchObject({ kind: 'pdf', failure: 'unavailable' });
    // Without a renderer, PDFs are listed as before.
    const listed = await loadProofContents(db, EDITION_2020, values as never);
    expect(listed.get(second as string)).toEqual({ kind: 'pdf', pages: 1 });
  });
});

describe('the binding order comes from the edition package', () => {
  const headings = (edition: Edition) =>
    composeDocument({ edition, values: makeApplication({}), draftMarked: false, today: TEST_TODAY })
      .sections.flatMap((section) => section.blocks)
      .filter((block) => block.type === 'paragraph' && block.style === 'heading1')
      .map(textOf)
      .filter((text) => /^附\d+$/.test(text));

  it('2020: 附1, 附2, 附3 as 填表须知 二 and 三 name them', () => {
    expect(EDITION_2020.printed?.appendixOrder).toEqual(['附1', '附2', '附3']);
    expect(headings(EDITION_2020)).toEqual(['附1', '附2', '附3']);
  });

  it('follows a package that binds them otherwise; unknown or repeated names are ignored, none is lost', () => {
    const swapped: Edition = {
      ...EDITION_2020,
      printed: { ...EDITION_2020.printed, appendixOrder: ['附3', '附2', '附9', '附2'] },
    };
    expect(headings(swapped)).toEqual(['附3', '附2', '附1']);
    expect(appendixOrder(EDITION_2020)).toEqual(['附1', '附2', '附3']);
  });
});

describe('the print view', () => {
  it('is addressed by draft and 申报日期, and ignores a malformed date', () => {
    const path = printViewPath('draft-1', '2020-05-08');
    expect(path).toBe('/print.html?draft=draft-1&date=2020-05-08');
    expect(printViewParams(path.slice(path.indexOf('?')))).toEqual({
      draftId: 'draft-1',
      isoDate: '2020-05-08',
    });
    expect(printViewParams('?draft=x&date=5月8日')).toEqual({ draftId: 'x' });
    expect(printViewParams('?date=2020-05-08')).toBeUndefined();
  });

  it('prints each proof page whole with its caption, after its appendix heading', () => {
    const values = makeApplication({
      'attachment.promotionProof': [{ id: 'three', name: '推广效果证明.pdf' }],
    });
    const proofs = new Map<string, ProofContent>([
      ['three', { kind: 'pdf', pages: 2, rendered: [page(1), page(2)] }],
    ]);
    const html = renderHtml(
      composeDocument({ edition: EDITION_2020, values, draftMarked: false, today: TEST_TODAY, proofs }),
    );
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('.proof-image{break-inside:avoid');
    const order = [
      '>附1<',
      '>附2<',
      '推广效果证明.pdf　第 1 / 2 页',
      '推广效果证明.pdf　第 2 / 2 页',
      '>附3<',
    ].map((text) => html.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect(order).toEqual(order.toSorted((a, b) => a - b));
    expect(blocksOf(values, proofs).filter((block) => block.type === 'image')).toHaveLength(2);
  });
});
