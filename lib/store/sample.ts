import { type AttachmentRef, type Edition, fieldsFor, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { Database } from './db';
import { deleteCompany } from './delete-company';
import {
  type AttachmentBlob,
  type AttachmentRecord,
  attachmentRecordSchema,
  companyRecordSchema,
  draftRecordSchema,
  figuresRecordSchema,
  type StoredValues,
} from './records';
import { samplePdf } from './sample-pdf';

export const SAMPLE_COMPANY_ID = 'sample-company';
export const SAMPLE_DRAFT_ID = 'sample-draft';

interface SampleFiles {
  values: StoredValues;
  records: AttachmentRecord[];
  blobs: AttachmentBlob[];
}

/**
 * The sample's proof files as stored files (small generated PDFs) with stable ids, and the
 * draft values pointing at them, so preview and attaching to upload slots work on the sample.
 */
function sampleFiles(draftValues: StoredValues, edition: Edition, now: number): SampleFiles {
  const attachmentKeys = new Set(
    fieldsFor(edition)
      .filter((field) => field.kind === 'attachment')
      .map((field) => field.key),
  );
  const values: Record<string, unknown> = { ...draftValues };
  const records: AttachmentRecord[] = [];
  const blobs: AttachmentBlob[] = [];
  for (const key of attachmentKeys) {
    const refs = draftValues[key];
    if (!Array.isArray(refs)) continue;
    values[key] = (refs as AttachmentRef[]).map((ref, index) => {
      const id = `sample-file-${key.replace('attachment.', '')}-${index + 1}`;
      const blob = samplePdf(ref.name);
      records.push(
        attachmentRecordSchema.parse({
          id,
          companyId: SAMPLE_COMPANY_ID,
          requirementKey: key,
          name: ref.name,
          type: 'application/pdf',
          size: blob.size,
          year: ref.year,
          addedAt: now,
        }),
      );
      blobs.push({ id, blob });
      return { ...ref, id };
    });
  }
  return { values: values as StoredValues, records, blobs };
}

/**
 * Loads the built-in sample applicant (the embedded default of the demo and 「载入示例」) in
 * one transaction: the company, its figures for every year, the 2020 draft and its proof
 * files. Loading it again restores it to the shipped state; the user's own records are never
 * touched.
 */
export async function loadSample(db: Database, now = Date.now()): Promise<void> {
  const edition = findEdition(SAMPLE_APPLICANT.draft.editionId) ?? LATEST_EDITION;
  const company = companyRecordSchema.parse({
    id: SAMPLE_COMPANY_ID,
    profile: SAMPLE_APPLICANT.company,
    sample: true,
    createdAt: now,
    updatedAt: now,
  });
  const figures = Object.entries(SAMPLE_APPLICANT.figuresByYear).map(([year, values]) =>
    figuresRecordSchema.parse({ companyId: SAMPLE_COMPANY_ID, year: Number(year), values, updatedAt: now }),
  );
  const files = sampleFiles(SAMPLE_APPLICANT.draft.values as StoredValues, edition, now);
  const draft = draftRecordSchema.parse({
    id: SAMPLE_DRAFT_ID,
    companyId: SAMPLE_COMPANY_ID,
    editionId: edition.id,
    status: 'editing',
    values: files.values,
    sample: true,
    createdAt: now,
    updatedAt: now,
  });
  const tx = db.transaction(
    ['companies', 'figures', 'drafts', 'attachments', 'attachmentBlobs', 'summaries'],
    'readwrite',
  );
  await Promise.all([
    tx.objectStore('companies').put(company),
    ...figures.map((record) => tx.objectStore('figures').put(record)),
    tx.objectStore('drafts').put(draft),
    // A reloaded sample replaces the draft: its stored summary is recomputed on the next overview.
    tx.objectStore('summaries').delete(draft.id),
    ...files.records.map((record) => tx.objectStore('attachments').put(record)),
    ...files.blobs.map((blob) => tx.objectStore('attachmentBlobs').put(blob)),
    tx.done,
  ]);
}

/** Removes the sample company with everything that belongs to it, in one transaction. */
export function removeSample(db: Database): Promise<void> {
  return deleteCompany(db, SAMPLE_COMPANY_ID);
}
