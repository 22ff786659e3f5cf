import { applicationValues, type Edition, fieldsFor, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { customFieldsView, listAllCustomFields } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import type { CorruptRecord } from '@/lib/store/read';
import type { CompanyRecord, CustomFieldRecord, DraftRecord } from '@/lib/store/records';
import { listCompanies, listDrafts, listFigures } from '@/lib/store/repository';
import { type Issue, isFilled, isRequired, validateValues } from '@/lib/validate';

export interface DraftSummary {
  draft: DraftRecord;
  company: CompanyRecord | undefined;
  edition: Edition;
  issues: Issue[];
  /** Required cells filled, out of the required cells (the completeness meter). */
  filled: number;
  required: number;
}

export interface Overview {
  companies: CompanyRecord[];
  drafts: DraftSummary[];
  corrupt: CorruptRecord[];
}

/** Every company and draft with what the 申报书's rules still find, newest draft first. */
export async function loadOverview(db: Database, today = new Date()): Promise<Overview> {
  const companies = await listCompanies(db);
  const drafts = await listDrafts(db);
  const corrupt = [...companies.corrupt, ...drafts.corrupt];
  const figuresByCompany = new Map<string, Record<number, DraftRecord['values']>>();
  const customByCompany = new Map<string, CustomFieldRecord[]>();
  for (const company of companies.records) {
    const custom = await listAllCustomFields(db, company.id);
    corrupt.push(...custom.corrupt);
    customByCompany.set(company.id, custom.records);
    const figures = await listFigures(db, company.id);
    corrupt.push(...figures.corrupt);
    figuresByCompany.set(
      company.id,
      Object.fromEntries(figures.records.map((record) => [record.year, record.values])),
    );
  }
  const summaries = drafts.records
    .toSorted((a, b) => b.updatedAt - a.updatedAt)
    .map((draft): DraftSummary => {
      const company = companies.records.find((record) => record.id === draft.companyId);
      const edition = findEdition(draft.editionId) ?? LATEST_EDITION;
      const values = applicationValues(
        company?.profile ?? {},
        figuresByCompany.get(draft.companyId) ?? {},
        draft.values,
        edition,
      );
      // The user's own fields count where the user marked them required (lib/catalog/custom.ts).
      const custom = customFieldsView(
        (customByCompany.get(draft.companyId) ?? []).filter(
          (record) => record.draftId === undefined || record.draftId === draft.id,
        ),
      );
      const withCustom = { ...values, ...custom.values };
      const required = [...fieldsFor(edition), ...custom.fields].filter((field) =>
        isRequired(field, withCustom),
      );
      return {
        draft,
        company,
        edition,
        issues: validateValues(withCustom, { edition, today, extraFields: custom.fields }),
        filled: required.filter((field) => isFilled(withCustom[field.key])).length,
        required: required.length,
      };
    });
  return { companies: companies.records, drafts: summaries, corrupt };
}
