// @vitest-environment jsdom
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportBlob, readImportFile } from './index';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function docx(bodyXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0"?><w:document xmlns:w="${W}"><w:body>${bodyXml}</w:body></w:document>`,
    ),
  });
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

function xlsx(rows: (string | number)[][]): Uint8Array {
  const strings: string[] = [];
  const cells = rows
    .map((row, r) => {
      const xml = row
        .map((value, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          strings.push(value);
          return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${xml}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    'xl/workbook.xml': strToU8(
      `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="经营数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>',
    ),
    'xl/sharedStrings.xml': strToU8(
      `<sst xmlns="${ns}">${strings.map((text) => `<si><t>${text}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `<worksheet xmlns="${ns}"><sheetData>${cells}</sheetData></worksheet>`,
    ),
  });
}

const cfb = (extra: number[] = []) =>
  new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...extra, ...new Array(64).fill(0)]);
const utf16 = (text: string) => [...text].flatMap((char) => [char.charCodeAt(0), 0]);

describe('bad files get a zh-CN message and nothing is read', () => {
  it('refuses a 100 MB file by its size, before reading it', async () => {
    const huge = {
      name: '申报书.docx',
      size: 100 * 1024 * 1024,
      arrayBuffer: () => Promise.reject(new Error('must not be read')),
    } as unknown as Blob & { name: string };
    await expect(readImportBlob(huge)).rejects.toThrow(/文件太大（100 MB）/);
  });

  it('explains how to save an old .doc as .docx', () => {
    expect(() => readImportFile('2019申报书.doc', cfb())).toThrow(/旧版 Word 文档（\.doc）.*另存为.*\.docx/);
  });

  it('says a password-protected file must be saved without its password', () => {
    expect(() => readImportFile('申报书.docx', cfb(utf16('EncryptedPackage')))).toThrow(/设置了打开密码/);
    expect(() => readImportFile('数据.xlsx', cfb())).toThrow(/设置了打开密码/);
  });

  it('says a corrupted file is damaged', () => {
    const truncated = docx(p('一、申报单位基本信息')).slice(0, 60);
    expect(() => readImportFile('申报书.docx', truncated)).toThrow(/文件已损坏或不完整/);
    expect(() => readImportFile('申报书.docx', strToU8('not a zip at all'))).toThrow(/文件已损坏或不完整/);
    const badXml = zipSync({ 'word/document.xml': strToU8('<w:document xmlns:w="x"><w:body>') });
    expect(() => readImportFile('申报书.docx', badXml)).toThrow(/文件已损坏或不完整/);
  });

  it('says a Word file that is not a 申报书 is not one', () => {
    expect(() => readImportFile('会议纪要.docx', docx(p('会议纪要') + p('时间：2020年5月6日')))).toThrow(
      /不像申报书/,
    );
  });

  it('says a sheet without years has none', () => {
    expect(() => readImportFile('数据.csv', strToU8('项目,金额\n主营业务收入,12680\n'))).toThrow(
      /没有找到年份/,
    );
  });

  it('names an empty file and an unknown format', () => {
    expect(() => readImportFile('空.docx', new Uint8Array())).toThrow(/文件是空的/);
    expect(() => readImportFile('照片.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toThrow(/无法识别/);
  });
});

describe('figures sheets', () => {
  it('reads years across a header row, amounts in 元 converted to 万元', () => {
    const rows = [
      ['单位：元', '', ''],
      ['指标', '2018年', '2019年'],
      ['主营业务收入', 91500000, 126800000],
      ['研发投入', 10358000, 14683000],
      ['研发人员（人）', 128, 165],
      ['员工食堂支出', 120000, 130000],
    ];
    const result = readImportFile('经营数据.xlsx', xlsx(rows));
    expect(result.figuresByYear).toEqual({
      2018: { 'figures.mainRevenue': '9150', 'figures.rdInvestment': '1035.8', 'figures.rdStaff': '128' },
      2019: { 'figures.mainRevenue': '12680', 'figures.rdInvestment': '1468.3', 'figures.rdStaff': '165' },
    });
    expect(
      result.values.find((value) => value.key === 'figures.mainRevenue' && value.year === 2019)?.source,
    ).toEqual({
      part: '工作表「经营数据」',
      row: '主营业务收入·2019年',
    });
    expect(result.notImported.map((item) => item.label)).toEqual(['员工食堂支出']);
  });

  it('reads years down a column from a CSV, units in the header', () => {
    const text =
      '年度,营业收入（万元）,研发投入(万元),软件业务收入（亿元）\r\n2019,"12,680",1468.3,1.116\r\n';
    const bytes = new TextEncoder().encode(text);
    const result = readImportFile('数据.csv', bytes);
    expect(result.figuresByYear[2019]).toMatchObject({
      'figures.rdInvestment': '1468.3',
      'figures.softwareRevenue': '11160',
    });
  });
});
