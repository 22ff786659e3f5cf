import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { type Database, openDatabase } from '@/lib/store/db';
import { saveCompanyWithRevision, saveDraftWithRevision } from '@/lib/store/revisions';
import { loadSample, SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID } from '@/lib/store/sample';
import { EDITION_2022 } from '@/test/fixtures/editions/edition-2022';
import { storeSnapshot } from '@/test/store-snapshot';
import { bytesToBase64 } from './base64';
import { collectBackup, exportBackup, serializeBackup } from './export';
import { BACKUP_FORMAT, BACKUP_KINDS, type BackupFile, MAX_BACKUP_BYTES, MAX_JSON_DEPTH } from './format';
import { applyImport, checkBackupSize, describePlan, parseBackup, previewImport } from './import';

let name = 0;
const opened: Database[] = [];

async function freshDb(): Promise<Database> {
  name += 1;
  const db = await openDatabase(`backup-${name}`);
  opened.push(db);
  return db;
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Every byte value, repeated past one Base64 chunk (0x8000), so chunking is exercised. */
const PDF_BYTES = Uint8Array.from({ length: 70_001 }, (_, index) => (index * 7 + 3) % 256);

/** The sample applicant, one attachment with its Blob, revisions, a site mapping and a setting. */
async function populate(db: Database): Promise<void> {
  await loadSample(db, 1_000);
  await db.put('attachments', {
    id: 'att-1',
    companyId: SAMPLE_COMPANY_ID,
    requirementKey: 'attachment.revenueProof',
    name: '2019年度审计报告.pdf',
    type: 'application/pdf',
    size: PDF_BYTES.length,
    year: 2019,
    addedAt: 2_000,
  });
  await db.put('attachmentBlobs', { id: 'att-1', blob: new Blob([PDF_BYTES], { type: 'application/pdf' }) });
  const draft = await db.get('drafts', SAMPLE_DRAFT_ID);
  const company = await db.get('companies', SAMPLE_COMPANY_ID);
  if (!draft || !company) throw new Error('sample not loaded');
  await saveDraftWithRevision(
    db,
    { ...draft, values: { ...draft.values, 'project.name': '旧名称' } },
    10_000,
  );
  await saveDraftWithRevision(db, draft, 100_000);
  await saveCompanyWithRevision(db, company, 100_000);
  await db.put('siteMappings', {
    host: 'www.xinxixiaofei.com',
    signature: 'label:单位全称',
    key: 'company.name',
    updatedAt: 3_000,
  });
  await db.put('settings', { key: 'dashboard.lastEdition', value: { id: '2020', pinned: [1, true, null] } });
  // Version 2: a user-defined file field with its stored file, and a mapping the site taught to it.
  await db.put('customFields', {
    id: 'fLicence',
    companyId: SAMPLE_COMPANY_ID,
    label: '安全生产许可证',
    aliases: ['安全许可证'],
    kind: 'file',
    required: true,
    value: [{ id: 'att-2', name: '安全生产许可证.pdf' }],
    capturedFrom: 'www.xinxixiaofei.com',
    createdAt: 4_000,
    updatedAt: 4_000,
  });
  await db.put('attachments', {
    id: 'att-2',
    companyId: SAMPLE_COMPANY_ID,
    requirementKey: 'custom.fLicence',
    name: '安全生产许可证.pdf',
    type: 'application/pdf',
    size: PDF_BYTES.length,
    addedAt: 4_000,
  });
  await db.put('attachmentBlobs', { id: 'att-2', blob: new Blob([PDF_BYTES], { type: 'application/pdf' }) });
  await db.put('siteMappings', {
    host: 'www.xinxixiaofei.com',
    signature: 'label:安全生产许可证',
    key: 'custom.fLicence',
    updatedAt: 4_000,
  });
}

const snapshot = storeSnapshot;

/** What the dashboard does: parse, then apply. */
async function importText(db: Database, text: string) {
  const parsed = parseBackup(text);
  if (!parsed.ok) return parsed;
  return applyImport(db, parsed.backup);
}

async function exportedJson(db: Database): Promise<BackupFile> {
  return JSON.parse(serializeBackup(await exportBackup(db, new Date('2020-05-06T02:00:00Z'))));
}

/** loadSample stores the sample's proof files; these are their names. */
const SAMPLE_FILE_NAMES = Object.entries(SAMPLE_APPLICANT.draft.values)
  .filter(([key]) => key.startsWith('attachment.'))
  .flatMap(([, refs]) => (refs as { name: string }[]).map((ref) => ref.name));

/** The sample's draft values as shipped: loadSample adds the ids of the stored proof files. */
function withoutFileIds(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [
      key,
      key.startsWith('attachment.') && Array.isArray(value)
        ? value.map(({ id: _id, ...rest }: { id?: string }) => rest)
        : value,
    ]),
  );
}

describe('export → import round trip', () => {
  it('restores every record and the attachment bytes identically in a fresh database', async () => {
    const source = await freshDb();
    await populate(source);
    const text = serializeBackup(
      await exportBackup(source, new Date('2020-05-06T02:00:00Z'), { appVersion: '0.1.0' }),
    );

    const target = await freshDb();
    const result = await importText(target, text);
    expect(result).toMatchObject({ ok: true });
    expect(await snapshot(target)).toEqual(await snapshot(source));
    const blob = (await target.get('attachmentBlobs', 'att-1'))?.blob;
    expect(blob).toBeInstanceOf(Blob);
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(PDF_BYTES);
  });

  it('writes the versioned envelope with catalog-keyed values', async () => {
    const db = await freshDb();
    await populate(db);
    const file = await exportedJson(db);
    expect(file).toMatchObject({
      format: BACKUP_FORMAT,
      version: 2,
      exportedAt: '2020-05-06T02:00:00.000Z',
      app: { version: 'unknown' },
    });
    expect(file.companies[0]?.profile['company.name']).toBe(SAMPLE_APPLICANT.company['company.name']);
    expect(withoutFileIds(file.drafts[0]?.values ?? {})).toEqual(SAMPLE_APPLICANT.draft.values);
    expect(file.attachments[0]).toMatchObject({
      id: 'att-1',
      size: PDF_BYTES.length,
      dataBase64: bytesToBase64(PDF_BYTES),
    });
    expect(file.revisions?.map((revision) => revision.target)).toEqual([
      `draft:${SAMPLE_DRAFT_ID}`,
      `draft:${SAMPLE_DRAFT_ID}`,
      `company:${SAMPLE_COMPANY_ID}`,
    ]);
    expect(file.revisions?.[0]).not.toHaveProperty('id');
  });

  it('importing the same file twice replaces, never duplicates (revisions included)', async () => {
    const db = await freshDb();
    await populate(db);
    const before = await snapshot(db);
    const text = serializeBackup(await exportBackup(db));
    expect(await importText(db, text)).toMatchObject({ ok: true });
    expect(await importText(db, text)).toMatchObject({ ok: true });
    expect(await snapshot(db)).toEqual(before);
  });

  it('reports stored records the backup cannot carry instead of writing an unimportable file', async () => {
    const db = await freshDb();
    await populate(db);
    await db.put('drafts', {
      id: 'foreign',
      companyId: SAMPLE_COMPANY_ID,
      editionId: '2020',
      status: 'editing',
      values: { 'project.colour': 'red' },
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('attachments', {
      id: 'att-lost',
      companyId: SAMPLE_COMPANY_ID,
      requirementKey: 'attachment.rdProof',
      name: '研发证明.pdf',
      type: 'application/pdf',
      size: 3,
      addedAt: 1,
    });
    const { backup, skipped } = await collectBackup(db);
    expect(backup.drafts.map((draft) => draft.id)).toEqual([SAMPLE_DRAFT_ID]);
    expect(skipped).toEqual([
      { kind: 'attachments', key: 'att-lost', problem: '附件「研发证明.pdf」的文件内容缺失，未能导出' },
      {
        kind: 'drafts',
        key: 'foreign',
        problem:
          '项目草稿「foreign」的 values["project.colour"] 不是申报书目录中的字段（字段目录见 docs/catalog.md）',
      },
    ]);
    expect(parseBackup(serializeBackup(backup)).ok).toBe(true);
  });
});

describe('export keeps references whole', () => {
  it('leaves out, and lists, records whose company or draft does not go into the file; the file imports again', async () => {
    const db = await freshDb();
    await populate(db);
    // What an earlier import without reference checks could leave behind.
    await db.put('drafts', {
      id: 'orphan-draft',
      companyId: 'gone',
      editionId: '2020',
      status: 'editing',
      values: { 'project.name': '孤立的项目' },
      createdAt: 1,
      updatedAt: 1,
    });
    await db.put('figures', { companyId: 'gone', year: 2019, values: {}, updatedAt: 1 });
    await db.put('attachments', {
      id: 'orphan-file',
      companyId: 'gone',
      requirementKey: 'attachment.revenueProof',
      name: '孤立的证明.pdf',
      type: 'application/pdf',
      size: 3,
      addedAt: 1,
    });
    await db.put('attachmentBlobs', { id: 'orphan-file', blob: new Blob([new Uint8Array([1, 2, 3])]) });
    await db.add('revisions', { target: 'draft:deleted', savedAt: 7, values: {} });
    // A company the backup cannot carry takes its draft and revision with it.
    await db.put('companies', {
      id: 'odd',
      profile: { 'company.colour': 'red' },
      createdAt: 1,
      updatedAt: 1,
    } as never);
    await db.put('drafts', {
      id: 'odd-draft',
      companyId: 'odd',
      editionId: '2020',
      status: 'editing',
      values: {},
      createdAt: 1,
      updatedAt: 1,
    });
    await db.add('revisions', { target: 'company:odd', savedAt: 8, values: {} });

    const { backup, skipped } = await collectBackup(db);
    expect(skipped).toEqual([
      {
        kind: 'companies',
        key: 'odd',
        problem:
          '单位「odd」的 profile["company.colour"] 不是申报书目录中的字段（字段目录见 docs/catalog.md）',
      },
      { kind: 'attachments', key: 'orphan-file', problem: '所属的单位（gone）已不在本机，未导出' },
      { kind: 'figures', key: 'gone 2019 年', problem: '所属的单位（gone）已不在本机，未导出' },
      { kind: 'drafts', key: 'odd-draft', problem: '所属的单位（odd）未能导出，这条记录也未导出' },
      { kind: 'drafts', key: 'orphan-draft', problem: '所属的单位（gone）已不在本机，未导出' },
      { kind: 'revisions', key: 'draft:deleted @ 7', problem: '所属的项目草稿（deleted）已不在本机，未导出' },
      { kind: 'revisions', key: 'company:odd @ 8', problem: '所属的单位（odd）未能导出，这条记录也未导出' },
    ]);
    const target = await freshDb();
    expect(await importText(target, serializeBackup(backup))).toMatchObject({ ok: true });
  });
});

describe('the example in docs/backup-format.md', () => {
  it('imports into a fresh database', async () => {
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/backup-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const parsed = parseBackup(example);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    const db = await freshDb();
    expect(await applyImport(db, parsed.backup)).toMatchObject({ ok: true });
    const blob = (await db.get('attachmentBlobs', 'a1'))?.blob as Blob;
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe('%PDF-1.4\n');
    expect(blob.type).toBe('application/pdf');
  });
});

describe('a file that cannot be imported changes nothing and says what is wrong', () => {
  let db: Database;
  let before: Awaited<ReturnType<typeof snapshot>>;
  let good: BackupFile;

  beforeEach(async () => {
    db = await freshDb();
    await populate(db);
    good = await exportedJson(db);
    // A populated target that differs from the file, so an accidental write would show.
    await db.put('companies', {
      id: 'mine',
      profile: { 'company.name': '我的公司' },
      createdAt: 5,
      updatedAt: 5,
    });
    before = await snapshot(db);
  });

  async function expectRefused(text: string, message: string | RegExp) {
    const result = await importText(db, text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (typeof message === 'string') expect(result.message).toBe(message);
    else expect(result.message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  }

  const edited = (edit: (file: BackupFile & Record<string, unknown>) => void): string => {
    const copy = structuredClone(good) as BackupFile & Record<string, unknown>;
    edit(copy);
    return JSON.stringify(copy, null, 2);
  };

  it('malformed JSON: 文件不是有效的 JSON, with line and column', async () => {
    await expectRefused(
      '{\n  "format": "shenbao-backup",\n  "version": 1,\n  "companies": [,]\n}',
      '文件不是有效的 JSON：第 4 行第 17 列（位置 64）有语法错误，附近内容："companies": [,]',
    );
    await expectRefused(
      '{"format": "shenbao-backup", "companies": [',
      /^文件不是有效的 JSON：内容在第 1 行第 44 列意外结束（位置 43）/,
    );
    await expectRefused('', '文件不是有效的 JSON：文件是空的');
  });

  it('foreign JSON: 这不是申报助手的备份文件', async () => {
    await expectRefused(
      '{"name": "某公司", "items": []}',
      '这不是申报助手的备份文件：缺少 "format": "shenbao-backup"',
    );
    await expectRefused(
      '{"format": "other-backup", "version": 1}',
      '这不是申报助手的备份文件：format 为 "other-backup"，应为 "shenbao-backup"',
    );
    await expectRefused('[1, 2, 3]', '这不是申报助手的备份文件：文件内容是一个数组，而不是备份对象');
    await expectRefused('"shenbao-backup"', '这不是申报助手的备份文件：文件内容不是一个 JSON 对象');
  });

  it('a missing version says in words what is missing, never 「undefined」', async () => {
    await expectRefused(
      edited((file) => {
        delete (file as Record<string, unknown>).version;
      }),
      '文件缺少格式版本号（version），不是申报助手导出的备份文件，或文件已损坏。请选择申报助手「导出备份」得到的 shenbao-backup-….json 文件。',
    );
  });

  it('a wrong format string: 这不是申报助手的备份文件', async () => {
    await expectRefused(
      edited((file) => {
        file.format = 'shenbao-backup-2' as never;
      }),
      '这不是申报助手的备份文件：format 为 "shenbao-backup-2"，应为 "shenbao-backup"',
    );
  });

  it('JSON nested deeper than 64 levels (10^5 deep in a setting) is refused before it is parsed', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const text = edited((file) => {
      file.settings.push({ key: 'deep', value: '@DEEP@' });
    }).replace('"@DEEP@"', deep);
    // Where level 65 opens: the file is level 1, settings 2, the setting 3, so the 62nd [.
    const offset = text.indexOf(deep) + (MAX_JSON_DEPTH - 3);
    const lines = text.slice(0, offset).split('\n');
    const at = `第 ${lines.length} 行第 ${(lines.at(-1)?.length ?? 0) + 1} 列`;
    await expectRefused(
      text,
      `备份文件的数据嵌套超过 64 层（${at}），无法导入。申报助手导出的备份没有这么深的嵌套：这个文件不是申报助手的备份，或已被改动过。请选择申报助手「导出备份」得到的 shenbao-backup-….json 文件。`,
    );
    // Invalid JSON that deep is refused for its depth too (the error scanner never recurses that far).
    await expectRefused('['.repeat(100_000), /^备份文件的数据嵌套超过 64 层（第 1 行第 65 列），无法导入。/);
  });

  it('a setting value exactly at the depth limit imports', async () => {
    const db2 = await freshDb();
    // The file is level 1, settings 2, the setting 3: 61 more levels make 64.
    const value = JSON.parse(`${'['.repeat(MAX_JSON_DEPTH - 3)}1${']'.repeat(MAX_JSON_DEPTH - 3)}`);
    const text = edited((file) => {
      file.settings.push({ key: 'deep', value });
    });
    expect(await importText(db2, text)).toMatchObject({ ok: true });
    expect((await db2.get('settings', 'deep'))?.value).toEqual(value);
    const tooDeep = edited((file) => {
      file.settings.push({ key: 'deep', value: [value] });
    });
    expect(parseBackup(tooDeep)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^备份文件的数据嵌套超过 64 层/),
    });
  });

  it('a file over 256 MB is refused without being read further', async () => {
    // `repeat` builds a rope: its length is known without 256 MB being laid out.
    await expectRefused(
      'x'.repeat(MAX_BACKUP_BYTES + 1),
      '备份文件太大，无法导入：申报助手最多导入 256 MB 的备份文件，以免浏览器内存不足。请选择申报助手「导出备份」得到的 shenbao-backup-….json 文件。如果备份里的证明材料确实这么多，请在导出它的电脑上删除不再需要的证明材料后重新导出。',
    );
    // The dashboard asks with the file's size before reading it.
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeUndefined();
    expect(checkBackupSize(300 * 1024 * 1024)).toBe(
      '备份文件太大（300.0 MB），无法导入：申报助手最多导入 256 MB 的备份文件，以免浏览器内存不足。请选择申报助手「导出备份」得到的 shenbao-backup-….json 文件。如果备份里的证明材料确实这么多，请在导出它的电脑上删除不再需要的证明材料后重新导出。',
    );
  });

  it('a newer version asks to update Shenbao; a nonsense version names the field', async () => {
    await expectRefused(
      edited((file) => {
        file.version = 3 as never;
      }),
      '这个备份文件来自更新版本的申报助手（备份格式版本 3，当前版本只能读取版本 1、2）。请先更新申报助手，再导入。',
    );
    await expectRefused(
      edited((file) => {
        file.version = '1' as never;
      }),
      '备份文件的 version 应为 2，实际为 "1"',
    );
  });

  it('a wrong value type deep inside names the path and the expected shape', async () => {
    await expectRefused(
      edited((file) => {
        (file.drafts[0]?.values as Record<string, unknown>)['project.period'] = '2020年1月至2021年12月';
      }),
      '第 1 个项目草稿（drafts[0]）的 values["project.period"] 格式不正确：应为起止日期（start/end），实际为文本',
    );
    await expectRefused(
      edited((file) => {
        (file.companies[0]?.profile as Record<string, unknown>)['company.listed'] = '是';
      }),
      '第 1 家单位（companies[0]）的 profile["company.listed"] 格式不正确：应为是/否，实际为文本',
    );
    await expectRefused(
      edited((file) => {
        const figures = file.figures[2] as unknown as Record<string, unknown>;
        figures.year = 1900;
      }),
      '第 3 条年度财务数据（figures[2]）的 year 不能小于 1949',
    );
  });

  it('an unknown catalog key names the path', async () => {
    await expectRefused(
      edited((file) => {
        const values = file.drafts[0]?.values as Record<string, unknown>;
        values['project.nmae'] = values['project.name'];
      }),
      '第 1 个项目草稿（drafts[0]）的 values["project.nmae"] 不是申报书目录中的字段（字段目录见 docs/catalog.md）',
    );
    await expectRefused(
      edited((file) => {
        (file.companies[0]?.profile as Record<string, unknown>)['project.name'] = '放错地方的项目名称';
      }),
      '第 1 家单位（companies[0]）的 profile["project.name"] 是项目草稿的字段，不能出现在单位资料中',
    );
    await expectRefused(
      edited((file) => {
        (file.siteMappings[0] as unknown as Record<string, unknown>).key = 'company.nmae';
      }),
      '第 1 条站点字段对应（siteMappings[0]）的 key 「company.nmae」既不是申报书目录中的字段，也不是自定义栏目（custom.<id>）（字段目录见 docs/catalog.md）',
    );
  });

  it('an edition that is neither built in, nor in the file, nor stored is a broken reference naming the draft', async () => {
    await expectRefused(
      edited((file) => {
        (file.drafts[0] as unknown as Record<string, unknown>).editionId = '2019';
      }),
      `导入失败，本地数据没有任何改动：第 1 个项目草稿（drafts[0]，项目名称「${SAMPLE_APPLICANT.draft.values['project.name']}」）引用的申报批次（editionId "2019"）不在备份文件中，也不在本机：无法导入。请导出完整的备份后再试。`,
    );
  });

  it('an editionId that is not text names the path', async () => {
    await expectRefused(
      edited((file) => {
        (file.drafts[0] as unknown as Record<string, unknown>).editionId = 2019;
      }),
      '第 1 个项目草稿（drafts[0]）的 editionId 格式不正确：应为申报批次 2020、2018 之一，实际为数字',
    );
  });

  it('attachments: bad Base64, bytes that do not match size, a requirement that is not an attachment item', async () => {
    await expectRefused(
      edited((file) => {
        if (file.attachments[0]) file.attachments[0].dataBase64 = '这不是base64';
      }),
      '第 1 个附件（attachments[0]）的 dataBase64 不是有效的 Base64 编码',
    );
    await expectRefused(
      edited((file) => {
        if (file.attachments[0])
          file.attachments[0].dataBase64 = file.attachments[0].dataBase64.slice(0, 400);
      }),
      `第 1 个附件（attachments[0]）的 dataBase64 解码后为 300 字节，与 size（${PDF_BYTES.length} 字节）不符，文件可能被截断或改动过`,
    );
    await expectRefused(
      edited((file) => {
        (file.attachments[0] as unknown as Record<string, unknown>).requirementKey = 'company.name';
      }),
      /^第 1 个附件（attachments\[0\]）的 requirementKey 「company.name」不是申报书的附件项/,
    );
  });

  it('duplicates, missing fields, unknown record fields and revision scopes are named too', async () => {
    await expectRefused(
      edited((file) => {
        if (file.drafts[0]) file.drafts.push(structuredClone(file.drafts[0]));
      }),
      '第 2 个项目草稿（drafts[1]）的 id 与第 1 个项目草稿（drafts[0]）重复（id 相同）',
    );
    await expectRefused(
      edited((file) => {
        delete (file.companies[0] as unknown as Record<string, unknown>).createdAt;
        (file.companies[0] as unknown as Record<string, unknown>).colour = 'red';
      }),
      '第 1 家单位（companies[0]）的 createdAt 缺失（必填）（另有 1 处问题）',
    );
    const result = parseBackup(
      edited((file) => {
        delete (file as Record<string, unknown>).settings;
      }),
    );
    expect(result).toEqual({
      ok: false,
      message: '备份文件的 settings 缺失（必填）',
      problems: ['备份文件的 settings 缺失（必填）'],
    });
    const scoped = parseBackup(
      edited((file) => {
        (file.revisions?.[2]?.values as Record<string, unknown>)['project.summary'] = '不属于单位资料';
      }),
    );
    expect(scoped).toMatchObject({
      ok: false,
      message:
        '第 3 个历史版本（revisions[2]）的 values["project.summary"] 是项目草稿的字段，不能出现在单位资料的历史版本中',
    });
  });

  /** Parses, then refused by the preview and (checked again in its transaction) by the import. */
  async function expectBrokenReference(text: string, problems: string[]) {
    const parsed = parseBackup(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const more = problems.length > 1 ? `（另有 ${problems.length - 1} 处问题）` : '';
    const message = `${problems[0]}${more}：无法导入。请导出完整的备份后再试。`;
    expect(await previewImport(db, parsed.backup)).toEqual({ ok: false, message, problems });
    expect(await snapshot(db)).toEqual(before);
    expect(await applyImport(db, parsed.backup)).toEqual({
      ok: false,
      message: `导入失败，本地数据没有任何改动：${message}`,
      problems,
    });
    expect(await snapshot(db)).toEqual(before);
  }

  it('a draft whose company is neither in the file nor stored is refused, naming the draft', async () => {
    await expectBrokenReference(
      edited((file) => {
        const draft = structuredClone(file.drafts[0]) as BackupFile['drafts'][number];
        file.drafts.push({
          ...draft,
          id: 'd-orphan',
          companyId: 'nowhere',
          values: { 'project.name': '孤立的项目' },
        });
      }),
      [
        '第 2 个项目草稿（drafts[1]，项目名称「孤立的项目」）引用的单位（companyId "nowhere"）不在备份文件中，也不在本机',
      ],
    );
  });

  it('an attachment whose company is missing is refused, naming the file', async () => {
    const index = good.attachments.length;
    await expectBrokenReference(
      edited((file) => {
        const attachment = structuredClone(file.attachments.find((item) => item.id === 'att-1'));
        if (attachment) file.attachments.push({ ...attachment, id: 'att-orphan', companyId: 'nowhere' });
      }),
      [
        `第 ${index + 1} 个附件（attachments[${index}]，文件「2019年度审计报告.pdf」）引用的单位（companyId "nowhere"）不在备份文件中，也不在本机`,
      ],
    );
  });

  it('a revision of a missing draft is refused, naming it', async () => {
    const index = good.revisions?.length ?? 0;
    await expectBrokenReference(
      edited((file) => {
        file.revisions?.push({
          target: 'draft:gone',
          savedAt: 5,
          values: { 'project.name': '已删除的草稿' },
        });
      }),
      [
        `第 ${index + 1} 个历史版本（revisions[${index}]，target "draft:gone"）所属的项目草稿（id "gone"）不在备份文件中，也不在本机`,
      ],
    );
  });

  it('every broken reference is listed: figures, a company revision and a draft without their company', async () => {
    const revisions = good.revisions?.length ?? 0;
    await expectBrokenReference(
      edited((file) => {
        file.figures.push({ companyId: 'nowhere', year: 2019, values: {}, updatedAt: 1 });
        if (file.drafts[0]) file.drafts[0].companyId = 'also-nowhere';
        file.revisions?.push({ target: 'company:nowhere', savedAt: 5, values: {} });
      }),
      [
        `第 ${good.figures.length + 1} 条年度财务数据（figures[${good.figures.length}]，2019 年）引用的单位（companyId "nowhere"）不在备份文件中，也不在本机`,
        `第 1 个项目草稿（drafts[0]，项目名称「${SAMPLE_APPLICANT.draft.values['project.name']}」）引用的单位（companyId "also-nowhere"）不在备份文件中，也不在本机`,
        `第 ${revisions + 1} 个历史版本（revisions[${revisions}]，target "company:nowhere"）所属的单位（id "nowhere"）不在备份文件中，也不在本机`,
      ],
    );
  });

  it('a reference to a company or draft that is only in the store is whole: imported', async () => {
    const text = edited((file) => {
      const draft = structuredClone(file.drafts[0]) as BackupFile['drafts'][number];
      file.drafts.push({ ...draft, id: 'd-mine', companyId: 'mine', values: { 'project.name': '我的项目' } });
      file.figures.push({ companyId: 'mine', year: 2019, values: {}, updatedAt: 1 });
      file.revisions?.push({ target: 'company:mine', savedAt: 5, values: {} });
    });
    expect(await importText(db, text)).toMatchObject({ ok: true });
    expect((await db.get('drafts', 'd-mine'))?.companyId).toBe('mine');
  });

  it('no message of a refused file says 「undefined」, shows an exception or falls back to English', async () => {
    const messages: string[] = [];
    const collect = (text: string) => {
      const result = parseBackup(text);
      if (!result.ok) messages.push(result.message, ...result.problems);
      return result.ok;
    };
    // A local edition and a draft of it, so the editions collection is broken too.
    good.editions = [{ id: EDITION_2022.id, edition: EDITION_2022 as never, savedAt: 6 }];
    good.drafts.push({
      ...(structuredClone(good.drafts[0]) as BackupFile['drafts'][number]),
      id: 'd-local',
      editionId: EDITION_2022.id,
      values: { 'project.name': '数字乡村服务平台', 'edition.test-2022.security': '分级保护' },
    });
    expect(collect(JSON.stringify(good))).toBe(true);
    const broken = (edit: (file: Record<string, unknown> & BackupFile) => void) => collect(edited(edit));
    const record = (kind: keyof BackupFile, index = 0) =>
      (good[kind] as unknown[])[index] as Record<string, unknown>;
    // Every field of every kind missing, and replaced by a value of another type.
    for (const kind of BACKUP_KINDS) {
      if (kind === 'settings') continue; // exported settings are empty
      for (const name of Object.keys(record(kind))) {
        broken((file) => {
          delete ((file[kind] as unknown[])[0] as Record<string, unknown>)[name];
        });
        broken((file) => {
          ((file[kind] as unknown[])[0] as Record<string, unknown>)[name] = { nested: [1] };
        });
        broken((file) => {
          ((file[kind] as unknown[])[0] as Record<string, unknown>)[name] = 12;
        });
      }
    }
    for (const name of Object.keys(good)) {
      broken((file) => {
        delete (file as Record<string, unknown>)[name];
      });
      broken((file) => {
        (file as Record<string, unknown>)[name] = null;
      });
    }
    broken((file) => {
      file.settings.push({ key: '', value: undefined as never });
    });
    broken((file) => {
      file.format = { long: 'x'.repeat(10_000) } as never;
    });
    for (const text of [
      '',
      '   ',
      '{',
      '{"format":',
      'null',
      '12',
      '[',
      `{"a":${'['.repeat(70)}`,
      '\u0000',
    ]) {
      collect(text);
    }
    expect(messages.length).toBeGreaterThan(100);
    const allowed = new Set([
      // names of the format's own fields and collections, and the words of file paths
      ...Object.keys(good),
      ...(
        ['companies', 'figures', 'editions', 'drafts', 'customFields', 'attachments', 'revisions'] as const
      ).flatMap((kind) => Object.keys(record(kind))),
      'host',
      'signature',
      'key',
      'value',
      'sample',
      'copiedFrom',
      'year',
      'profile',
      'values',
      'JSON',
      'Base64',
      'ISO',
      'UTC',
      'MB',
      'docs',
      'catalog',
      'md',
      'shenbao',
      'backup',
      'json',
      'true',
      'false',
      'null',
      ...Object.keys(EDITION_2022), // an edition package's fields, named in a path
      'test', // the local edition's id (test-2022), data listed among the choices
      'nested', // the test's own key, named in a path
      'start',
      'end',
      'T',
    ]);
    const english: string[] = [];
    for (const message of new Set(messages)) {
      expect(message).not.toMatch(/undefined|\[object|Error|Invalid input|Expected|Received|Maximum call/);
      expect(message).toMatch(/[\u4e00-\u9fff]/);
      // Quoted input (what the file holds) may be anything; the message's own words may not be English.
      const own = message.replace(/"[^"]*"|「[^」]*」|…+/g, '');
      for (const word of own.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []) {
        if (!allowed.has(word)) english.push(`${word} in 「${message}」`);
      }
    }
    expect(english).toEqual([]);
  });

  it('lists every problem, not only the first', () => {
    const result = parseBackup(
      edited((file) => {
        const values = file.drafts[0]?.values as Record<string, unknown>;
        values['project.period'] = 'x';
        values['project.nmae'] = 'y';
        file.exportedAt = 'yesterday';
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      '备份文件的 exportedAt 应为 ISO 8601 UTC 时间（如 2020-05-06T02:00:00.000Z）',
      '第 1 个项目草稿（drafts[0]）的 values["project.period"] 格式不正确：应为起止日期（start/end），实际为文本',
      '第 1 个项目草稿（drafts[0]）的 values["project.nmae"] 不是申报书目录中的字段（字段目录见 docs/catalog.md）',
    ]);
    expect(result.message).toBe(`${result.problems[0]}（另有 2 处问题）`);
  });
});

describe('preview', () => {
  it('counts and names what will be added and what will be replaced, per kind', async () => {
    const source = await freshDb();
    await populate(source);
    await source.put('companies', {
      id: 'other',
      profile: { 'company.name': '另一家公司' },
      createdAt: 1,
      updatedAt: 1,
    });
    const parsed = parseBackup(serializeBackup(await exportBackup(source)));
    if (!parsed.ok) throw new Error(parsed.message);

    const target = await freshDb();
    await loadSample(target, 5);
    const before = await snapshot(target);
    const preview = await previewImport(target, parsed.backup);
    expect(await snapshot(target)).toEqual(before);
    if (!preview.ok) throw new Error(preview.message);
    const { plan } = preview;
    expect(plan.companies).toEqual({
      added: ['另一家公司'],
      replaced: [SAMPLE_APPLICANT.company['company.name']],
    });
    expect(plan.drafts).toEqual({ added: [], replaced: [SAMPLE_APPLICANT.draft.values['project.name']] });
    expect(plan.figures.replaced).toHaveLength(3);
    expect(plan.figures.added).toEqual([]);
    expect(plan.attachments.added).toEqual(['2019年度审计报告.pdf', '安全生产许可证.pdf']);
    expect(plan.customFields.added).toEqual(['安全生产许可证']);
    expect(plan.attachments.replaced.toSorted()).toEqual(SAMPLE_FILE_NAMES.toSorted());
    expect(plan.revisions.added).toHaveLength(3);
    expect(plan.siteMappings.added.toSorted()).toEqual([
      'www.xinxixiaofei.com → company.name',
      'www.xinxixiaofei.com → custom.fLicence',
    ]);
    expect(plan.settings.added).toEqual(['dashboard.lastEdition']);
    expect(describePlan(plan)).toBe(
      '将新增 1 家单位、1 个自定义栏目、2 个附件、3 个历史版本、2 条站点字段对应、1 项设置；' +
        `将覆盖 1 家单位、3 条年度财务数据、1 个项目草稿、${SAMPLE_FILE_NAMES.length} 个附件（本机上相同标识的记录会被备份中的版本替换）。`,
    );

    const applied = await applyImport(target, parsed.backup);
    expect(applied).toEqual({ ok: true, plan, prunedRevisions: 0 });
    const again = await previewImport(target, parsed.backup);
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(describePlan(again.plan)).toBe(
      `不会新增记录；将覆盖 2 家单位、3 条年度财务数据、1 个项目草稿、1 个自定义栏目、${SAMPLE_FILE_NAMES.length + 2} 个附件、3 个历史版本、2 条站点字段对应、1 项设置（本机上相同标识的记录会被备份中的版本替换）。`,
    );
  });

  it('keeps the store’s 50-revision limit per target after an import', async () => {
    const db = await freshDb();
    await populate(db);
    const file = await exportedJson(db);
    file.revisions = Array.from({ length: 60 }, (_, index) => ({
      target: `draft:${SAMPLE_DRAFT_ID}`,
      savedAt: 1_000_000 + index,
      values: { 'project.name': `第${index}版` },
    }));
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    const result = await applyImport(db, parsed.backup);
    expect(result).toMatchObject({ ok: true, prunedRevisions: 12 });
    const kept = await db.getAllFromIndex(
      'revisions',
      'byTarget',
      IDBKeyRange.bound([`draft:${SAMPLE_DRAFT_ID}`, -Infinity], [`draft:${SAMPLE_DRAFT_ID}`, Infinity]),
    );
    expect(kept).toHaveLength(50);
    expect(kept.at(-1)?.values['project.name']).toBe('第59版');
  });
});

describe('applyImport is one transaction', () => {
  let db: Database;
  let backup: BackupFile;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeEach(async () => {
    const source = await freshDb();
    await populate(source);
    await source.put('companies', {
      id: 'new-co',
      profile: { 'company.name': '新单位' },
      createdAt: 1,
      updatedAt: 1,
    });
    const parsed = parseBackup(serializeBackup(await exportBackup(source)));
    if (!parsed.ok) throw new Error(parsed.message);
    backup = parsed.backup;
    db = await freshDb();
    await loadSample(db, 7);
    await db.put('siteMappings', {
      host: 'www.xinxixiaofei.com',
      signature: 'label:单位全称',
      key: 'company.name',
      updatedAt: 1,
    });
    before = await snapshot(db);
  });

  it('a record that violates a key path: refused with its path, nothing written', async () => {
    const broken = structuredClone(backup);
    (broken.drafts[0] as unknown as Record<string, unknown>).id = undefined;
    const result = await applyImport(db, broken);
    expect(result).toEqual({
      ok: false,
      message: '导入失败，本地数据没有任何改动：第 1 个项目草稿（drafts[0]）的 id 缺失（必填）',
      problems: ['导入失败，本地数据没有任何改动：第 1 个项目草稿（drafts[0]）的 id 缺失（必填）'],
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a write that throws mid-way (after companies, figures, drafts, attachments, revisions) rolls everything back', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'settings') throw new DOMException('模拟的写入失败', 'DataError');
      return put.apply(this, args);
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await applyImport(db, backup);
    expect(result).toMatchObject({
      ok: false,
      message:
        '导入失败，本地数据没有任何改动：浏览器的本地数据库没有接受这次写入。请刷新页面后重试；如果仍然失败，请把备份文件和操作步骤告诉开发者。',
    });
    // The exception is not shown to the user, but it is not swallowed either.
    expect(logged).toHaveBeenCalledWith(
      '[shenbao] backup import failed',
      expect.objectContaining({ name: 'DataError', message: '模拟的写入失败' }),
    );
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a full disk (QuotaExceededError) says what to do, in zh-CN, and writes nothing', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'attachmentBlobs')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const result = await applyImport(db, backup);
    expect(result).toMatchObject({
      ok: false,
      message:
        '导入失败，本地数据没有任何改动：浏览器可用的存储空间不足。请清理电脑的磁盘空间，或删除不再需要的证明材料后重试。',
    });
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });

  it('a request that fails asynchronously (ConstraintError) aborts the whole import', async () => {
    // `add` where `put` belongs: the existing site mapping makes the request fail in the engine.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'siteMappings') return this.add(...args);
      return put.apply(this, args);
    });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await applyImport(db, backup);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(
      /^导入失败，本地数据没有任何改动：浏览器的本地数据库没有接受这次写入/,
    );
    expect(logged).toHaveBeenCalledWith(
      '[shenbao] backup import failed',
      expect.objectContaining({ name: 'ConstraintError' }),
    );
    vi.restoreAllMocks();
    expect(await snapshot(db)).toEqual(before);
  });
});
