import type { AttachmentRef } from '@/lib/catalog';
import { previewType } from '@/lib/proofs';
import type { Database } from './db';
import { keyOfRecord, parseRecords, type ReadResult } from './read';
import { type AttachmentRecord, attachmentBlobSchema, attachmentRecordSchema } from './records';

export interface NewAttachment {
  companyId: string;
  requirementKey: string;
  name: string;
  type: string;
  blob: Blob;
  year?: number;
  pages?: number;
}

/** Stores a proof file: its metadata and its bytes land together or not at all. */
export async function addAttachment(
  db: Database,
  input: NewAttachment,
  now = Date.now(),
): Promise<AttachmentRecord> {
  const record = attachmentRecordSchema.parse({
    id: `file-${crypto.randomUUID()}`,
    companyId: input.companyId,
    requirementKey: input.requirementKey,
    name: input.name,
    type: input.type,
    size: input.blob.size,
    year: input.year,
    pages: input.pages,
    addedAt: now,
  });
  const blob = attachmentBlobSchema.parse({ id: record.id, blob: input.blob });
  const tx = db.transaction(['attachments', 'attachmentBlobs'], 'readwrite');
  await Promise.all([
    tx.objectStore('attachments').add(record),
    tx.objectStore('attachmentBlobs').add(blob),
    tx.done,
  ]);
  return record;
}

/** A company's files, metadata only: lists never load the bytes (200 MB stay on disk). */
export async function listAttachments(
  db: Database,
  companyId: string,
): Promise<ReadResult<AttachmentRecord>> {
  const raws = await db.getAllFromIndex('attachments', 'byCompany', companyId);
  return parseRecords('attachments', raws, attachmentRecordSchema, keyOfRecord);
}

export async function readAttachmentBlob(db: Database, id: string): Promise<Blob | undefined> {
  const parsed = attachmentBlobSchema.safeParse(await db.get('attachmentBlobs', id));
  return parsed.success ? parsed.data.blob : undefined;
}

export async function removeAttachment(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['attachments', 'attachmentBlobs'], 'readwrite');
  await Promise.all([
    tx.objectStore('attachments').delete(id),
    tx.objectStore('attachmentBlobs').delete(id),
    tx.done,
  ]);
}

/** The reference a draft keeps for a stored file. */
export function attachmentRef(record: AttachmentRecord): AttachmentRef {
  return record.year === undefined
    ? { id: record.id, name: record.name }
    : { id: record.id, name: record.name, year: record.year };
}

/**
 * A stored file as it may be shown: with the type its bytes show (never the stored `type`,
 * which a backup can set to `text/html`), or undefined when it is neither a PDF nor an image.
 */
export async function previewableBlob(blob: Blob): Promise<Blob | undefined> {
  const type = previewType(new Uint8Array(await blob.slice(0, 4096).arrayBuffer()));
  return type ? blob.slice(0, blob.size, type) : undefined;
}
