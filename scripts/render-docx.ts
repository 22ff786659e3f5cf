// Renders the 申报书 .docx with LibreOffice to see it as a reviewer will: builds the sample
// applicant's document (or renders the .docx given as argument), converts it to PDF with
// `soffice --headless`, checks with `pdftotext` that the applicant's name and project name
// are in the rendered text, and writes the pages as PNGs (the first two to docs/screenshots).
//
//   npm run render:docx                  # the sample applicant (2020)
//   npm run render:docx -- some.docx     # a downloaded export
//   npm run render:docx -- --marked      # the sample exported despite the preflight: a wrong
//                                        # 信用代码 and a 420-字 概述 (marked), 申报日期 chosen,
//                                        # proofs embedded (an image; PDFs listed with pages)
//
// Needs LibreOffice Writer and poppler (apt-get install -y libreoffice-writer-nogui
// poppler-utils fonts-noto-cjk). Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { applicationValues, type FieldValue, findEdition, LATEST_EDITION } from '../lib/catalog';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { buildApplicationDocx } from '../lib/docx/build';
import { type ProofContent, proofContent } from '../lib/docx/proofs';
import { samplePdf } from '../lib/store/sample-pdf';
import { tablesOf, unzipDocx } from '../test/support/docx-inspect';
import { png } from '../test/support/png';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'artifacts/docx');
const screenshotDir = resolve(root, 'docs/screenshots');

function need(command: string): void {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
  } catch {
    console.error(
      `${command} is missing: apt-get install -y libreoffice-writer-nogui poppler-utils fonts-noto-cjk`,
    );
    process.exit(2);
  }
}

/**
 * FangSong, SimHei and KaiTi are Windows fonts. Map them (and their fallback names) to the
 * Noto CJK faces so the render shows serif body text and sans-serif headings, as on Windows.
 */
function fontconfigFile(dir: string): string {
  const alias = (families: string[], to: string) =>
    families
      .map(
        (family) =>
          `<alias binding="same"><family>${family}</family><prefer><family>${to}</family></prefer></alias>`,
      )
      .join('');
  const path = join(dir, 'fonts.conf');
  writeFileSync(
    path,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<include ignore_missing="yes">/etc/fonts/fonts.conf</include>
${alias(['FangSong', '仿宋', '仿宋_GB2312', 'KaiTi', '楷体', '楷体_GB2312'], 'Noto Serif CJK SC')}
${alias(['SimHei', '黑体'], 'Noto Sans CJK SC')}
</fontconfig>`,
  );
  return path;
}

async function sampleDocx(marked: boolean): Promise<string> {
  const edition = findEdition(SAMPLE_APPLICANT.draft.editionId) ?? LATEST_EDITION;
  const values: Record<string, FieldValue | undefined> = {
    ...applicationValues(
      SAMPLE_APPLICANT.company,
      SAMPLE_APPLICANT.figuresByYear,
      SAMPLE_APPLICANT.draft.values,
      edition,
    ),
  };
  const proofs = new Map<string, ProofContent>();
  if (marked) {
    values['company.creditCode'] = '91500000MA5U7XXX1Q';
    values['project.summary'] = `${String(values['project.summary'])}${'平台持续扩大服务范围'.repeat(20)}`;
    values['project.applicationDate'] = '2020-05-08';
    values['attachment.honourProof'] = [
      { id: 'render-image', name: '高新技术企业证书（扫描件）.png', year: 2017 },
      { id: 'render-pdf', name: '重庆市企业技术中心认定文件.pdf' },
    ];
    proofs.set('render-image', proofContent(png(900, 640)));
    const pdf = new Uint8Array(await samplePdf('认定文件').arrayBuffer());
    proofs.set('render-pdf', proofContent(pdf));
  }
  const bytes = await buildApplicationDocx({
    edition,
    values,
    draftMarked: marked,
    today: new Date('2020-05-06T10:00:00+08:00'),
    ...(marked ? { proofs } : {}),
  });
  const path = join(outDir, marked ? 'sample-marked.docx' : 'sample.docx');
  writeFileSync(path, bytes);
  return path;
}

/** What must be in the rendered text: from the document's own table 一 and 二 cells. */
function expectedNames(docx: string): string[] {
  const document = unzipDocx(readFileSync(docx))['word/document.xml'] ?? '';
  const rows = tablesOf(document)[0] ?? [];
  const valueAfter = (label: string) => rows.find((row) => row[0]?.text === label)?.[1]?.text ?? '';
  return [valueAfter('单位名称'), valueAfter('项目名称')].filter(Boolean);
}

async function main(): Promise<void> {
  need('soffice');
  need('pdftotext');
  need('pdftoppm');
  mkdirSync(outDir, { recursive: true });
  const marked = process.argv[2] === '--marked';
  const given = marked ? undefined : process.argv[2];
  const docx = given ? resolve(given) : await sampleDocx(marked);
  const work = join(tmpdir(), `shenbao-render-${process.pid}`);
  mkdirSync(work, { recursive: true });
  try {
    const env = { ...process.env, FONTCONFIG_FILE: fontconfigFile(work) };
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docx,
      ],
      { env, stdio: 'ignore', timeout: 120_000 },
    );
    const pdf = join(outDir, basename(docx).replace(/\.docx$/, '.pdf'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    const names = expectedNames(docx);
    const missing = names.filter((name) => !flat.includes(name.replace(/\s+/g, '')));
    const pages = (text.match(/\f/g) ?? []).length;
    for (const old of readdirSync(outDir).filter((file) => /^page-\d+\.png$/.test(file)))
      rmSync(join(outDir, old));
    execFileSync('pdftoppm', ['-png', '-r', '80', pdf, join(outDir, 'page')], { env });
    const pngs = readdirSync(outDir)
      .filter((file) => /^page-\d+\.png$/.test(file))
      .sort();
    if (!process.argv[2]) {
      mkdirSync(screenshotDir, { recursive: true });
      pngs.slice(0, 2).forEach((png, index) => {
        copyFileSync(join(outDir, png), join(screenshotDir, `docx-page-${index + 1}.png`));
      });
    }
    console.log(`${pdf}: ${pages} pages, ${pngs.length} PNGs in ${outDir}`);
    if (names.length < 2 || missing.length > 0) {
      console.error(`The rendered text lacks: ${missing.join('、') || '单位名称/项目名称 cells'}`);
      process.exit(1);
    }
    console.log(`Rendered text holds ${names.map((name) => `「${name}」`).join(' and ')}.`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
