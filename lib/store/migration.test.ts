import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unwrap } from 'idb';
import { describe, expect, it } from 'vitest';
import { type DatabaseDump, dumpDatabase, restoreDatabase } from '../../test/fixtures/store-v1/dump';
import { listAttachments, readAttachmentBlob } from './attachments';
import { addCustomField, listCustomFields } from './custom-fields';
import { DB_VERSION, openDatabase } from './db';
import { listCompanies, listDrafts } from './repository';

/** A v1 database written by the v1 code (test/fixtures/store-v1/generate.ts says how). */
const v1: DatabaseDump = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../test/fixtures/store-v1/database.json'), 'utf8'),
);

describe('the version ladder: a v1 profile opens in v2 with nothing lost', () => {
  it('the fixture is a v1 database with every store, attachment bytes included', () => {
    expect(v1.version).toBe(1);
    expect(v1.stores.map((store) => store.name)).toEqual([
      'attachmentBlobs',
      'attachments',
      'companies',
      'drafts',
      'figures',
      'revisions',
      'settings',
      'siteMappings',
    ]);
    for (const store of v1.stores) expect(store.records.length, store.name).toBeGreaterThan(0);
  });

  it('upgrades to the current version and keeps every record of every store as it was', async () => {
    await restoreDatabase(v1, 'migration-every-record');
    const db = await openDatabase('migration-every-record');
    expect(db.version).toBe(DB_VERSION);
    const after = await dumpDatabase(unwrap(db));
    for (const store of v1.stores) {
      const upgraded = after.stores.find((candidate) => candidate.name === store.name);
      expect(upgraded, store.name).toEqual(store);
    }
    const added = after.stores.find((store) => store.name === 'customFields');
    expect(added).toMatchObject({ keyPath: 'id', records: [] });
    expect(added?.indexes.map((index) => index.name)).toEqual(['byCompany', 'byDraft']);
    db.close();
  });

  it('the upgraded records read through the v2 code (zod-parsed, nothing corrupt) and take new records', async () => {
    await restoreDatabase(v1, 'migration-reads');
    const db = await openDatabase('migration-reads');
    const companies = await listCompanies(db);
    const drafts = await listDrafts(db);
    expect(companies.corrupt).toEqual([]);
    expect(drafts.corrupt).toEqual([]);
    const companyId = companies.records[0]?.id ?? '';
    const files = await listAttachments(db, companyId);
    expect(files.corrupt).toEqual([]);
    expect(files.records).toHaveLength(12);
    const png = files.records.find((record) => record.type === 'image/png');
    const bytes = new Uint8Array(await ((await readAttachmentBlob(db, png?.id ?? '')) as Blob).arrayBuffer());
    expect([...bytes]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]);
    await addCustomField(db, {
      companyId,
      label: '省级专项资金申报编号',
      aliases: [],
      kind: 'text',
      required: false,
      value: 'CQ-2020-017',
    });
    expect((await listCustomFields(db, companyId)).records.map((record) => record.value)).toEqual([
      'CQ-2020-017',
    ]);
    db.close();
  });
});
