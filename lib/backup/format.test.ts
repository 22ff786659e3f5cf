import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attachmentRecordSchema,
  companyRecordSchema,
  draftRecordSchema,
  figuresRecordSchema,
  localEditionRecordSchema,
  revisionRecordSchema,
  settingRecordSchema,
  siteMappingRecordSchema,
} from '@/lib/store/records';
import { base64ToBytes, bytesToBase64 } from './base64';
import { backupFileName } from './export';
import {
  attachmentBackupSchema,
  base64ByteLength,
  companyBackupSchema,
  draftBackupSchema,
  editionBackupSchema,
  figuresBackupSchema,
  localDraftBackupSchema,
  revisionBackupSchema,
  settingBackupSchema,
  siteMappingBackupSchema,
} from './format';
import { renderBackupJsonSchema } from './json-schema';
import { describeLocation, findJsonErrorOffset, formatPath } from './messages';

const root = resolve(import.meta.dirname, '../..');

describe('docs/backup.schema.json', () => {
  it('is up to date with lib/backup/format.ts (run `npm run generate`)', () => {
    const onDisk = readFileSync(resolve(root, 'docs/backup.schema.json'), 'utf8');
    expect(onDisk).toBe(renderBackupJsonSchema());
  });

  it('docs/backup-format.md documents every top-level field and the dashboard’s test ids', () => {
    const doc = readFileSync(resolve(root, 'docs/backup-format.md'), 'utf8');
    const schema = JSON.parse(renderBackupJsonSchema()) as { properties: Record<string, unknown> };
    for (const key of Object.keys(schema.properties)) expect(doc).toContain(`\`${key}\``);
    for (const id of [
      'backup-export',
      'backup-import',
      'backup-import-confirm',
      'backup-import-cancel',
      'backup-message',
    ]) {
      expect(doc).toContain(id);
    }
  });
});

describe('the backup records mirror the store records', () => {
  // A field added to a store record must reach the backup too, and that is a format change
  // (bump BACKUP_VERSION). Attachments add dataBase64; revisions drop their local id.
  const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();
  const optionKeys = (schema: typeof draftBackupSchema) =>
    [...new Set(schema.options.flatMap((option) => Object.keys(option.shape)))].sort();

  it.each([
    ['companies', keys(companyBackupSchema), keys(companyRecordSchema)],
    ['figures', keys(figuresBackupSchema), keys(figuresRecordSchema)],
    ['drafts', optionKeys(draftBackupSchema), keys(draftRecordSchema)],
    ['drafts of a local edition', keys(localDraftBackupSchema), keys(draftRecordSchema)],
    ['editions', keys(editionBackupSchema), keys(localEditionRecordSchema)],
    ['attachments', keys(attachmentBackupSchema), [...keys(attachmentRecordSchema), 'dataBase64'].sort()],
    ['revisions', keys(revisionBackupSchema), keys(revisionRecordSchema).filter((key) => key !== 'id')],
    ['siteMappings', keys(siteMappingBackupSchema), keys(siteMappingRecordSchema)],
    ['settings', keys(settingBackupSchema), keys(settingRecordSchema)],
  ])('%s', (_kind, backup, store) => {
    expect(backup).toEqual(store);
  });
});

describe('paths in messages', () => {
  it('uses dots for plain names and quoted brackets for catalog keys', () => {
    expect(formatPath(['drafts', 2, 'values', 'project.period', 'start'])).toBe(
      'drafts[2].values["project.period"].start',
    );
    expect(describeLocation(['drafts', 2, 'values', 'project.period'])).toBe(
      '第 3 个项目草稿（drafts[2]）的 values["project.period"]',
    );
    expect(describeLocation(['companies', 0])).toBe('第 1 家单位（companies[0]）');
    expect(describeLocation(['app', 'version'])).toBe('备份文件的 app.version');
    expect(describeLocation([])).toBe('备份文件');
  });
});

describe('the JSON error scanner', () => {
  it('agrees with JSON.parse on valid documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 2 }), (value, indent) => {
        expect(findJsonErrorOffset(JSON.stringify(value, null, indent))).toBeUndefined();
      }),
    );
  });

  it('finds an offset whenever JSON.parse refuses a mutated document', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\\'),
        (value, at, insert) => {
          const text = JSON.stringify(value);
          const cut = at % (text.length + 1);
          const mutated = text.slice(0, cut) + insert + text.slice(cut + 1);
          let valid = true;
          try {
            JSON.parse(mutated);
          } catch {
            valid = false;
          }
          const offset = findJsonErrorOffset(mutated);
          if (valid) expect(offset).toBeUndefined();
          else expect(offset).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('Base64', () => {
  it('round-trips any bytes and predicts the decoded length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(base64ToBytes(text)).toEqual(bytes);
        expect(base64ByteLength(text)).toBe(bytes.length);
      }),
    );
  });
});

it('names the file shenbao-backup-YYYYMMDD-HHmm.json in local time', () => {
  expect(backupFileName(new Date(2020, 4, 6, 9, 5))).toBe('shenbao-backup-20200506-0905.json');
});
