import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { applicationIssues, loadOverview, readCompanyInputs } from '@/lib/drafts/summary';
import { addCustomField, listCustomFields, removeCustomField, saveCustomField } from './custom-fields';
import { openDatabase } from './db';
import { loadSample, SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID } from './sample';

let name = 0;
const freshDb = () => openDatabase(`custom-fields-${++name}`);

describe('user-defined fields', () => {
  it('count in completeness only when required, and are checked like catalog fields', async () => {
    const db = await freshDb();
    await loadSample(db, 1_000);
    const before = (await loadOverview(db)).drafts[0];
    const optional = await addCustomField(
      db,
      {
        companyId: SAMPLE_COMPANY_ID,
        label: '本单位负责人意见',
        aliases: [],
        kind: 'longText',
        maxWords: 50,
        required: false,
      },
      1_100,
    );
    // Created later (the list is oldest first; two adds in one millisecond would tie).
    const required = await addCustomField(
      db,
      {
        companyId: SAMPLE_COMPANY_ID,
        label: '职工参保人数',
        aliases: ['参保人数'],
        kind: 'number',
        required: true,
      },
      1_200,
    );
    // The stored summary follows every change of a field (its basis holds the fields' times),
    // and the issues behind its counts are the catalog fields' kind of issue.
    const issuesOf = async () => {
      const company = await db.get('companies', SAMPLE_COMPANY_ID);
      const draft = await db.get('drafts', SAMPLE_DRAFT_ID);
      if (!company || !draft) throw new Error('the sample is missing');
      const { inputs } = await readCompanyInputs(db, company);
      return applicationIssues(draft, inputs, EDITION_2020, new Date()).issues;
    };
    let summary = (await loadOverview(db)).drafts[0]?.draft;
    expect(summary?.required).toBe((before?.draft.required ?? 0) + 1);
    expect(summary?.filled).toBe(before?.draft.filled);
    expect(summary?.errors).toBe((before?.draft.errors ?? 0) + 1);
    expect((await issuesOf()).find((issue) => issue.key === `custom.${required.id}`)).toMatchObject({
      severity: 'error',
      code: 'required',
      label: '职工参保人数',
    });
    await saveCustomField(db, { ...required, value: '三百' }, 2_000);
    summary = (await loadOverview(db)).drafts[0]?.draft;
    expect(summary?.errors).toBe((before?.draft.errors ?? 0) + 1);
    expect(summary?.filled).toBe((before?.draft.filled ?? 0) + 1);
    expect((await issuesOf()).find((issue) => issue.key === `custom.${required.id}`)?.message).toContain(
      '应为数字',
    );
    await saveCustomField(db, { ...required, value: '312' }, 3_000);
    summary = (await loadOverview(db)).drafts[0]?.draft;
    expect(summary?.filled).toBe((before?.draft.filled ?? 0) + 1);
    expect(summary?.errors).toBe(before?.draft.errors);
    expect((await issuesOf()).filter((issue) => issue.key.startsWith('custom.'))).toEqual([]);
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID)).records.map((record) => record.id)).toEqual([
      optional.id,
      required.id,
    ]);
    db.close();
  });

  it('a field kept on one draft is seen by that draft only; removing a file field removes its file', async () => {
    const db = await freshDb();
    await loadSample(db, 1_000);
    const own = await addCustomField(db, {
      companyId: SAMPLE_COMPANY_ID,
      draftId: SAMPLE_DRAFT_ID,
      label: '安全生产许可证',
      aliases: [],
      kind: 'file',
      required: false,
      value: [{ id: 'file-x', name: '许可证.pdf' }],
    });
    await db.put('attachments', {
      id: 'file-x',
      companyId: SAMPLE_COMPANY_ID,
      requirementKey: `custom.${own.id}`,
      name: '许可证.pdf',
      type: 'application/pdf',
      size: 1,
      addedAt: 1,
    });
    await db.put('attachmentBlobs', { id: 'file-x', blob: new Blob(['x']) });
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID)).records).toHaveLength(1);
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID, 'another-draft')).records).toHaveLength(0);
    await removeCustomField(db, own.id);
    expect(await db.get('attachments', 'file-x')).toBeUndefined();
    expect(await db.get('attachmentBlobs', 'file-x')).toBeUndefined();
    db.close();
  });

  it('refuses a field without a label, in zh-CN', async () => {
    const db = await freshDb();
    await expect(
      addCustomField(db, { companyId: 'c', label: '  ', aliases: [], kind: 'text', required: false }),
    ).rejects.toThrow('栏目名称不能为空');
    db.close();
  });
});
