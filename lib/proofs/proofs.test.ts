import { describe, expect, it } from 'vitest';
import { samplePdf } from '@/lib/store/sample-pdf';
import {
  DEFAULT_PROOF_RULES,
  judgeProofFile,
  pdfPageCount,
  previewType,
  proofYear,
  sniffProofKind,
  yearFromFileName,
} from './index';

const bytes = (...values: number[]) => new Uint8Array(values);
const named = (parts: BlobPart[], name: string) => new File(parts, name);
const PNG_HEAD = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG_HEAD = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46);

async function pdfBytes(title = '声明'): Promise<Uint8Array> {
  return new Uint8Array(await samplePdf(title).arrayBuffer());
}

/** A PDF with `pages` pages in an uncompressed page tree, as scanners write them. */
function pdfOf(pages: number): string {
  const kids = Array.from({ length: pages }, (_, index) => `${index + 3} 0 R`).join(' ');
  const pageObjects = Array.from(
    { length: pages },
    (_, index) => `${index + 3} 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n`,
  ).join('');
  return `%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [${kids}] /Count ${pages} >>\nendobj\n${pageObjects}%%EOF\n`;
}

describe('sniffProofKind: the kind comes from the bytes', () => {
  it('knows PDF, JPG, PNG and OFD by their signatures', async () => {
    expect(sniffProofKind(await pdfBytes())).toBe('pdf');
    expect(sniffProofKind(JPEG_HEAD)).toBe('jpeg');
    expect(sniffProofKind(PNG_HEAD)).toBe('png');
    const ofd = new TextEncoder().encode('PK\u0003\u0004\u0014\u0000\u0000\u0000OFD.xml<ofd:OFD/>');
    expect(sniffProofKind(ofd)).toBe('ofd');
  });

  it('finds a PDF header after a little leading junk, as some scanners write it', () => {
    expect(sniffProofKind(new TextEncoder().encode(`\r\n  %PDF-1.4\n`))).toBe('pdf');
  });

  it('refuses what only looks like a proof by name or by a similar start', () => {
    expect(sniffProofKind(bytes(0x4d, 0x5a))).toBeUndefined(); // MZ: a Windows program
    expect(sniffProofKind(new TextEncoder().encode(`<html>${' '.repeat(1100)}%PDF-1.4`))).toBeUndefined();
    expect(sniffProofKind(new TextEncoder().encode('PK\u0003\u0004word/document.xml'))).toBeUndefined();
    expect(sniffProofKind(bytes())).toBeUndefined();
    expect(sniffProofKind(bytes(0xff, 0xd8))).toBeUndefined();
  });
});

describe('pdfPageCount', () => {
  it('reads the page tree’s total, and counts page objects when there is no tree count', async () => {
    expect(pdfPageCount(await pdfBytes())).toBe(1);
    expect(pdfPageCount(new TextEncoder().encode(pdfOf(7)))).toBe(7);
    const withoutCount = pdfOf(3).replace(/\/Count \d+/, '');
    expect(pdfPageCount(new TextEncoder().encode(withoutCount))).toBe(3);
  });

  it('says it does not know rather than guessing', () => {
    expect(
      pdfPageCount(
        new TextEncoder().encode('%PDF-1.5\n1 0 obj << /Type /ObjStm /N 3 >> stream\nxx\nendstream'),
      ),
    ).toBeUndefined();
  });
});

describe('judgeProofFile', () => {
  it('accepts a real PDF with its page count and the type its bytes show, whatever the name says', async () => {
    expect(await judgeProofFile(named([pdfOf(4)], '审计报告.PDF'))).toEqual({
      ok: true,
      kind: 'pdf',
      type: 'application/pdf',
      pages: 4,
    });
    expect(await judgeProofFile(named([PNG_HEAD], '营业执照.jpg'))).toEqual({
      ok: true,
      kind: 'png',
      type: 'image/png',
    });
  });

  it('refuses the 2-byte 声明.exe, an empty file and an oversized one, each saying what to do', async () => {
    const exe = await judgeProofFile(named([bytes(0x4d, 0x5a)], '声明.exe'));
    expect(exe).toEqual({ ok: false, message: expect.stringContaining('不是 PDF、JPG、PNG 文件') });
    const empty = await judgeProofFile(named([], '声明.pdf'));
    expect(empty).toEqual({ ok: false, message: expect.stringContaining('空文件') });
    const big = named([new Uint8Array(DEFAULT_PROOF_RULES.maxBytes + 1)], '扫描件.pdf');
    expect(await judgeProofFile(big)).toEqual({
      ok: false,
      message: expect.stringContaining('超过每个附件 20 MB 的上限'),
    });
  });

  it('refuses HTML under a .pdf name, and OFD unless the edition takes it', async () => {
    expect((await judgeProofFile(named(['<html><script>x</script>'], '声明.pdf'))).ok).toBe(false);
    const ofd = named(['PK\u0003\u0004\u0014\u0000OFD.xml'], '发票.ofd');
    expect((await judgeProofFile(ofd)).ok).toBe(false);
    expect(await judgeProofFile(ofd, { ...DEFAULT_PROOF_RULES, kinds: ['pdf', 'ofd'] })).toMatchObject({
      ok: true,
      kind: 'ofd',
    });
  });
});

describe('previewType: only PDF and images are shown', () => {
  it('gives the MIME type from the bytes, never HTML', async () => {
    expect(previewType(await pdfBytes())).toBe('application/pdf');
    expect(previewType(PNG_HEAD)).toBe('image/png');
    expect(previewType(new TextEncoder().encode('<html><body>x</body></html>'))).toBeUndefined();
  });
});

describe('yearFromFileName', () => {
  it.each([
    ['2019年度审计报告.pdf', 2019],
    ['审计报告_2019.pdf', 2019],
    ['纳税证明2018-2019.pdf', undefined],
    ['扫描件20231234567.pdf', undefined],
    ['营业执照.pdf', undefined],
    ['2019年审计报告（2019）.pdf', 2019],
  ])('%s → %s', (name, year) => {
    expect(yearFromFileName(name)).toBe(year);
  });
});

describe('proofYear', () => {
  it('takes the year the user typed, else the file name’s, else the suggestion', () => {
    expect(proofYear({ typed: '2019', suggested: 2019, fileName: '2018年度审计报告.pdf' })).toBe(2018);
    expect(proofYear({ typed: '2017', suggested: 2019, fileName: '2018年度审计报告.pdf' })).toBe(2017);
    expect(proofYear({ typed: '2019', suggested: 2019, fileName: '审计报告.pdf' })).toBe(2019);
    expect(proofYear({ typed: '', suggested: undefined, fileName: '专利证书.pdf' })).toBeUndefined();
    expect(proofYear({ typed: '', suggested: undefined, fileName: '2020年荣誉证书.pdf' })).toBe(2020);
  });
});
