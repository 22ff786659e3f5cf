/**
 * A previewed import against the store: what each value replaces in an existing company
 * (preview), and the confirmed write (one transaction over companies, figures and drafts).
 * Nothing is written before `applyDocumentImport`.
 */
import { type FieldDef, type FieldValue, fieldIndex, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { formatValue } from '@/lib/docx/format';
import type { Database } from '@/lib/store/db';
import {
  type CompanyRecord,
  companyRecordSchema,
  draftRecordSchema,
  type FiguresRecord,
  figuresRecordSchema,
  type StoredValues,
} from '@/lib/store/records';
import { isFilled } from '@/lib/validate';
import { IMPORT_MESSAGES, ImportError } from './errors';
import type { DocumentImport } from './types';

export type ImportTarget = { mode: 'new' } | { mode: 'update'; companyId: string };

/** One line of the preview, ready to show. */
export interface PreviewRow {
  key: string;
  /** The catalog label, with the fiscal year for figures: 主营业务收入（万元）·2019年. */
  field: string;
  value: string;
  /** 表一 · 主营业务收入（万元）. */
  source: string;
  /** What the value replaces in the chosen company; absent when the cell is empty there. */
  replaces?: string;
  /** Equal to what is stored already. */
  same: boolean;
}

const keyOf = (key: string, year?: number) => (year ? `${key}@${year}` : key);

function show(def: FieldDef | undefined, value: FieldValue): string {
  return def ? formatValue(def, value) : String(value);
}

/** The rows of the preview, against the company being updated (none for a new one). */
export function previewRows(
  result: DocumentImport,
  existing?: { company: CompanyRecord; figures: readonly FiguresRecord[] },
): PreviewRow[] {
  const defs = fieldIndex(findEdition(result.editionId ?? '') ?? LATEST_EDITION);
  return result.values.map((item) => {
    const def = defs.get(item.key);
    const before =
      def?.scope === 'figures'
        ? existing?.figures.find((record) => record.year === item.year)?.values[item.key]
        : def?.scope === 'company'
          ? existing?.company.profile[item.key]
          : undefined;
    const value = show(def, item.value);
    const replaces =
      before !== undefined && isFilled(before as FieldValue) ? show(def, before as FieldValue) : undefined;
    return {
      key: keyOf(item.key, item.year),
      field: `${def?.label ?? item.key}${item.year ? `·${item.year}年` : ''}`,
      value,
      source: `${item.source.part} · ${item.source.row}`,
      ...(replaces !== undefined ? { replaces } : {}),
      same: replaces === value,
    };
  });
}

/** The company and its figures, for the preview's 「将替换」 column. */
export async function readExisting(db: Database, companyId: string) {
  const company = companyRecordSchema.parse(await db.get('companies', companyId));
  const figures = (await db.getAllFromIndex('figures', 'byCompany', companyId)).map((record) =>
    figuresRecordSchema.parse(record),
  );
  return { company, figures };
}

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

export interface Applied {
  companyId: string;
  draftId?: string;
}

/**
 * Stores a confirmed import in one transaction: the company (new, or the chosen one with the
 * imported cells replaced), its figures per year (merged), and a new draft of the 申报书's
 * edition. A failure part-way stores nothing.
 */
export async function applyDocumentImport(
  db: Database,
  result: DocumentImport,
  target: ImportTarget,
  now = Date.now(),
): Promise<Applied> {
  const edition = result.editionId ? findEdition(result.editionId) : undefined;
  if (result.editionId && !edition) throw new ImportError(`没有 ${result.editionId} 年的申报批次。`);
  if (target.mode === 'new') {
    const name = result.company['company.name'];
    if (typeof name !== 'string' || name.trim() === '') {
      throw new ImportError(
        result.kind === 'sheet'
          ? '数据表只有年度数据，没有单位名称：请选择「更新已有单位」，把数据导入到一家单位。'
          : IMPORT_MESSAGES.notApplication,
      );
    }
  }
  const tx = db.transaction(['companies', 'figures', 'drafts'], 'readwrite');
  const companies = tx.objectStore('companies');
  const figuresStore = tx.objectStore('figures');
  let company: CompanyRecord;
  if (target.mode === 'update') {
    const stored = await companies.get(target.companyId);
    if (!stored) {
      // Nothing was written: let the read-only use of the transaction finish, then say why.
      await tx.done;
      throw new ImportError('找不到要更新的单位，可能已被删除。请重新选择。');
    }
    const parsed = companyRecordSchema.parse(stored);
    company = {
      ...parsed,
      profile: { ...parsed.profile, ...(result.company as StoredValues) },
      updatedAt: now,
    };
  } else {
    company = companyRecordSchema.parse({
      id: newId('company'),
      profile: result.company,
      createdAt: now,
      updatedAt: now,
    });
  }
  const writes: Promise<unknown>[] = [companies.put(company)];
  for (const [year, values] of Object.entries(result.figuresByYear)) {
    const stored = await figuresStore.get([company.id, Number(year)]);
    const previous = stored ? figuresRecordSchema.parse(stored).values : {};
    writes.push(
      figuresStore.put(
        figuresRecordSchema.parse({
          companyId: company.id,
          year: Number(year),
          values: { ...previous, ...values },
          updatedAt: now,
        }),
      ),
    );
  }
  let draftId: string | undefined;
  if (edition && result.draft) {
    draftId = newId('draft');
    writes.push(
      tx.objectStore('drafts').put(
        draftRecordSchema.parse({
          id: draftId,
          companyId: company.id,
          editionId: edition.id,
          status: 'editing',
          values: result.draft,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
  }
  await Promise.all([...writes, tx.done]);
  return { companyId: company.id, ...(draftId ? { draftId } : {}) };
}
