import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { Database } from './db';
import { deleteCompany } from './delete-company';
import { companyRecordSchema, draftRecordSchema, figuresRecordSchema } from './records';

export const SAMPLE_COMPANY_ID = 'sample-company';
export const SAMPLE_DRAFT_ID = 'sample-draft';

/**
 * Loads the built-in sample applicant (the embedded default of the demo and 「载入示例」) in
 * one transaction: the company, its figures for every year, and the 2020 draft. Loading it
 * again restores it to the shipped state; the user's own records are never touched.
 */
export async function loadSample(db: Database, now = Date.now()): Promise<void> {
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
  const draft = draftRecordSchema.parse({
    id: SAMPLE_DRAFT_ID,
    companyId: SAMPLE_COMPANY_ID,
    editionId: SAMPLE_APPLICANT.draft.editionId,
    status: 'editing',
    values: SAMPLE_APPLICANT.draft.values,
    sample: true,
    createdAt: now,
    updatedAt: now,
  });
  const tx = db.transaction(['companies', 'figures', 'drafts'], 'readwrite');
  await Promise.all([
    tx.objectStore('companies').put(company),
    ...figures.map((record) => tx.objectStore('figures').put(record)),
    tx.objectStore('drafts').put(draft),
    tx.done,
  ]);
}

/** Removes the sample company with everything that belongs to it, in one transaction. */
export function removeSample(db: Database): Promise<void> {
  return deleteCompany(db, SAMPLE_COMPANY_ID);
}
