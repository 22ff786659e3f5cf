import {
  applicationValues,
  type Edition,
  type FieldValues,
  fieldsFor,
  findEdition,
  LATEST_EDITION,
} from '@/lib/catalog';
import { loadLocalEditions } from '@/lib/editions/local';
import { customFieldsView, listAllCustomFields } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import { type CorruptRecord, describeZodProblem } from '@/lib/store/read';
import {
  type CompanyRecord,
  type CustomFieldRecord,
  type DraftRecord,
  type DraftSummaryRecord,
  draftRecordSchema,
  draftSummaryRecordSchema,
  type FiguresRecord,
} from '@/lib/store/records';
import { listCompanies, listFigures } from '@/lib/store/repository';
import { readSetting } from '@/lib/store/settings';
import { type Issue, isFilled, isRequired, validateValues } from '@/lib/validate';

/**
 * Bump when a rule changes in code (lib/validate) rather than in the catalog's data: every
 * stored summary is then recomputed on the next overview. Rules that are data (fields, 字数
 * limits, editions) change the edition's stamp by themselves.
 */
export const SUMMARY_VERSION = 1;

/** What the lists show of one draft: its stored summary, its company and its edition. */
export interface DraftSummary {
  draft: DraftSummaryRecord;
  company: CompanyRecord | undefined;
  edition: Edition;
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
  /** Drafts in work: not archived, not in the 回收站, of a company not in the 回收站; newest first. */
  drafts: DraftSummary[];
  /** Drafts under 已归档. */
  archived: DraftSummary[];
  trash: TrashItem[];
  /** Fiscal years with figures entered, by company id (the first-run guide reads them). */
  figureYears: Record<string, number[]>;
  corrupt: CorruptRecord[];
  /** Summaries computed in this load (missing, or their basis had changed); for tests and benchmarks. */
  recomputed: number;
}

/** What a company contributes to its drafts' summaries: profile, figures, user-defined fields. */
export interface CompanyInputs {
  company: CompanyRecord | undefined;
  figures: readonly FiguresRecord[];
  custom: readonly CustomFieldRecord[];
}

/** 32-bit FNV-1a as 8 hex digits: a short, stable fingerprint of a text (not a security hash). */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

const editionStamps = new WeakMap<Edition, string>();

/** The edition's rules as data (its package and its resolved fields), fingerprinted once per package. */
export function editionStamp(edition: Edition): string {
  const known = editionStamps.get(edition);
  if (known) return known;
  const stamp = fingerprint(JSON.stringify([edition, fieldsFor(edition)]));
  editionStamps.set(edition, stamp);
  return stamp;
}

/** When the company, any of its figures or any of its user-defined fields last changed. */
export function companyStamp({ company, figures, custom }: CompanyInputs): string {
  if (!company) return 'none';
  const parts = [
    `${company.id}@${company.updatedAt}`,
    ...figures.map((record) => `${record.year}@${record.updatedAt}`).toSorted(),
    ...custom.map((record) => `${record.id}@${record.updatedAt}`).toSorted(),
  ];
  return fingerprint(parts.join('|'));
}

/**
 * What a stored summary was computed from, except the draft itself (a write of the draft
 * deletes its summary): the code's rules, the edition's data, the company's inputs and the
 * year (a year cell is checked against this year).
 */
export function summaryBasis(edition: Edition, companyInputs: CompanyInputs, today: Date): string {
  return [
    `v${SUMMARY_VERSION}`,
    edition.id,
    editionStamp(edition),
    companyStamp(companyInputs),
    today.getFullYear(),
  ].join('/');
}

/** A company's inputs read from the store (the parts that parse; corrupt ones are reported). */
export async function readCompanyInputs(
  db: Database,
  company: CompanyRecord,
): Promise<{ inputs: CompanyInputs; corrupt: CorruptRecord[] }> {
  const [figures, custom] = await Promise.all([
    listFigures(db, company.id),
    listAllCustomFields(db, company.id),
  ]);
  return {
    inputs: { company, figures: figures.records, custom: custom.records },
    corrupt: [...figures.corrupt, ...custom.corrupt],
  };
}

/**
 * What the 申报书's rules find in one whole application (profile, the edition's figures, the
 * draft, the user-defined fields it sees) and its completeness. Pure.
 */
export function applicationIssues(
  draft: DraftRecord,
  inputs: CompanyInputs,
  edition: Edition,
  today: Date,
): { issues: Issue[]; filled: number; required: number } {
  const figuresByYear: Record<number, FieldValues> = Object.fromEntries(
    inputs.figures.map((record) => [record.year, record.values]),
  );
  const values = applicationValues(inputs.company?.profile ?? {}, figuresByYear, draft.values, edition);
  // The user's own fields count where the user marked them required (lib/catalog/custom.ts).
  const custom = customFieldsView(
    inputs.custom.filter((record) => record.draftId === undefined || record.draftId === draft.id),
  );
  const withCustom = { ...values, ...custom.values };
  const required = [...fieldsFor(edition), ...custom.fields].filter((field) => isRequired(field, withCustom));
  return {
    issues: validateValues(withCustom, { edition, today, extraFields: custom.fields }),
    filled: required.filter((field) => isFilled(withCustom[field.key])).length,
    required: required.length,
  };
}

/** A draft's summary: completeness and counts of what the rules find, as stored. Pure. */
export function summarizeDraft(
  draft: DraftRecord,
  inputs: CompanyInputs,
  edition: Edition,
  today: Date,
): DraftSummaryRecord {
  const { issues, filled, required } = applicationIssues(draft, inputs, edition, today);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const title = draft.values['project.name'];
  return {
    id: draft.id,
    companyId: draft.companyId,
    editionId: draft.editionId,
    status: draft.status,
    title: typeof title === 'string' ? title.trim() : '',
    checklist: draft.checklist ?? [],
    ...(draft.copiedFrom === undefined ? {} : { copiedFrom: draft.copiedFrom }),
    ...(draft.sample === undefined ? {} : { sample: draft.sample }),
    filled,
    required,
    errors,
    warnings: issues.length - errors,
    basis: summaryBasis(edition, inputs, today),
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
  };
}

const editionOf = (editionId: string): Edition => findEdition(editionId) ?? LATEST_EDITION;

/** The name a list shows for a draft. */
export function draftTitle(draft: Pick<DraftSummaryRecord, 'title'>): string {
  return draft.title || '（未命名项目）';
}

interface Refreshed {
  summaries: DraftSummaryRecord[];
  corrupt: CorruptRecord[];
  companies: CompanyRecord[];
  inputs: Map<string, CompanyInputs>;
  recomputed: number;
}

/**
 * Every draft's summary, from the store where it is still current. Reads the companies, their
 * figures and user-defined fields (a few records each), every stored summary and the drafts'
 * keys; only a draft whose summary is missing, unreadable or computed from other inputs is read
 * and validated, and its new summary is stored. Summaries of drafts that are gone are dropped.
 */
export async function refreshSummaries(db: Database, today = new Date()): Promise<Refreshed> {
  // Drafts of editions created from a notice need those editions known first.
  await loadLocalEditions(db);
  const companies = await listCompanies(db);
  const corrupt = [...companies.corrupt];
  const inputs = new Map<string, CompanyInputs>();
  await Promise.all(
    companies.records.map(async (company) => {
      const read = await readCompanyInputs(db, company);
      corrupt.push(...read.corrupt);
      inputs.set(company.id, read.inputs);
    }),
  );
  const inputsOf = (companyId: string): CompanyInputs =>
    inputs.get(companyId) ?? { company: undefined, figures: [], custom: [] };

  const read = db.transaction(['summaries', 'drafts'], 'readonly');
  const [storedRaw, draftKeys] = await Promise.all([
    read.objectStore('summaries').getAll(),
    read.objectStore('drafts').getAllKeys(),
    read.done,
  ]);
  const stored = new Map<string, DraftSummaryRecord>();
  const orphans: string[] = [];
  const keys = new Set(draftKeys);
  for (const raw of storedRaw) {
    const parsed = draftSummaryRecordSchema.safeParse(raw);
    const key = (raw as { id?: unknown } | undefined)?.id;
    // An unreadable summary is only a cache miss: it is recomputed, never reported.
    if (parsed.success && keys.has(parsed.data.id)) stored.set(parsed.data.id, parsed.data);
    else if (typeof key === 'string' && !keys.has(key)) orphans.push(key);
  }

  // One basis per edition and company, however many drafts share them.
  const bases = new Map<string, string>();
  const basisOf = (editionId: string, companyId: string): string => {
    const key = JSON.stringify([editionId, companyId]);
    let basis = bases.get(key);
    if (basis === undefined) {
      basis = summaryBasis(editionOf(editionId), inputsOf(companyId), today);
      bases.set(key, basis);
    }
    return basis;
  };
  const summaries: DraftSummaryRecord[] = [];
  const stale: string[] = [];
  for (const key of draftKeys) {
    const summary = stored.get(key);
    if (summary && summary.basis === basisOf(summary.editionId, summary.companyId)) summaries.push(summary);
    else stale.push(key);
  }

  const fresh: DraftSummaryRecord[] = [];
  if (stale.length > 0) {
    const drafts = db.transaction('drafts', 'readonly');
    const raws = await Promise.all(stale.map((key) => drafts.store.get(key)));
    await drafts.done;
    raws.forEach((raw, index) => {
      const parsed = draftRecordSchema.safeParse(raw);
      if (!parsed.success) {
        corrupt.push({
          store: 'drafts',
          key: stale[index] as string,
          problem: describeZodProblem(parsed.error),
        });
        return;
      }
      const draft = parsed.data;
      fresh.push(summarizeDraft(draft, inputsOf(draft.companyId), editionOf(draft.editionId), today));
    });
  }
  if (fresh.length > 0 || orphans.length > 0) {
    const write = db.transaction('summaries', 'readwrite');
    await Promise.all([
      ...fresh.map((summary) => write.store.put(summary)),
      ...orphans.map((key) => write.store.delete(key)),
      write.done,
    ]);
  }
  return {
    summaries: [...summaries, ...fresh],
    corrupt,
    companies: companies.records,
    inputs,
    recomputed: fresh.length,
  };
}

/** Every company and draft with what the 申报书's rules still find, newest draft first. */
export async function loadOverview(db: Database, today = new Date()): Promise<Overview> {
  const refreshed = await refreshSummaries(db, today);
  const trashEntries = await readSetting(db, 'trash');
  const archivedIds = new Set(await readSetting(db, 'archivedDraftIds'));
  const trashed = new Set(trashEntries.map((entry) => entry.id));
  const companies = refreshed.companies.filter((company) => !trashed.has(company.id));
  const companyById = new Map(refreshed.companies.map((company) => [company.id, company]));
  const listed = refreshed.summaries
    .filter((summary) => !trashed.has(summary.id) && !trashed.has(summary.companyId))
    .toSorted((a, b) => b.updatedAt - a.updatedAt)
    .map(
      (summary): DraftSummary => ({
        draft: summary,
        company: companyById.get(summary.companyId),
        edition: editionOf(summary.editionId),
      }),
    );
  const figureYears = Object.fromEntries(
    companies.map((company) => [
      company.id,
      (refreshed.inputs.get(company.id)?.figures ?? []).map((record) => record.year),
    ]),
  );
  const summaryById = new Map(refreshed.summaries.map((summary) => [summary.id, summary]));
  const trash = trashEntries.flatMap((entry): TrashItem[] => {
    const label =
      entry.kind === 'draft'
        ? (() => {
            const summary = summaryById.get(entry.id);
            return summary && draftTitle(summary);
          })()
        : companyLabel(companyById.get(entry.id));
    return label === undefined ? [] : [{ ...entry, label }];
  });
  return {
    companies,
    drafts: listed.filter(({ draft }) => !archivedIds.has(draft.id)),
    archived: listed.filter(({ draft }) => archivedIds.has(draft.id)),
    trash,
    figureYears,
    corrupt: refreshed.corrupt,
    recomputed: refreshed.recomputed,
  };
}

function companyLabel(company: CompanyRecord | undefined): string | undefined {
  return company && String(company.profile['company.name'] ?? '（未命名单位）');
}
