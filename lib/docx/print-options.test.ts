/**
 * The printed 申报书 of an export made despite the preflight: values that fail their rule are
 * marked, the cover's 申报日期 and the 责任声明's date are one chosen day, and 附1/附2 can embed
 * the stored proofs (images; PDFs listed with their page count).
 */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { FieldValues } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { unzipDocx } from '@/test/support/docx-inspect';
import { png } from '@/test/support/png';
import { buildApplicationDocx } from './build';
import { applicationDay, composeDocument, failedRules } from './compose';
import { formatDay } from './format';
import { type Block, type DocumentModel, type ImageBlock, type Run, textOf } from './model';
import { preflight } from './preflight';
import { embeddedProof, fitImage, imageSize, type ProofContent, proofContent } from './proofs';
import { DRAFT_COLOR } from './styles';

const WRONG_CODE = '91500000MA5U7XXX1Q';
const LONG_SUMMARY = '智'.repeat(420);

/** A JPEG's markers up to its frame header (SOI, APP0, SOF0): enough to read the size. */
const JPEG_HEAD = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01,
  0x03, 0x11, 0x01, 0xff, 0xd9,
]);

function allBlocks(model: DocumentModel): Block[] {
  return model.sections.flatMap((section) => section.blocks);
}

/** Every run of the document, table cells included, in order. */
function allRuns(model: DocumentModel): Run[] {
  return allBlocks(model).flatMap((block) => {
    if (block.type === 'paragraph') return [...block.runs];
    if (block.type === 'table')
      return block.rows.flatMap((row) => row.flatMap((cell) => cell.paragraphs.flatMap((p) => [...p.runs])));
    return [];
  });
}

const compose = (values: FieldValues, proofs?: ReadonlyMap<string, ProofContent>) =>
  composeDocument({ edition: EDITION_2020, values, draftMarked: true, today: TEST_TODAY, proofs });

describe('a value that fails its rule is printed marked', () => {
  const bad = makeApplication({ 'company.creditCode': WRONG_CODE, 'project.summary': LONG_SUMMARY });

  it('failedRules holds exactly the preflight’s errors of filled cells, with their messages', () => {
    const flags = failedRules(bad, EDITION_2020, TEST_TODAY);
    expect([...flags.keys()].toSorted()).toEqual(['company.creditCode', 'project.summary']);
    const errors = preflight(bad, EDITION_2020, TEST_TODAY);
    for (const issue of errors) expect(flags.get(issue.key)).toContain(issue.message);
    // An empty required cell is 【待填写】, not a flag.
    expect(failedRules(makeApplication({ 'contact.fax': '' }), EDITION_2020, TEST_TODAY).size).toBe(0);
  });

  it('prints the wrong 信用代码 and the 420-字 概述 in the draft colour, each followed by its rule', () => {
    const runs = allRuns(compose(bad));
    const code = runs.find((item) => item.text === WRONG_CODE);
    expect(code?.color).toBe(DRAFT_COLOR);
    const notes = runs.filter((item) => item.text.startsWith('【有误：'));
    expect(notes.map((item) => item.text)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('校验位不正确'),
        expect.stringContaining('按 Word 字数统计为 420 字'),
      ]),
    );
    for (const note of notes) expect(note).toMatchObject({ color: DRAFT_COLOR, bold: true });
    const summary = runs.find((item) => item.text === LONG_SUMMARY);
    expect(summary?.color).toBe(DRAFT_COLOR);
  });

  it('a clean application has no mark; the .docx carries the mark in the draft colour', async () => {
    expect(allRuns(compose(makeApplication())).some((item) => item.text.includes('【有误'))).toBe(false);
    const bytes = await buildApplicationDocx({
      edition: EDITION_2020,
      values: bad,
      draftMarked: true,
      today: TEST_TODAY,
    });
    const document = unzipDocx(bytes)['word/document.xml'] ?? '';
    expect(document).toMatch(
      new RegExp(`<w:color w:val="${DRAFT_COLOR}"/>(?:(?!</w:r>).)*<w:t[^>]*>${WRONG_CODE}</w:t>`),
    );
    expect(document).toContain('【有误：校验位不正确');
  });
});

describe('申报日期: the cover and the 责任声明 print one day, the user’s choice', () => {
  const lastLines = (model: DocumentModel) => allBlocks(model).slice(-1).map(textOf);
  const coverDate = (model: DocumentModel) =>
    (model.sections[0]?.blocks ?? []).map(textOf).find((text) => text.startsWith('申报日期：'));

  it('the chosen day on both', () => {
    const model = compose(makeApplication({ 'project.applicationDate': '2020-05-08' }));
    expect(coverDate(model)).toBe('申报日期：2020年5月8日');
    expect(lastLines(model)).toEqual(['2020年5月8日　　']);
  });

  it('the export day on both when none is chosen', () => {
    const model = compose(makeApplication({ 'project.applicationDate': undefined }));
    expect(coverDate(model)).toBe(`申报日期：${formatDay(TEST_TODAY)}`);
    expect(lastLines(model)).toEqual([`${formatDay(TEST_TODAY)}　　`]);
    expect(applicationDay({}, TEST_TODAY)).toBe(formatDay(TEST_TODAY));
  });
});

describe('附1–附2 embed the stored proofs (an export option)', () => {
  const image = png(1200, 400);

  it('reads the size of PNG and JPEG files from their bytes, and fits them to the page', () => {
    expect(imageSize(image)).toEqual({ width: 1200, height: 400 });
    expect(imageSize(JPEG_HEAD)).toEqual({ width: 800, height: 600 });
    expect(imageSize(new TextEncoder().encode('%PDF-1.4'))).toBeUndefined();
    const fitted = fitImage(1200, 400);
    expect(fitted.widthPt).toBeLessThanOrEqual(416);
    expect(fitted.widthPt / fitted.heightPt).toBeCloseTo(3, 1);
    expect(fitImage(100, 50)).toEqual({ widthPt: 75, heightPt: 38 });
  });

  it('embeds an image after its line, lists a PDF with its page count, and says when bytes are missing', () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Pages /Count 3 /Kids [] >> endobj');
    const proofs = new Map<string, ProofContent>([
      ['img', proofContent(image)],
      ['pdf', proofContent(pdf)],
    ]);
    expect(proofs.get('pdf')).toEqual({ kind: 'pdf', pages: 3 });
    expect(embeddedProof(proofs, { id: 'img', name: '证书.png' })[0]).toMatchObject({
      type: 'image',
      format: 'png',
      name: '证书.png',
    });
    expect(embeddedProof(proofs, { id: 'pdf', name: '审计报告.pdf' }).map(textOf)[0]).toContain('共 3 页');
    expect(embeddedProof(proofs, { id: 'gone', name: 'x.png' }).map(textOf)[0]).toContain('未能附上');

    const values = makeApplication({
      'attachment.honourProof': [{ id: 'img', name: '高新技术企业证书.png', year: 2017 }],
      'attachment.revenueProof': [{ id: 'pdf', name: '2019年度财务审计报告.pdf', year: 2019 }],
    });
    const blocks = allBlocks(compose(values, proofs));
    const at = blocks.findIndex((block) => textOf(block) === '（1）高新技术企业证书.png（2017年）');
    expect((blocks[at + 1] as ImageBlock).type).toBe('image');
    expect(blocks.map(textOf)).toEqual(
      expect.arrayContaining([expect.stringContaining('PDF 文件，共 3 页')]),
    );
    // Without the option, names only, as before.
    expect(allBlocks(compose(values)).some((block) => block.type === 'image')).toBe(false);
  });

  it('the .docx holds the image as a picture in word/media', async () => {
    const values = makeApplication({
      'attachment.honourProof': [{ id: 'img', name: '高新技术企业证书.png', year: 2017 }],
    });
    const bytes = await buildApplicationDocx({
      edition: EDITION_2020,
      values,
      draftMarked: false,
      today: TEST_TODAY,
      proofs: new Map([['img', proofContent(image)]]),
    });
    const media = Object.entries(unzipSync(bytes)).filter(([path]) => path.startsWith('word/media/'));
    expect(media.map(([, data]) => data)).toEqual([image]);
    expect(unzipDocx(bytes)['word/document.xml']).toContain('<pic:pic');
  });
});
