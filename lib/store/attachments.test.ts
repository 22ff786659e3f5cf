import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAttachment,
  attachmentRef,
  listAttachments,
  previewableBlob,
  readAttachmentBlob,
  removeAttachment,
} from './attachments';
import { type Database, openDatabase } from './db';

let db: Database;
let name = 0;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`attachments-${name}`);
});
afterEach(() => db.close());

const pdf = (text: string) => new Blob([`%PDF-1.4\n${text}`], { type: 'application/pdf' });

describe('attachments', () => {
  it('stores metadata and bytes; lists carry no bytes; removal takes both', async () => {
    const record = await addAttachment(db, {
      companyId: 'c1',
      requirementKey: 'attachment.revenueProof',
      name: '2019年度审计报告.pdf',
      type: 'application/pdf',
      blob: pdf('审计'),
      year: 2019,
    });
    const listed = await listAttachments(db, 'c1');
    expect(listed.records).toEqual([record]);
    expect(JSON.stringify(listed.records)).not.toContain('%PDF');
    const blob = await readAttachmentBlob(db, record.id);
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(
      new Uint8Array(await pdf('审计').arrayBuffer()),
    );
    expect(attachmentRef(record)).toEqual({ id: record.id, name: '2019年度审计报告.pdf', year: 2019 });
    await removeAttachment(db, record.id);
    expect((await listAttachments(db, 'c1')).records).toEqual([]);
    expect(await readAttachmentBlob(db, record.id)).toBeUndefined();
  });

  it('refuses a file without a name before storing anything', async () => {
    const input = {
      companyId: 'c1',
      requirementKey: 'attachment.rdProof',
      name: '',
      type: '',
      blob: pdf(''),
    };
    await expect(addAttachment(db, input)).rejects.toThrow();
    expect((await listAttachments(db, 'c1')).records).toEqual([]);
  });
});

describe('previewableBlob', () => {
  it('shows a PDF as a PDF and refuses HTML stored under a .pdf name and type', async () => {
    const pdf = await previewableBlob(new Blob(['%PDF-1.4\n%%EOF\n'], { type: 'text/html' }));
    expect(pdf?.type).toBe('application/pdf');
    expect(
      await previewableBlob(new Blob(['<html><script>alert(1)</script>'], { type: 'application/pdf' })),
    ).toBeUndefined();
  });
});
