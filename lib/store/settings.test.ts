import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from './db';
import { readSetting, writeSetting } from './settings';

let db: Database;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`settings-${name}`);
});
afterEach(() => db.close());

describe('settings', () => {
  it('reads the default until written', async () => {
    expect(await readSetting(db, 'submitGuard')).toBe(true);
    await writeSetting(db, 'submitGuard', false);
    expect(await readSetting(db, 'submitGuard')).toBe(false);
  });

  it('a corrupt stored value falls back to the default instead of breaking the page', async () => {
    await db.put('settings', { key: 'submitGuard', value: '关' });
    expect(await readSetting(db, 'submitGuard')).toBe(true);
  });
});
