import { base64ToBytes } from '@/lib/backup/base64';
import { type AttachmentRef, type CustomFieldKind, customFieldKey } from '@/lib/catalog';
import { PROOF_MIME, sniffProofKind } from '@/lib/proofs';
import { newCustomFieldId } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import {
  attachmentBlobSchema,
  attachmentRecordSchema,
  type CustomFieldRecord,
  customFieldRecordSchema,
  draftRecordSchema,
  siteMappingRecordSchema,
} from '@/lib/store/records';

/** One page field the user ticked in 「页面上还有 N 个栏目没有对应的资料」. */
export interface CapturedField {
  label: string;
  kind: CustomFieldKind;
  /** The page's value as text (file names for an upload). */
  value: string;
  options?: readonly string[];
  /** The field's signature on the page (lib/fill/match, fieldSignatures). */
  signature: string;
  /** An upload's file as the page held it (Base64), when it could be read. */
  file?: { name: string; base64: string };
}

export interface KeepCaptured {
  draftId: string;
  /** Kept on the company (every draft sees it) or on this draft only. */
  scope: 'company' | 'draft';
  /** The sender's host, as the browser reported it (never a message body's word). */
  host: string;
  fields: readonly CapturedField[];
}

const uniqueOptions = (options: readonly string[] | undefined) =>
  [...new Set((options ?? []).map((option) => option.trim()))].filter((option) => option !== '');

/**
 * The record a captured field becomes. A choice keeps the page's options (and is plain text when
 * the page offered fewer than two, or the chosen value is not one of them); an upload keeps the
 * file the page held when it could be read, else it is a named empty slot. An existing field of the same
 * label (the company's, or this draft's) takes the page's value instead of a second field.
 */
function recordOf(
  field: CapturedField,
  base: { companyId: string; draftId?: string; host: string },
  existing: CustomFieldRecord | undefined,
  file: AttachmentRef | undefined,
  id: string,
  now: number,
): CustomFieldRecord {
  const options = uniqueOptions(field.options);
  const choice = field.kind === 'choice' && options.length >= 2 && options.includes(field.value.trim());
  const kind: CustomFieldKind = field.kind === 'choice' && !choice ? 'text' : field.kind;
  const text = field.value.trim() === '' ? undefined : field.value.trim();
  if (existing) {
    const next: CustomFieldRecord = { ...existing, updatedAt: now };
    if (existing.kind === 'file') {
      if (file) next.value = [...(Array.isArray(existing.value) ? existing.value : []), file];
    } else if (text !== undefined && field.kind !== 'file') next.value = text;
    return customFieldRecordSchema.parse(next);
  }
  const value = kind === 'file' ? (file ? [file] : undefined) : text;
  return customFieldRecordSchema.parse({
    id,
    companyId: base.companyId,
    ...(base.draftId ? { draftId: base.draftId } : {}),
    label: field.label.trim(),
    aliases: [],
    kind,
    required: false,
    ...(kind === 'choice' ? { options } : {}),
    ...(value === undefined ? {} : { value }),
    capturedFrom: base.host,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * 从页面采集, the store's side: the ticked fields become user-defined fields of the draft's
 * company (or of the draft) holding the page's values, and each field's signature is mapped to
 * its `custom.<id>` key for the host, so the next fill on that site places it. One transaction:
 * either every field and mapping is kept or none.
 */
export async function keepCaptured(
  db: Database,
  input: KeepCaptured,
  now = Date.now(),
): Promise<CustomFieldRecord[]> {
  // Decoded before the transaction opens: an IndexedDB transaction ends at the first await
  // that is not one of its own requests.
  const files = input.fields.map((field) => {
    if (field.kind !== 'file' || !field.file) return undefined;
    const bytes = base64ToBytes(field.file.base64);
    // The type the bytes show, never the page's word for it.
    const sniffed = sniffProofKind(bytes.subarray(0, 4096));
    const type = sniffed ? PROOF_MIME[sniffed] : 'application/octet-stream';
    return { name: field.file.name, type, blob: new Blob([bytes], { type }) };
  });
  const tx = db.transaction(
    ['drafts', 'customFields', 'siteMappings', 'attachments', 'attachmentBlobs'],
    'readwrite',
  );
  const done = tx.done;
  try {
    const draft = draftRecordSchema.safeParse(await tx.objectStore('drafts').get(input.draftId));
    if (!draft.success) throw new Error('找不到这份草稿，可能已被删除。');
    const companyId = draft.data.companyId;
    const base = {
      companyId,
      ...(input.scope === 'draft' ? { draftId: input.draftId } : {}),
      host: input.host,
    };
    const visible = (await tx.objectStore('customFields').index('byCompany').getAll(companyId)).flatMap(
      (raw) => {
        const parsed = customFieldRecordSchema.safeParse(raw);
        const record = parsed.success ? parsed.data : undefined;
        return record && (record.draftId === undefined || record.draftId === input.draftId) ? [record] : [];
      },
    );
    const kept: CustomFieldRecord[] = [];
    for (const [index, field] of input.fields.entries()) {
      const label = field.label.trim();
      const existing = [...kept, ...visible].find((record) => record.label === label);
      const id = existing?.id ?? newCustomFieldId();
      // A file is stored only for a field that holds files (a known text field of the same
      // label takes no bytes, which would be left unreferenced).
      const file = (existing ? existing.kind === 'file' : field.kind === 'file') ? files[index] : undefined;
      let ref: AttachmentRef | undefined;
      if (file) {
        const stored = attachmentRecordSchema.parse({
          id: `file-${crypto.randomUUID()}`,
          companyId,
          requirementKey: customFieldKey(id),
          name: file.name,
          type: file.type,
          size: file.blob.size,
          addedAt: now,
        });
        await tx.objectStore('attachments').add(stored);
        await tx
          .objectStore('attachmentBlobs')
          .add(attachmentBlobSchema.parse({ id: stored.id, blob: file.blob }));
        ref = { id: stored.id, name: stored.name };
      }
      const record = recordOf(field, base, existing, ref, id, now);
      await tx.objectStore('customFields').put(record);
      await tx.objectStore('siteMappings').put(
        siteMappingRecordSchema.parse({
          host: input.host,
          signature: field.signature,
          key: customFieldKey(record.id),
          updatedAt: now,
        }),
      );
      const at = kept.findIndex((item) => item.id === record.id);
      if (at >= 0) kept[at] = record;
      else kept.push(record);
    }
    await done;
    return kept;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing was or will be written.
    }
    await done.catch(() => undefined);
    throw error;
  }
}
