import { applicationValues, type Edition, fieldsFor, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { loadLocalEditions } from '@/lib/editions/local';
import { customFieldsView, listAllCustomFields } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import type { CorruptRecord } from '@/lib/store/read';
import type { CompanyRecord, CustomFieldRecord, DraftRecord } from '@/lib/store/records';
import { listCompanies, listDrafts, listFigures } from '@/lib/store/repository';
import { readSetting } from '@/lib/store/settings';
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

/** One entry of the 回收站 as the dashboard lists it. */
export interface TrashItem {
  kind: 'draft' | 'company';
  id: string;
  label: string;
  deletedAt: number;
}

export interface Overview {
  /** Companies not in the 回收站. */
  companies: CompanyRecord[];
  /** Drafts in work: not archived, not in the 回收站, of a company not in the 回收站. */
  drafts: DraftSummary[];
  /** Drafts under 已归档. */
  archived: DraftSummary[];
  trash: TrashItem[];
  /** Fiscal years with figures entered, by company id (the first-run guide reads them). */
  figureYears: Record<string, number[]>;
  corrupt: CorruptRecord[];
}

/** Every company and draft with what the 申报书's rules still find, newest draft first. */
export async function loadOverview(db: Database, today = new Date()): Promise<Overview> {
  // Drafts of editions created from a notice need those editions known first.
  await loadLocalEditions(db);
  const allCompanies = await listCompanies(db);
  const allDrafts = await listDrafts(db);
  const corrupt = [...allCompanies.corrupt, ...allDrafts.corrupt];
  const trashEntries = await readSetting(db, 'trash');
  const archivedIds = new Set(await readSetting(db, 'archivedDraftIds'));
  const trashed = new Set(trashEntries.map((entry) => entry.id));
  const companies = { records: allCompanies.records.filter((company) => !trashed.has(company.id)) };
  const drafts = {
    records: allDrafts.records.filter((draft) => !trashed.has(draft.id) && !trashed.has(draft.companyId)),
  };
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
  const figureYears = Object.fromEntries(
    [...figuresByCompany].map(([companyId, byYear]) => [companyId, Object.keys(byYear).map(Number)]),
  );
  const trash = trashEntries.flatMap((entry): TrashItem[] => {
    const label =
      entry.kind === 'draft'
        ? draftLabel(allDrafts.records.find((draft) => draft.id === entry.id))
        : companyLabel(allCompanies.records.find((company) => company.id === entry.id));
    return label === undefined ? [] : [{ ...entry, label }];
  });
  return {
    companies: companies.records,
    drafts: summaries.filter(({ draft }) => !archivedIds.has(draft.id)),
    archived: summaries.filter(({ draft }) => archivedIds.has(draft.id)),
    trash,
    figureYears,
    corrupt,
  };
}

function draftLabel(draft: DraftRecord | undefined): string | undefined {
  return draft && String(draft.values['project.name'] ?? '（未命名项目）');
}

function companyLabel(company: CompanyRecord | undefined): string | undefined {
  return company && String(company.profile['company.name'] ?? '（未命名单位）');
}
