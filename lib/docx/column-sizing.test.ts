import { describe, expect, it } from 'vitest';
import { applicationValues, fieldIndex, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { cellColumns, cellNeed, fitTable, unbreakableTokens } from './column-sizing';
import { FORM_TABLE } from './layout';
import { paragraph, type TableBlock, type TableCell } from './model';
import { formTable } from './table';

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

  it('on the sample 申报书, no label word breaks, and a value that does not fit is set at 小五', () => {
    const edition = LATEST_EDITION;
    const values = applicationValues(
      SAMPLE_APPLICANT.company,
      SAMPLE_APPLICANT.figuresByYear,
      SAMPLE_APPLICANT.draft.values,
      edition,
    );
    const table = formTable({ edition, fields: fieldIndex(edition), values }, FORM_TABLE);
    expect(table.columns.reduce((sum, width) => sum + width, 0)).toBe(
      FORM_TABLE.columns.reduce((sum, width) => sum + width, 0),
    );
    table.rows.forEach((row, rowIndex) => {
      row.forEach((cell, index) => {
        const text = cell.paragraphs.map((item) => item.runs.map((run) => run.text).join('')).join('|');
        const design = widthOf({ ...table, columns: FORM_TABLE.columns }, rowIndex, index);
        const fits = cellNeed(cell, sizeOf(cell), design) <= widthOf(table, rowIndex, index);
        if (cell.kind === 'value') expect(fits || sizeOf(cell) === 9, text).toBe(true);
        else expect(fits, text).toBe(true);
      });
    });
  });
});
