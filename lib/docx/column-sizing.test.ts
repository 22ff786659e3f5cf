import { describe, expect, it } from 'vitest';
import { applicationValues, type FieldValues, fieldIndex, LATEST_EDITION } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { CELL_MARGINS, cellColumns, cellNeed, FIT_SLACK, fitTable } from './column-sizing';
import { FORM_TABLE } from './layout';
import { type ParagraphBlock, paragraph, type TableBlock, type TableCell } from './model';
import { TEXT_WIDTH } from './styles';
import { formTable } from './table';
import { labelPieces, textEms, unbreakableTokens } from './text-measure';

const label = (text: string, colSpan = 1): TableCell => ({
  kind: 'label',
  colSpan,
  rowSpan: 1,
  paragraphs: [paragraph('cellLabel', text)],
});
const value = (text: string, colSpan = 1): TableCell => ({
  kind: 'value',
  colSpan,
  rowSpan: 1,
  paragraphs: [paragraph('cell', text)],
});
const widthOf = (table: TableBlock, row: number, index: number) => {
  const start = cellColumns(table)[row]?.[index] ?? 0;
  const cell = table.rows[row]?.[index];
  return table.columns.slice(start, start + (cell?.colSpan ?? 1)).reduce((sum, width) => sum + width, 0);
};
const sizeOf = (cell: TableCell | undefined) => cell?.paragraphs[0]?.sizePt ?? 12;

describe('unbreakableTokens', () => {
  it('keeps phone numbers, e-mails, codes and short words whole; prose wraps', () => {
    expect(unbreakableTokens('手机：18680932756', 0).map((token) => token.token)).toEqual(['18680932756']);
    expect(unbreakableTokens('zhou@yunzhan.com', 0).map((token) => token.token)).toEqual([
      'zhou@yunzhan.com',
    ]);
    expect(unbreakableTokens('法定代表人', 5).map((token) => token.token)).toEqual(['法定代表人']);
    expect(unbreakableTokens('公司累计获得授权发明专利', 0)).toEqual([]);
  });
});

describe('fitTable: column widths from content', () => {
  it('widens a column so that a phone number, an e-mail and a 5-character title stay on one line', () => {
    const table: TableBlock = {
      type: 'table',
      columns: [2000, 800, 2000, 800],
      rows: [
        [label('姓名'), value('周晓岚'), label('手机'), value('18680932756')],
        [label('职务'), value('董事会秘书'), label('邮箱'), value('zhouxiaolan@yunzhan.com')],
      ],
    };
    const fitted = fitTable(table);
    expect(fitted.columns.reduce((sum, width) => sum + width, 0)).toBe(5600);
    for (const [row, index] of [
      [0, 3],
      [1, 1],
      [1, 3],
    ] as const) {
      const cell = fitted.rows[row]?.[index];
      expect(cell && cellNeed(cell, sizeOf(cell))).toBeLessThanOrEqual(widthOf(fitted, row, index));
    }
  });

  it('leaves a table whose content fits as designed', () => {
    const table: TableBlock = {
      type: 'table',
      columns: [2000, 3000],
      rows: [[label('姓名'), value('周晓岚')]],
    };
    expect(fitTable(table).columns).toEqual([2000, 3000]);
  });

  it('sets a value that cannot fit at 小四 smaller instead of breaking it', () => {
    const table: TableBlock = {
      type: 'table',
      columns: [1400, 2000],
      rows: [[label('邮箱'), value('a-very-long-mailbox-name@example-company.com.cn')]],
    };
    const fitted = fitTable(table);
    expect(sizeOf(fitted.rows[0]?.[1])).toBeLessThan(12);
  });
});

/** The lines a fitted label prints: its runs, split where the sizing put a line break. */
const linesOf = (block: ParagraphBlock) =>
  block.runs.reduce<string[]>((lines, item) => {
    if (item.breakBefore || lines.length === 0) lines.push(item.text);
    else lines[lines.length - 1] += item.text;
    return lines;
  }, []);

describe('labelPieces: where a label may break', () => {
  it('keeps titles and short runs whole, joins brackets and separators, cuts long runs between words', () => {
    for (const word of ['法定代表人', '董事会秘书', '联系电话', '申报联系人', '项目负责人'])
      expect(labelPieces(word)).toEqual([word]);
    expect(labelPieces('法定代表人联系电话')).toEqual(['法定代表人', '联系电话']);
    expect(labelPieces('主营业务收入（万元）')).toEqual(['主营', '业务', '收入', '（万元）']);
    expect(labelPieces('组织机构代码/三证合一码')).toEqual(['组织', '机构', '代码/', '三证合一码']);
    expect(labelPieces('（软件业企业必填）')).toEqual(['（软件业', '企业', '必填）']);
    expect(labelPieces('单位性质、规模')).toEqual(['单位性质、', '规模']);
  });
});

/** Every form table the editions print: the sample, the sample with long and flagged values, an empty draft. */
const TABLES = [EDITION_2020, EDITION_2018].flatMap((edition) => {
  const sample = applicationValues(
    SAMPLE_APPLICANT.company,
    SAMPLE_APPLICANT.figuresByYear,
    SAMPLE_APPLICANT.draft.values,
    edition,
  );
  const long: FieldValues = {
    ...sample,
    'contact.email': 'a-very-long-mailbox-name@example-company.com.cn',
    'leader.mobile': '+86-186-8093-2756',
    'figures.itServiceRevenue': '1234567.89',
  };
  const flags = new Map([['company.creditCode', '校验位不正确，请逐位核对营业执照上的代码']]);
  return [
    { name: `${edition.id} sample`, context: { edition, fields: fieldIndex(edition), values: sample } },
    {
      name: `${edition.id} long values`,
      context: { edition, fields: fieldIndex(edition), values: long, flags },
    },
    { name: `${edition.id} empty`, context: { edition, fields: fieldIndex(edition), values: {} } },
  ];
});

describe('fitTable on every table of the 2020 and 2018 editions', () => {
  it.each(TABLES)(
    '$name: every label line fits its cell and breaks only at natural points; phones and e-mails fit',
    ({ context }) => {
      const table = formTable(context, FORM_TABLE);
      expect(table.columns.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
      let labels = 0;
      table.rows.forEach((row, rowIndex) => {
        row.forEach((cell, index) => {
          const width = widthOf(table, rowIndex, index);
          if (cell.kind === 'value') {
            // A phone number, an e-mail, a code: its longest token fits at the size it is set.
            expect(cellNeed(cell, sizeOf(cell)), textOfCell(cell)).toBeLessThanOrEqual(width);
            return;
          }
          labels += 1;
          for (const block of cell.paragraphs) {
            const text = block.runs.map((item) => item.text).join('');
            const lines = linesOf(block);
            const em = (block.style === 'cellNote' ? 10.5 : 12) * 20;
            for (const line of lines)
              expect(
                Math.ceil(textEms(line) * em) + CELL_MARGINS + FIT_SLACK,
                `${text}: 「${line}」`,
              ).toBeLessThanOrEqual(width);
            // Broken only between its pieces (never inside 法定代表人, 董事会秘书, a word).
            const pieces = labelPieces(text);
            const cuts = new Set(pieces.map((_, at) => pieces.slice(0, at + 1).join('').length));
            let at = 0;
            for (const line of lines.slice(0, -1)) {
              at += line.length;
              expect(cuts.has(at), `${text} broken after 「${text.slice(0, at)}」`).toBe(true);
            }
            expect(lines.join('')).toBe(text);
            // A label that fits on one line is on one line.
            if (Math.ceil(textEms(text) * em) + CELL_MARGINS + FIT_SLACK <= width)
              expect(lines, text).toHaveLength(1);
          }
        });
      });
      expect(labels).toBeGreaterThan(30);
    },
  );

  it('keeps 法定代表人 and the contact’s 董事会秘书 whole on the sample, and 项目负责人’s phone at 小四', () => {
    const edition = LATEST_EDITION;
    const values = applicationValues(
      SAMPLE_APPLICANT.company,
      SAMPLE_APPLICANT.figuresByYear,
      SAMPLE_APPLICANT.draft.values,
      edition,
    );
    const table = formTable({ edition, fields: fieldIndex(edition), values }, FORM_TABLE);
    const cells = table.rows.flat();
    const byKey = (kind: string, key: string) => cells.find((cell) => cell.kind === kind && cell.key === key);
    expect(byKey('label', 'company.legalRepresentative')?.paragraphs[0]?.runs).toEqual([
      expect.objectContaining({ text: '法定代表人' }),
    ]);
    expect(byKey('value', 'contact.title')?.paragraphs[0]?.runs.map((item) => item.text)).toEqual([
      '董事会秘书',
    ]);
    expect(sizeOf(byKey('value', 'leader.mobile'))).toBe(12);
  });
});

const textOfCell = (cell: TableCell) =>
  cell.paragraphs.map((block) => block.runs.map((item) => item.text).join('')).join('|');
