import { customFieldDef, customFieldKey, type FieldDef, type FieldValues } from '@/lib/catalog';
import type { Database } from './db';
import { keyOfRecord, parseRecords, type ReadResult } from './read';
import { type CustomFieldRecord, customFieldRecordSchema } from './records';

/** A new user-defined field: the record without its id and times. */
export type NewCustomField = Omit<CustomFieldRecord, 'id' | 'createdAt' | 'updatedAt'>;

export const newCustomFieldId = (): string => `f${crypto.randomUUID().replaceAll('-', '')}`;

/** Every user-defined field of a company, its drafts' own included, oldest first. */
export async function listAllCustomFields(
  db: Database,
  companyId: string,
): Promise<ReadResult<CustomFieldRecord>> {
  const raws = await db.getAllFromIndex('customFields', 'byCompany', companyId);
  const result = parseRecords('customFields', raws, customFieldRecordSchema, keyOfRecord);
  return { records: result.records.toSorted((a, b) => a.createdAt - b.createdAt), corrupt: result.corrupt };
}

/** The user-defined fields one draft sees: the company's, then the draft's own. */
export async function listCustomFields(
  db: Database,
  companyId: string,
  draftId?: string,
): Promise<ReadResult<CustomFieldRecord>> {
  const all = await listAllCustomFields(db, companyId);
  return {
    records: all.records.filter((record) => record.draftId === undefined || record.draftId === draftId),
    corrupt: all.corrupt,
  };
}

export async function addCustomField(
  db: Database,
  input: NewCustomField,
  now = Date.now(),
): Promise<CustomFieldRecord> {
  const record = customFieldRecordSchema.parse({
    ...input,
    id: newCustomFieldId(),
    createdAt: now,
    updatedAt: now,
  });
  await db.add('customFields', record);
  return record;
}

/** Saves an edited field (definition or value); the record is parsed before it is written. */
export async function saveCustomField(
  db: Database,
  record: CustomFieldRecord,
  now = Date.now(),
): Promise<CustomFieldRecord> {
  const parsed = customFieldRecordSchema.parse({ ...record, updatedAt: now });
  await db.put('customFields', parsed);
  return parsed;
}

/** Removes a field with the files stored for it (metadata and bytes), in one transaction. */
export async function removeCustomField(db: Database, id: string): Promise<void> {
  const tx = db.transaction(['customFields', 'attachments', 'attachmentBlobs'], 'readwrite');
  const record = customFieldRecordSchema.safeParse(await tx.objectStore('customFields').get(id));
  const fileIds =
    record.success && Array.isArray(record.data.value)
      ? record.data.value.flatMap((ref) => (ref.id ? [ref.id] : []))
      : [];
  await Promise.all([
    tx.objectStore('customFields').delete(id),
    ...fileIds.map((fileId) => tx.objectStore('attachments').delete(fileId)),
    ...fileIds.map((fileId) => tx.objectStore('attachmentBlobs').delete(fileId)),
    tx.done,
  ]);
}

/** The catalog view of the records: field definitions and values keyed `custom.<id>`. */
export function customFieldsView(records: readonly CustomFieldRecord[]): {
  fields: FieldDef[];
  values: FieldValues;
} {
  const values: Record<string, CustomFieldRecord['value']> = {};
  for (const record of records)
    if (record.value !== undefined) values[customFieldKey(record.id)] = record.value;
  return { fields: records.map(customFieldDef), values };
}
