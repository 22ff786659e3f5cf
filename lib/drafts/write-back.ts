import {
  CUSTOM_KEY_PREFIX,
  type FieldValue,
  fieldIndex,
  findEdition,
  isCustomKey,
  LATEST_EDITION,
} from '@/lib/catalog';
import { saveCustomField } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import {
  companyRecordSchema,
  customFieldRecordSchema,
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
  if (isCustomKey(key)) return writeBackCustom(db, draft.data, key, value, now);
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

/**
 * A user-defined field (`custom.<id>`) keeps its value on its own record, the company's or the
 * draft's: only a field this draft sees may be written, and only as text (a file's names on a
 * page are not its bytes).
 */
async function writeBackCustom(
  db: Database,
  draft: { id: string; companyId: string },
  key: string,
  value: FieldValue,
  now: number,
) {
  const record = customFieldRecordSchema.safeParse(
    await db.get('customFields', key.slice(CUSTOM_KEY_PREFIX.length)),
  );
  const sees =
    record.success &&
    record.data.companyId === draft.companyId &&
    (record.data.draftId === undefined || record.data.draftId === draft.id);
  if (!record.success || !sees) throw new Error('找不到这个自定义栏目，可能已被删除。');
  if (record.data.kind === 'file') throw new Error('附件栏目无法从页面写回，请在工作台中上传文件。');
  if (typeof value !== 'string') throw new Error('页面上的内容格式无法保存，请在工作台中修改。');
  const next = { ...record.data };
  if (value.trim() === '') delete next.value;
  else next.value = value;
  await saveCustomField(db, next, now);
}
