import { type FieldValue, fieldIndex, findEdition, LATEST_EDITION } from '@/lib/catalog';
import type { Database } from '@/lib/store/db';
import {
  companyRecordSchema,
  draftRecordSchema,
  fieldValueSchema,
  figuresRecordSchema,
} from '@/lib/store/records';
import { saveFigures } from '@/lib/store/repository';
import { saveCompanyWithRevision, saveDraftWithRevision } from '@/lib/store/revisions';

/**
 * 写回草稿: takes a value the user corrected on the site back into Shenbao, where it belongs
 * by the field's scope (the company profile, the figures of the edition's fiscal year, or the
 * draft), with a revision like any edit.
 */
export async function writeBack(
  db: Database,
  draftId: string,
  key: string,
  value: FieldValue,
  now = Date.now(),
) {
  const draft = draftRecordSchema.safeParse(await db.get('drafts', draftId));
  if (!draft.success) throw new Error('找不到这份草稿，可能已被删除。');
  const edition = findEdition(draft.data.editionId) ?? LATEST_EDITION;
  const field = fieldIndex(edition).get(key);
  if (!field) throw new Error('这一栏不在申报书中，无法写回。');
  const parsed = fieldValueSchema.safeParse(value);
  if (!parsed.success) throw new Error('页面上的内容格式无法保存，请在工作台中修改。');
  const pageValue = parsed.data;
  if (field.scope === 'company') {
    const company = companyRecordSchema.parse(await db.get('companies', draft.data.companyId));
    await saveCompanyWithRevision(
      db,
      { ...company, profile: { ...company.profile, [key]: pageValue }, updatedAt: now },
      now,
    );
  } else if (field.scope === 'figures') {
    const existing = await db.get('figures', [draft.data.companyId, edition.fiscalYear]);
    const figures = existing
      ? figuresRecordSchema.parse(existing)
      : { companyId: draft.data.companyId, year: edition.fiscalYear, values: {}, updatedAt: now };
    await saveFigures(db, { ...figures, values: { ...figures.values, [key]: pageValue }, updatedAt: now });
  } else {
    await saveDraftWithRevision(
      db,
      { ...draft.data, values: { ...draft.data.values, [key]: pageValue }, updatedAt: now },
      now,
    );
  }
}
