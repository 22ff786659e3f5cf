import { type Edition, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { listCustomFields } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import {
  type CompanyRecord,
  type CustomFieldRecord,
  companyRecordSchema,
  type DraftRecord,
  draftRecordSchema,
  type FiguresRecord,
  figuresRecordSchema,
} from '@/lib/store/records';

/** One application's records: the profile, the figures of the edition's fiscal year, the draft. */
export interface ApplicationRecords {
  company: CompanyRecord;
  figures: FiguresRecord;
  draft: DraftRecord;
  edition: Edition;
  /** The user's own fields the draft sees (the company's and its own), with their values. */
  custom: CustomFieldRecord[];
}

/** The records of one draft, parsed (the editor and the print view); throws when one is missing or unreadable. */
export async function loadRecords(db: Database, draftId: string): Promise<ApplicationRecords> {
  const draft = draftRecordSchema.parse(await db.get('drafts', draftId));
  const company = companyRecordSchema.parse(await db.get('companies', draft.companyId));
  const edition = findEdition(draft.editionId) ?? LATEST_EDITION;
  const stored = await db.get('figures', [draft.companyId, edition.fiscalYear]);
  const figures = stored
    ? figuresRecordSchema.parse(stored)
    : { companyId: draft.companyId, year: edition.fiscalYear, values: {}, updatedAt: Date.now() };
  // A corrupt custom field is reported where it is edited (CustomFieldsEditor), not here.
  const custom = (await listCustomFields(db, draft.companyId, draftId)).records;
  return { company, figures, draft, edition, custom };
}
