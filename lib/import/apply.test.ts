// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCompany } from '@/lib/drafts/operations';
import { type Database, openDatabase } from '@/lib/store/db';
import { listCompanies, listDrafts, listFigures, saveFigures } from '@/lib/store/repository';
import { applyDocumentImport, previewRows, readExisting } from './apply';
import type { DocumentImport } from './types';

let db: Database;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`import-apply-${name}`);
});
afterEach(() => db.close());

const sheet: DocumentImport = {
  kind: 'sheet',
  fileName: '数据.csv',
  company: {},
  figuresByYear: { 2019: { 'figures.mainRevenue': '12680' } },
  values: [
    {
      key: 'figures.mainRevenue',
      value: '12680',
      year: 2019,
      source: { part: '工作表「数据」', row: '主营业务收入·2019年' },
    },
  ],
  notImported: [],
};

describe('storing a confirmed import', () => {
  it('previews what a value replaces in the chosen company and merges figures on confirm', async () => {
    const company = await createCompany(db, '某某科技有限公司');
    await saveFigures(db, {
      companyId: company.id,
      year: 2019,
      values: { 'figures.mainRevenue': '9000', 'figures.rdStaff': '12' },
      updatedAt: 1,
    });
    const rows = previewRows(sheet, await readExisting(db, company.id));
    expect(rows).toEqual([
      {
        key: 'figures.mainRevenue@2019',
        field: '主营业务收入（万元）·2019年',
        value: '12680',
        source: '工作表「数据」 · 主营业务收入·2019年',
        replaces: '9000',
        same: false,
      },
    ]);
    await applyDocumentImport(db, sheet, { mode: 'update', companyId: company.id });
    expect((await listFigures(db, company.id)).records[0]?.values).toEqual({
      'figures.mainRevenue': '12680',
      'figures.rdStaff': '12',
    });
    expect((await listDrafts(db)).records).toEqual([]);
  });

  it('refuses a sheet as a new company (it has no name) and stores nothing', async () => {
    await expect(applyDocumentImport(db, sheet, { mode: 'new' })).rejects.toThrow(/没有单位名称/);
    await expect(applyDocumentImport(db, sheet, { mode: 'update', companyId: 'gone' })).rejects.toThrow(
      /找不到要更新的单位/,
    );
    expect((await listCompanies(db)).records).toEqual([]);
  });
});
