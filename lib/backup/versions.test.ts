import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/store/db';
import { bytesToBase64 } from './base64';
import { BACKUP_VERSION } from './format';
import { applyImport, parseBackup } from './import';

const fixtures = resolve(import.meta.dirname, '../../test/fixtures/store-v1');
const read = (name: string) => readFileSync(resolve(fixtures, name), 'utf8');
/** Exported by the version 1 code (test/fixtures/store-v1/generate.ts). */
const v1Text = read('backup.json');
const v1 = JSON.parse(v1Text);

describe('backup versions: 1 is read by the version 2 reader, 2 is refused by the version 1 reader', () => {
  it('a version 1 file imports with every record as it was, attachment bytes included', async () => {
    expect(v1.version).toBe(1);
    const parsed = parseBackup(v1Text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.backup.version).toBe(BACKUP_VERSION);
    expect(parsed.backup.customFields).toEqual([]);
    const db = await openDatabase('versions-v1-import');
    expect(await applyImport(db, parsed.backup)).toMatchObject({ ok: true });

    for (const kind of ['companies', 'figures', 'drafts', 'siteMappings', 'settings'] as const) {
      expect(await db.getAll(kind), kind).toEqual(
        expect.arrayContaining(v1[kind].map((record: object) => expect.objectContaining(record))),
      );
      expect(await db.count(kind), kind).toBe(v1[kind].length);
    }
    const revisions = (await db.getAll('revisions')).map(({ id: _local, ...rest }) => rest);
    expect(revisions).toEqual(v1.revisions);
    const stored = await db.getAll('attachments');
    expect(stored).toHaveLength(v1.attachments.length);
    for (const { dataBase64, ...metadata } of v1.attachments) {
      expect(stored).toContainEqual(metadata);
      const blob = (await db.get('attachmentBlobs', metadata.id))?.blob;
      expect(blob?.type).toBe(metadata.type);
      expect(bytesToBase64(new Uint8Array(await (blob as Blob).arrayBuffer()))).toBe(dataBase64);
    }
    db.close();
  });

  it('the version 1 reader refused a version 2 file whole, with a zh-CN message (its recorded verdict)', () => {
    const v2Text = read('v2-backup.json');
    // The file is a current one: this reader takes it, custom field and its file included.
    const current = parseBackup(v2Text);
    if (!current.ok) throw new Error(current.message);
    expect(current.backup.customFields.map((field) => field.label)).toEqual(['安全生产许可证']);
    expect(current.backup.attachments.map((file) => file.requirementKey)).toContain('custom.fLicence');
    // What parseBackup of commit 44065ca returned for exactly this file (v1-reader-verdict.ts).
    const verdict = JSON.parse(read('v1-reader-verdict.json'));
    expect(verdict).toEqual({
      readerVersion: 1,
      ok: false,
      message:
        '这个备份文件来自更新版本的申报助手（备份格式版本 2，当前版本只能读取版本 1）。请先更新申报助手，再导入。',
      problems: [
        '这个备份文件来自更新版本的申报助手（备份格式版本 2，当前版本只能读取版本 1）。请先更新申报助手，再导入。',
      ],
    });
  });

  it('the version is checked before anything else, so a newer file is never half-read', () => {
    const newer = { ...v1, version: BACKUP_VERSION + 1, companies: 'a shape nobody knows yet' };
    expect(parseBackup(JSON.stringify(newer))).toEqual({
      ok: false,
      message: `这个备份文件来自更新版本的申报助手（备份格式版本 ${BACKUP_VERSION + 1}，当前版本只能读取版本 1、2）。请先更新申报助手，再导入。`,
      problems: [expect.stringContaining('请先更新申报助手')],
    });
  });
});
