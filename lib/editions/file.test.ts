import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findEdition, setLocalEditions } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { openDatabase } from '@/lib/store/db';
import { EDITION_2022 } from '@/test/fixtures/editions/edition-2022';
import { editionFileName, editionFileText, parseEditionFile, renderEditionJsonSchema } from './file';
import { listLocalEditions, loadLocalEditions, saveLocalEdition, whyNotSavable } from './local';
import { renameEdition } from './rename';

afterEach(() => setLocalEditions([]));

describe('the shared edition file', () => {
  it('round-trips a package', () => {
    const text = editionFileText(EDITION_2022, new Date('2022-01-01T00:00:00Z'));
    expect(parseEditionFile(text)).toEqual({ ok: true, edition: EDITION_2022 });
    expect(editionFileName(EDITION_2022)).toBe('申报批次-test-2022.json');
  });

  it('explains a bad file in zh-CN, saying what to do', () => {
    for (const text of [
      'not json',
      '{"format":"other","version":1}',
      JSON.stringify({
        format: 'shenbao-edition',
        version: 1,
        exportedAt: 'x',
        edition: { ...EDITION_2022, directions: [] },
      }),
    ]) {
      const result = parseEditionFile(text);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.message).toMatch(/[\u4e00-\u9fff]/);
        expect(result.message).not.toMatch(/Unexpected token|SyntaxError/);
      }
    }
  });

  it('docs/edition.schema.json is up to date (run `npm run generate`)', () => {
    expect(readFileSync('docs/edition.schema.json', 'utf8')).toBe(renderEditionJsonSchema());
  });
});

describe('local editions in the store', () => {
  it('are saved, listed and made known to the catalog; a reopened store knows them again', async () => {
    const db = await openDatabase('local-editions');
    await saveLocalEdition(db, EDITION_2022, 5);
    expect((await listLocalEditions(db)).records).toEqual([
      { id: 'test-2022', edition: EDITION_2022, savedAt: 5 },
    ]);
    setLocalEditions([]);
    expect(findEdition('test-2022')).toBeUndefined();
    await loadLocalEditions(db);
    expect(findEdition('test-2022')).toEqual(EDITION_2022);
    db.close();
  });

  it('refuses to overwrite a built-in edition or to store an incomplete package, in zh-CN', async () => {
    expect(whyNotSavable(EDITION_2020)).toMatch(/内置/);
    expect(whyNotSavable({ ...EDITION_2022, directions: [] })).toMatch(/directions/);
    // A provincial round of a built-in year: renamed, its direction ids follow and it can be saved.
    const chongqing = renameEdition(EDITION_2020, '2020-重庆');
    expect(chongqing.directions[0]?.id).toBe('2020-重庆-01');
    expect(whyNotSavable(chongqing)).toBeUndefined();
    expect(whyNotSavable({ ...EDITION_2020, id: '2020-重庆' })).toMatch(/方向编号「2020-01」/);
    const db = await openDatabase('local-editions-refused');
    await expect(saveLocalEdition(db, EDITION_2020)).rejects.toThrow(/内置/);
    expect((await listLocalEditions(db)).records).toEqual([]);
    db.close();
  });

  it('a corrupt stored edition is reported and skipped', async () => {
    const db = await openDatabase('local-editions-corrupt');
    await db.put('editions', { id: 'bad', edition: { id: 'bad' }, savedAt: 1 } as never);
    const result = await listLocalEditions(db);
    expect(result.records).toEqual([]);
    expect(result.corrupt[0]?.store).toBe('editions');
    db.close();
  });
});
