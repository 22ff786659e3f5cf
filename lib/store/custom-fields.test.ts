import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { loadOverview } from '@/lib/drafts/summary';
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
    const optional = await addCustomField(db, {
      companyId: SAMPLE_COMPANY_ID,
      label: '本单位负责人意见',
      aliases: [],
      kind: 'longText',
      maxWords: 50,
      required: false,
    });
    const required = await addCustomField(db, {
      companyId: SAMPLE_COMPANY_ID,
      label: '职工参保人数',
      aliases: ['参保人数'],
      kind: 'number',
      required: true,
    });
    let summary = (await loadOverview(db)).drafts[0];
    expect(summary?.required).toBe((before?.required ?? 0) + 1);
    expect(summary?.filled).toBe(before?.filled);
    expect(summary?.issues.find((issue) => issue.key === `custom.${required.id}`)).toMatchObject({
      severity: 'error',
      code: 'required',
      label: '职工参保人数',
    });
    await saveCustomField(db, { ...required, value: '三百' });
    summary = (await loadOverview(db)).drafts[0];
    expect(summary?.issues.find((issue) => issue.key === `custom.${required.id}`)?.message).toContain(
      '应为数字',
    );
    await saveCustomField(db, { ...required, value: '312' });
    summary = (await loadOverview(db)).drafts[0];
    expect(summary?.filled).toBe((before?.filled ?? 0) + 1);
    expect(summary?.issues.filter((issue) => issue.key.startsWith('custom.'))).toEqual([]);
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
