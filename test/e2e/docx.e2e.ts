import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import type { Download } from 'playwright-core';
import { pdfPageCount } from '@/lib/proofs/pdf-pages';
import type { DashboardPage } from '../support/dashboard-page';
import { bodyParagraphs, type DocxTable, tablesOf, unzipDocx } from '../support/docx-inspect';
import { describe, expect, type SampleFixture, test } from '../support/fixtures';
import { screenshotPath } from '../support/screenshots';

interface Exported {
  name: string;
  files: Record<string, string>;
  table: DocxTable;
  body: string[];
}

async function readDownload(download: Download): Promise<Exported> {
  const path = await download.path();
  const files = unzipDocx(readFileSync(path));
  const document = files['word/document.xml'] ?? '';
  return {
    name: download.suggestedFilename(),
    files,
    table: tablesOf(document)[0] ?? [],
    body: bodyParagraphs(document),
  };
}

/** Texts of a table row's cells, without those a vertical merge covers. */
function row(exported: Exported, firstCell: string): string[] {
  const rows = exported.table.map((cells) => cells.filter((cell) => cell.vMerge !== 'continue'));
  const found = rows.find((cells) => cells[0]?.text.split('\n')[0] === firstCell);
  return (found ?? []).map((cell) => cell.text);
}

const today = () => {
  const now = new Date();
  return `${now.getFullYear()}${String(now.getMonth() + 1).padStart(2, '0')}${String(now.getDate()).padStart(2, '0')}`;
};

/** The sample's draft open in the editor. */
async function sampleEditor(sample: SampleFixture): Promise<DashboardPage> {
  await sample.dashboard.openDraft();
  return sample.dashboard;
}

// 「导出申报书 (.docx)」 from the dashboard editor: the file's tables hold the draft's values.
describe('申报书 export from the dashboard', () => {
  // One story on one browser (the sample open in the editor): each step reads the export
  // its predecessor left, so the steps run in this order.
  test('exports the sample with the chosen 申报日期, previews it, lists what to fix before a 草稿, and embeds a PDF proof page by page and prints everything', async ({
    sample,
  }) => {
    const dashboard = await sampleEditor(sample);
    const { page } = dashboard;
    // downloads the complete sample as 申报书-<项目名称>-YYYYMMDD.docx with its values in tables 一 and 二 and the chosen 申报日期
    {
      await dashboard.page.getByTestId('export-docx').click();
      // The dialog offers the draft's 申报日期; the one chosen is printed on the cover and the 责任声明.
      const date = dashboard.page.getByTestId('export-date');
      await expect.poll(() => date.inputValue()).toBe('2020-05-06');
      await date.fill('2020-05-08');
      const [download] = await Promise.all([
        dashboard.page.waitForEvent('download'),
        dashboard.page.getByTestId('export-docx-confirm').click(),
      ]);
      const exported = await readDownload(download);
      expect(exported.name).toBe(`申报书-基于5G和人工智能的“云栈医联”互联网医疗服务平台-${today()}.docx`);
      expect(exported.body).toContain('申报日期：2020年5月8日');
      expect(exported.body.at(-1)?.trim()).toBe('2020年5月8日');
      expect(row(exported, '单位名称')).toEqual(['单位名称', '重庆云栈数智科技股份有限公司']);
      expect(row(exported, '申报联系人')).toEqual(['申报联系人', '姓名', '周晓岚', '手机', '13983627415']);
      expect(row(exported, '单位性质')[1]).toContain('☑民营企业');
      expect(row(exported, '主营业务收入（万元）')).toEqual([
        '主营业务收入（万元）\n（提供证明材料）',
        '12680',
        '研发投入（万元）',
        '1468.3',
      ]);
      expect(row(exported, '项目名称')[1]).toBe('基于5G和人工智能的“云栈医联”互联网医疗服务平台');
      expect(row(exported, '示范项目领域')[1]).toContain('☑方向3：在线医疗服务');
      expect(exported.body).toContain('（1）2019年度财务审计报告.pdf（2019年）');
      expect(exported.files['word/header1.xml']).toBeUndefined();
      await dashboard.page.getByTestId('export-docx-state').filter({ hasText: '已导出' }).waitFor();
    }
    // shows the same document as a print preview
    {
      await dashboard.page.getByTestId('print-preview').click();
      const dialog = dashboard.page.getByTestId('print-preview-dialog');
      await dialog.waitFor();
      const frame = dashboard.page.frameLocator('[data-testid="print-preview-frame"]');
      await frame
        .locator('td.c-value[data-key="company.name"]')
        .filter({ hasText: /^重庆云栈数智科技股份有限公司$/ })
        .waitFor();
      await expect.poll(() => frame.locator('h1', { hasText: '三、申报项目详细介绍' }).count()).toBe(1);
      await dashboard.page.screenshot({ path: screenshotPath('docx-print-preview') });
      await dashboard.page.getByTestId('print-preview-close').click();
      await dialog.waitFor({ state: 'detached' });
    }
    // reports an empty required cell first, then exports the edited draft marked 草稿
    {
      await dashboard.field('contact.name').fill('王晓明');
      await dashboard.field('contact.fax').fill('');
      await dashboard.page.getByTestId('export-docx').click();
      const issues = dashboard.page.getByTestId('export-docx-issues');
      await issues.filter({ hasText: '申报联系人·传真' }).waitFor();
      await dashboard.page.screenshot({ path: screenshotPath('docx-preflight') });
      const [download] = await Promise.all([
        dashboard.page.waitForEvent('download'),
        dashboard.page.getByTestId('export-docx-draft').click(),
      ]);
      const exported = await readDownload(download);
      expect(exported.name).toBe(
        `申报书-基于5G和人工智能的“云栈医联”互联网医疗服务平台-${today()}-草稿.docx`,
      );
      expect(row(exported, '申报联系人')).toEqual(['申报联系人', '姓名', '王晓明', '手机', '13983627415']);
      expect(row(exported, '职务')).toEqual(['职务', '董事会秘书', '传真', '【待填写】']);
      expect(exported.files['word/header1.xml']).toContain('草稿');
      await issues.waitFor({ state: 'detached' });
    }
    // 附1/附2 with the stored PDF proofs rendered page by page (pdf.js in the dashboard), and
    // 「打印全部」: the whole application in the edition's binding order, printable as one PDF.
    // embeds every page of a PDF proof in the .docx in order, and prints the whole application with its proof pages
    {
      const fixture = 'test/fixtures/proofs/推广效果证明-3页.pdf';
      const name = '推广效果证明-3页.pdf';
      // Only this proof in 附1/附2 (each PDF page is rendered twice, for the .docx and the print
      // view): the sample's other files are removed, so the export is a 草稿.
      const printed = page.locator(
        ['honourProof', 'rdProof', 'revenueProof', 'projectIpProof', 'promotionProof']
          .map((key) => `[data-testid="attachment:attachment.${key}"]`)
          .join(','),
      );
      const remove = printed.getByRole('button', { name: /^移除「/ });
      while ((await remove.count()) > 0) await remove.first().click();
      const slot = page.getByTestId('attachment:attachment.promotionProof');
      await slot.getByTestId('attach:attachment.promotionProof').setInputFiles(fixture);
      await slot.getByText(name).waitFor();
      // A damaged PDF (its signature is right, its body is not) in 附2 item 1: listed with the
      // reason, in the document, the dialog and the print view; never an error of the export.
      const broken = '损坏的证明.pdf';
      const brokenSlot = page.getByTestId('attachment:attachment.projectIpProof');
      await brokenSlot.getByTestId('attach:attachment.projectIpProof').setInputFiles({
        name: broken,
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.7\n% the rest of this file was lost\n'),
      });
      await brokenSlot.getByText(broken).waitFor();
      await page.getByTestId('save-state').filter({ hasText: '已自动保存' }).waitFor();

      await page.getByTestId('export-docx').click();
      await page.getByTestId('export-embed-proofs').check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-docx-draft').click(),
      ]);
      const bytes = readFileSync(await download.path());
      // Kept for `npm run render:docx -- artifacts/docx/pdf-proof.docx` (a look at the pages).
      mkdirSync('artifacts/docx', { recursive: true });
      writeFileSync('artifacts/docx/pdf-proof.docx', bytes);
      const zip = unzipSync(bytes);
      const files = unzipDocx(bytes);
      const documentXml = files['word/document.xml'] ?? '';
      const relations = files['word/_rels/document.xml.rels'] ?? '';
      // Every picture in document order with its alt text and its media part.
      const pictures = [...documentXml.matchAll(/descr="([^"]+)"[\s\S]*?r:embed="([^"]+)"/g)].map(
        (match) => ({
          caption: match[1] as string,
          media: new RegExp(`Id="${match[2]}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ?? '',
        }),
      );
      const captions = [1, 2, 3].map((n) => `${name}　第 ${n} / 3 页`);
      const ours = pictures.filter((picture) => picture.caption.startsWith(name));
      expect(ours.map((picture) => picture.caption)).toEqual(captions);
      // Three distinct page images, each a real image part of word/media.
      expect(new Set(ours.map((picture) => picture.media)).size).toBe(3);
      for (const picture of ours) expect(zip[`word/${picture.media}`]?.length ?? 0).toBeGreaterThan(5_000);
      // One picture per PDF page and nothing else; the file is not listed as unrendered.
      expect(pictures).toHaveLength(3);
      const brokenNote = 'PDF 文件未能转成图片（文件已损坏或不是有效的 PDF）';
      expect(bodyParagraphs(documentXml).filter((text) => text.includes('未能转成图片'))).toEqual([
        `（${brokenNote}，请将其打印件附于此处。）`,
      ]);
      await expect
        .poll(() => page.getByTestId('export-docx-unrendered').textContent())
        .toContain(`${broken}：${brokenNote}`);
      await page.screenshot({ path: screenshotPath('docx-unrendered-pdf') });

      const [print] = await Promise.all([
        sample.browser.context.waitForEvent('page'),
        (async () => {
          await page.getByTestId('export-docx').click();
          await page.getByTestId('export-print-all').click();
        })(),
      ]);
      await print.locator('body[data-state="ready"]').waitFor({ timeout: 30_000 });
      const headings = await print.locator('h1').allTextContents();
      expect(headings.filter((text) => text === '三、申报项目详细介绍' || /^附\d+$/.test(text))).toEqual([
        '三、申报项目详细介绍',
        '附1',
        '附2',
        '附3',
      ]);
      // 附1, 附2 with the proof's pages in order, then 附3, in document order.
      const sequence = await print.locator('h1, p').allTextContents();
      const order = ['附1', '附2', ...captions, '附3'].map((text) => sequence.indexOf(text));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect(order).toEqual(order.toSorted((a, b) => a - b));
      const images = await print.locator('.proof-image img').evaluateAll((nodes) =>
        nodes.map((node) => ({
          alt: node.getAttribute('alt') ?? '',
          loaded: (node as HTMLImageElement).naturalWidth > 0,
        })),
      );
      expect(images.map((image) => image.alt)).toEqual(captions);
      expect(images.every((image) => image.loaded)).toBe(true);
      await print.setViewportSize({ width: 1280, height: 900 });
      await print.getByAltText(captions[1] as string).scrollIntoViewIfNeeded();
      await print.screenshot({ path: screenshotPath('print-view') });
      expect(await print.getByTestId('print-unrendered').allTextContents()).toEqual([
        `${broken}：${brokenNote}，请将其打印件附于此处。`,
      ]);
      await print.getByTestId('print-all-print').waitFor();
      const pdf = await print.pdf({ format: 'A4', preferCSSPageSize: true });
      writeFileSync('artifacts/docx/print-view.pdf', pdf);
      // The 申报书 alone prints on 14 A4 pages here (more than 10 wherever it runs); each proof page
      // adds a page of its own.
      expect(pdfPageCount(pdf) ?? 0).toBeGreaterThanOrEqual(10 + 3);
    }
  }, 120_000);
});
