import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findEdition, setLocalEditions } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { renameEdition } from '@/lib/editions/rename';
import { type Database, openDatabase } from '@/lib/store/db';
import { loadSample, SAMPLE_COMPANY_ID } from '@/lib/store/sample';
import { EDITION_2022 } from '@/test/fixtures/editions/edition-2022';
import { storeSnapshot } from '@/test/store-snapshot';
import { collectBackup, describeBackupCounts, serializeBackup } from './export';
import type { BackupFile } from './format';
import { applyImport, describePlan, parseBackup, previewImport } from './import';

/**
 * Local editions (新建申报批次) in the backup (issue #14): the `editions` collection, the
 * drafts of a local edition, their references and the refusals.
 */

let name = 0;
const opened: Database[] = [];

async function freshDb(): Promise<Database> {
  name += 1;
  const db = await openDatabase(`backup-editions-${name}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  setLocalEditions([]);
  vi.restoreAllMocks();
});

const LOCAL_ID = EDITION_2022.id; // 'test-2022'
const SECURITY = 'edition.test-2022.security';

/** The sample applicant, a local edition and a draft of it (with a value of the edition's own row). */
async function populate(db: Database): Promise<void> {
  await loadSample(db, 1_000);
  await db.put('editions', { id: LOCAL_ID, edition: EDITION_2022 as never, savedAt: 2_000 });
  await db.put('drafts', {
    id: 'draft-local',
    companyId: SAMPLE_COMPANY_ID,
    editionId: LOCAL_ID,
    status: 'editing',
    values: {
      'project.name': '数字乡村服务平台',
      'project.direction': 'test-2022-03',
      [SECURITY]: '数据分级保护，访问留痕。',
    },
    checklist: ['copies'],
    createdAt: 3_000,
    updatedAt: 4_000,
  });
}

const snapshot = storeSnapshot;

async function exported(db: Database): Promise<BackupFile> {
  const { backup, skipped } = await collectBackup(db, new Date('2022-05-06T02:00:00Z'));
  expect(skipped).toEqual([]);
  return JSON.parse(serializeBackup(backup));
}

/** What the dashboard does: parse, preview, then apply. */
async function importText(db: Database, text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  const preview = await previewImport(db, parsed.backup);
  if (!preview.ok) return preview;
  return applyImport(db, parsed.backup);
}

describe('export → import of a local edition and its draft', () => {
  it('restores every record identically, registers the edition and counts it in the preview', async () => {
    const source = await freshDb();
    await populate(source);
    const file = await exported(source);
    expect(file.editions).toEqual([{ id: LOCAL_ID, edition: EDITION_2022, savedAt: 2_000 }]);
    expect(file.drafts.map((draft) => draft.id).toSorted()).toEqual(['draft-local', 'sample-draft']);
    expect(describeBackupCounts(file)).toContain('1 个申报批次');

    const target = await freshDb();
    expect(findEdition(LOCAL_ID)).toBeUndefined();
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    const preview = await previewImport(target, parsed.backup);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.plan.editions).toEqual({
      added: [`${EDITION_2022.programme}（${LOCAL_ID}）`],
      replaced: [],
    });
    expect(describePlan(preview.plan)).toContain('1 个申报批次');

    expect(await applyImport(target, parsed.backup)).toMatchObject({ ok: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    // Registered: the draft's edition is known to the catalog from now on.
    expect(findEdition(LOCAL_ID)).toEqual(EDITION_2022);

    // Importing again replaces the edition, never duplicates it.
    const again = await previewImport(target, parsed.backup);
    expect(again.ok && again.plan.editions).toEqual({
      added: [],
      replaced: [`${EDITION_2022.programme}（${LOCAL_ID}）`],
    });
  });

  it('a draft may rely on an edition only this computer holds', async () => {
    const source = await freshDb();
    await populate(source);
    const file = await exported(source);
    delete file.editions;
    const target = await freshDb();
    await target.put('editions', { id: LOCAL_ID, edition: EDITION_2022 as never, savedAt: 9 });
    expect(await importText(target, JSON.stringify(file))).toMatchObject({ ok: true });
    expect(await target.get('drafts', 'draft-local')).toMatchObject({ editionId: LOCAL_ID });
  });

  it('a version 2 file written before editions were carried (no `editions`) still imports', async () => {
    const source = await freshDb();
    await loadSample(source, 1_000);
    const file = await exported(source);
    expect(file.editions).toEqual([]);
    delete file.editions;
    expect(await importText(await freshDb(), JSON.stringify(file))).toMatchObject({ ok: true });
  });

  it('export leaves out, and lists, a draft whose edition is not on this computer', async () => {
    const db = await freshDb();
    await populate(db);
    await db.put('drafts', {
      id: 'draft-gone',
      companyId: SAMPLE_COMPANY_ID,
      editionId: '2021-重庆',
      status: 'editing',
      values: {},
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('editions', { id: '2020', edition: EDITION_2020 as never, savedAt: 1 });
    const { backup, skipped } = await collectBackup(db);
    expect(skipped).toEqual([
      {
        kind: 'editions',
        key: '2020',
        problem: expect.stringContaining('「2020」是申报助手内置的申报批次，备份不能覆盖内置批次'),
      },
      { kind: 'drafts', key: 'draft-gone', problem: '所属的申报批次（2021-重庆）已不在本机，未导出' },
    ]);
    expect(backup.editions?.map((record) => record.id)).toEqual([LOCAL_ID]);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });
});

describe('a file whose editions cannot be imported changes nothing and says why', () => {
  async function setup() {
    const source = await freshDb();
    await populate(source);
    const good = await exported(source);
    const db = await freshDb();
    await db.put('companies', {
      id: 'mine',
      profile: { 'company.name': '我的公司' },
      createdAt: 5,
      updatedAt: 5,
    });
    const before = await snapshot(db);
    const edited = (edit: (file: BackupFile) => void) => {
      const copy = structuredClone(good);
      edit(copy);
      return JSON.stringify(copy);
    };
    const expectRefused = async (text: string, message: string | RegExp) => {
      const result = await importText(db, text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      if (typeof message === 'string') expect(result.message).toBe(message);
      else expect(result.message).toMatch(message);
      expect(await snapshot(db)).toEqual(before);
      expect(findEdition(LOCAL_ID)).toBeUndefined();
    };
    return { db, good, edited, expectRefused, before };
  }
  const draftIndex = (file: BackupFile) => file.drafts.findIndex((draft) => draft.id === 'draft-local');

  it('an edition with a built-in edition’s id is refused', async () => {
    const { edited, expectRefused } = await setup();
    await expectRefused(
      edited((file) => {
        const record = file.editions?.[0];
        if (record)
          file.editions?.push({ ...record, id: '2020', edition: { ...record.edition, id: '2020' } });
      }),
      '第 2 个申报批次（editions[1]）的 id 「2020」是申报助手内置的申报批次，备份不能覆盖内置批次。请在导出它的电脑上把这个批次改用其他编号（例如 2020-重庆）后重新导出',
    );
  });

  it('a draft whose edition is neither built in, nor in the file, nor stored is refused, naming it', async () => {
    const { edited, expectRefused, good } = await setup();
    const index = draftIndex(good);
    await expectRefused(
      edited((file) => {
        delete file.editions;
      }),
      `第 ${index + 1} 个项目草稿（drafts[${index}]，项目名称「数字乡村服务平台」）引用的申报批次（editionId "test-2022"）不在备份文件中，也不在本机：无法导入。请导出完整的备份后再试。`,
    );
  });

  it('a draft’s values are checked against its edition in the file', async () => {
    const { edited, expectRefused, good } = await setup();
    const index = draftIndex(good);
    await expectRefused(
      edited((file) => {
        const draft = file.drafts[index];
        if (draft) (draft.values as Record<string, unknown>)['edition.other.row'] = '别的批次的栏目';
      }),
      `第 ${index + 1} 个项目草稿（drafts[${index}]）的 values["edition.other.row"] 不是这一批次申报书中的字段`,
    );
    await expectRefused(
      edited((file) => {
        const draft = file.drafts[index];
        if (draft) (draft.values as Record<string, unknown>)[SECURITY] = ['不是文本'];
      }),
      `第 ${index + 1} 个项目草稿（drafts[${index}]）的 values["${SECURITY}"] 格式不正确：应为文本，实际为数组`,
    );
  });

  it('a draft’s values are checked against its edition on this computer', async () => {
    const { db, edited, good } = await setup();
    const index = draftIndex(good);
    // The computer holds another edition under the same id: its form has no 数据安全保障措施.
    const other = renameEdition(EDITION_2020, LOCAL_ID);
    await db.put('editions', { id: LOCAL_ID, edition: other as never, savedAt: 1 });
    const before = await snapshot(db);
    const result = await importText(
      db,
      edited((file) => {
        delete file.editions;
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      message: `第 ${index + 1} 个项目草稿（drafts[${index}]）的 values["${SECURITY}"] 不是这一批次申报书中的字段（按本机的申报批次「${LOCAL_ID}」检查）：无法导入。请导出完整的备份后再试。`,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an edition whose package is broken, or whose id differs from its package’s, is named', async () => {
    const { edited, expectRefused } = await setup();
    await expectRefused(
      edited((file) => {
        const record = file.editions?.[0];
        if (record) record.edition = { ...record.edition, directions: [] };
      }),
      /^第 1 个申报批次（editions\[0\]）的 edition\.directions 至少需要 1 项/,
    );
    await expectRefused(
      edited((file) => {
        const record = file.editions?.[0];
        if (record) record.edition = { ...record.edition, id: 'test-2023' };
      }),
      /^第 1 个申报批次（editions\[0\]）的 edition\.id 「test-2023」与这个申报批次的 id「test-2022」不一致/,
    );
    await expectRefused(
      edited((file) => {
        const record = file.editions?.[0];
        if (record) file.editions?.push(record);
      }),
      /^第 2 个申报批次（editions\[1\]）的 id 与第 1 个申报批次（editions\[0\]）重复/,
    );
  });

  it('a write failing after the edition was written rolls the edition back too', async () => {
    const { db, good, before } = await setup();
    const parsed = parseBackup(JSON.stringify(good));
    if (!parsed.ok) throw new Error(parsed.message);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'settings' || this.name === 'attachments')
        throw new DOMException('模拟的写入失败', 'DataError');
      return put.apply(this, args);
    });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await applyImport(db, parsed.backup)).toMatchObject({ ok: false });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
    expect(findEdition(LOCAL_ID)).toBeUndefined();
  });
});
