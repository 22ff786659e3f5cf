import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type {
  AttachmentBlob,
  AttachmentRecord,
  CompanyRecord,
  CustomFieldRecord,
  DraftRecord,
  DraftSummaryRecord,
  FiguresRecord,
  LocalEditionRecord,
  RevisionRecord,
  SettingRecord,
  SiteMappingRecord,
} from './records';

export const DB_NAME = 'shenbao';
// 2 adds the user-defined fields; 3 adds the local editions of 新建申报批次; 4 adds the stored
// draft summaries the dashboard lists.
export const DB_VERSION = 4;

export interface ShenbaoDB extends DBSchema {
  companies: { key: string; value: CompanyRecord };
  figures: { key: [string, number]; value: FiguresRecord; indexes: { byCompany: string } };
  drafts: { key: string; value: DraftRecord; indexes: { byCompany: string } };
  attachments: { key: string; value: AttachmentRecord; indexes: { byCompany: string } };
  attachmentBlobs: { key: string; value: AttachmentBlob };
  revisions: { key: number; value: RevisionRecord; indexes: { byTarget: [string, number] } };
  siteMappings: { key: [string, string]; value: SiteMappingRecord; indexes: { byHost: string } };
  settings: { key: string; value: SettingRecord };
  editions: { key: string; value: LocalEditionRecord };
  /** Version 2: user-defined fields and their values (lib/catalog/custom.ts). */
  customFields: {
    key: string;
    value: CustomFieldRecord;
    indexes: { byCompany: string; byDraft: string };
  };
  /** Version 4: one summary per draft (lib/drafts/summary.ts), a cache the overview refreshes. */
  summaries: { key: string; value: DraftSummaryRecord; indexes: { byCompany: string } };
}

export type Database = IDBPDatabase<ShenbaoDB>;

/**
 * Opens the local database. The version ladder runs every step above the stored version,
 * so a profile created by any earlier release upgrades in order (`if (oldVersion < N)`).
 */
export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<ShenbaoDB>(name, DB_VERSION, {
    // A newer release opened in another tab needs this connection out of the way to upgrade;
    // the page then reloads its data through the new version.
    blocking(_currentVersion, _blockedVersion, event) {
      (event.target as IDBDatabase).close();
    },
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('companies', { keyPath: 'id' });
        db.createObjectStore('figures', { keyPath: ['companyId', 'year'] }).createIndex(
          'byCompany',
          'companyId',
        );
        db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('attachments', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
        db.createObjectStore('attachmentBlobs', { keyPath: 'id' });
        db.createObjectStore('revisions', { keyPath: 'id', autoIncrement: true }).createIndex('byTarget', [
          'target',
          'savedAt',
        ]);
        db.createObjectStore('siteMappings', { keyPath: ['host', 'signature'] }).createIndex(
          'byHost',
          'host',
        );
        db.createObjectStore('settings', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        // User-defined fields live beside the records of version 1, which stay as they are:
        // nothing of theirs changes shape (test/fixtures/store-v1 proves a v1 profile opens
        // with every record intact).
        const customFields = db.createObjectStore('customFields', { keyPath: 'id' });
        customFields.createIndex('byCompany', 'companyId');
        customFields.createIndex('byDraft', 'draftId');
      }
      if (oldVersion < 3) {
        db.createObjectStore('editions', { keyPath: 'id' });
      }
      if (oldVersion < 4) {
        // Empty at first: a summary is derived data, so the first overview after the upgrade
        // computes every draft's (test/fixtures/store-v3 proves the step on a v3 profile).
        db.createObjectStore('summaries', { keyPath: 'id' }).createIndex('byCompany', 'companyId');
      }
    },
  });
}
