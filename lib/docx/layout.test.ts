import { describe, expect, it } from 'vitest';
import { EDITIONS, fieldIndex, fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { type CellSpec, cellSpan, FORM_TABLE, printedKeys } from './layout';
import { TEXT_WIDTH } from './styles';

const keysNamed = (cell: CellSpec): string[] => {
  switch (cell.kind) {
    case 'heading':
    case 'group':
      return [];
    case 'honours':
      return printedKeys({ columns: [], parts: [{ section: 'company', rows: [[cell]] }] });
    case 'yesNo':
      return [cell.key, ...cell.details];
    default:
      return [cell.key];
  }
};

describe('the layout of tables 一 and 二', () => {
  it('fills the text width of an A4 page exactly', () => {
    expect(FORM_TABLE.columns.reduce((sum, width) => sum + width, 0)).toBe(TEXT_WIDTH);
  });

  it('covers every grid column of every row, counting the row groups from above', () => {
    const columns = FORM_TABLE.columns.length;
    for (const part of FORM_TABLE.parts) {
      let carried: number[] = [];
      for (const row of part.rows) {
        const covered = carried.filter((rows) => rows > 0).length;
        const width = row.reduce((sum, cell) => sum + cellSpan(cell, columns), 0);
        expect(covered + width, JSON.stringify(row)).toBe(columns);
        carried = [
          ...carried.map((rows) => rows - 1).filter((rows) => rows > 0),
          ...row.flatMap((cell) => (cell.kind === 'group' ? [cell.rowSpan - 1] : [])),
        ];
      }
      expect(carried).toEqual([]);
    }
  });

  it('names only keys every edition has', () => {
    for (const edition of EDITIONS) {
      const index = fieldIndex(edition);
      for (const cell of FORM_TABLE.parts.flatMap((part) => part.rows.flat()))
        for (const key of keysNamed(cell)) expect(index.has(key), `${edition.id}: ${key}`).toBe(true);
    }
  });

  it('prints every cell of tables 一 and 二 in the catalog (其他 texts inside their choice)', () => {
    const printed = new Set(printedKeys());
    const fields = fieldsFor(LATEST_EDITION);
    for (const field of fields) if (field.otherKey && printed.has(field.key)) printed.add(field.otherKey);
    const inTables = fields.filter(
      (field) => (field.section === 'company' || field.section === 'project') && !field.auxiliary,
    );
    expect(inTables.length).toBeGreaterThan(40);
    for (const field of inTables) expect(printed.has(field.key), field.key).toBe(true);
  });

  it('prints each key once', () => {
    const keys = printedKeys();
    expect(new Set(keys).size).toBe(keys.length);
  });
});
