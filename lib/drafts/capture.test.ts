import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '@/lib/backup/base64';
import { customFieldKey } from '@/lib/catalog';
import { createDraft } from '@/lib/drafts/operations';
import { readAttachmentBlob } from '@/lib/store/attachments';
import { listCustomFields } from '@/lib/store/custom-fields';
import { openDatabase } from '@/lib/store/db';
import { loadSample, SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID } from '@/lib/store/sample';
import { keepCaptured } from './capture';
import { writeBack } from './write-back';

let name = 0;
const freshDb = async () => {
  const db = await openDatabase(`capture-${++name}`);
  await loadSample(db, 1_000);
  return db;
};
const HOST = 'sbxt.example.gov.cn';

describe('从页面采集: keeping page fields as user-defined fields', () => {
  it('creates company fields with the page values and maps each signature to its key for the host', async () => {
    const db = await freshDb();
    const kept = await keepCaptured(
      db,
      {
        draftId: SAMPLE_DRAFT_ID,
        scope: 'company',
        host: HOST,
        fields: [
          { label: '省级推荐批次编号', kind: 'text', value: ' CQ-2020-017 ', signature: 'text|a' },
          {
            label: '园区入驻情况',
            kind: 'choice',
            value: '已入驻',
            options: ['已入驻', '未入驻', '已入驻'],
            signature: 'nativeSelect|b',
          },
          { label: '安全生产许可证', kind: 'file', value: '许可证.pdf', signature: 'file|c' },
        ],
      },
      5_000,
    );
    expect(
      kept.map(({ label, kind, value, options, draftId, capturedFrom }) => ({
        label,
        kind,
        value,
        options,
        draftId,
        capturedFrom,
      })),
    ).toEqual([
      {
        label: '省级推荐批次编号',
        kind: 'text',
        value: 'CQ-2020-017',
        options: undefined,
        draftId: undefined,
        capturedFrom: HOST,
      },
      {
        label: '园区入驻情况',
        kind: 'choice',
        value: '已入驻',
        options: ['已入驻', '未入驻'],
        draftId: undefined,
        capturedFrom: HOST,
      },
      // An upload is a named empty slot: the page's bytes are not read.
      {
        label: '安全生产许可证',
        kind: 'file',
        value: undefined,
        options: undefined,
        draftId: undefined,
        capturedFrom: HOST,
      },
    ]);
    const mappings = await db.getAllFromIndex('siteMappings', 'byHost', HOST);
    expect(mappings.map(({ signature, key }) => ({ signature, key }))).toEqual(
      expect.arrayContaining([
        { signature: 'text|a', key: customFieldKey(kept[0]?.id ?? '') },
        { signature: 'nativeSelect|b', key: customFieldKey(kept[1]?.id ?? '') },
        { signature: 'file|c', key: customFieldKey(kept[2]?.id ?? '') },
      ]),
    );
    // Another draft of the company sees company fields.
    const other = await createDraft(db, SAMPLE_COMPANY_ID, '2020');
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID, other.id)).records).toHaveLength(3);
  });

  it('a draft field stays with its draft; a known label takes the page value instead of a second field', async () => {
    const db = await freshDb();
    const [first] = await keepCaptured(db, {
      draftId: SAMPLE_DRAFT_ID,
      scope: 'draft',
      host: HOST,
      fields: [{ label: '省级推荐批次编号', kind: 'text', value: '旧编号', signature: 'text|a' }],
    });
    expect(first?.draftId).toBe(SAMPLE_DRAFT_ID);
    const again = await keepCaptured(db, {
      draftId: SAMPLE_DRAFT_ID,
      scope: 'draft',
      host: 'other.example.cn',
      fields: [{ label: '省级推荐批次编号', kind: 'text', value: '新编号', signature: 'input|z' }],
    });
    expect(again.map((record) => [record.id, record.value])).toEqual([[first?.id, '新编号']]);
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID, SAMPLE_DRAFT_ID)).records).toHaveLength(1);
    const other = await createDraft(db, SAMPLE_COMPANY_ID, '2020');
    expect((await listCustomFields(db, SAMPLE_COMPANY_ID, other.id)).records).toEqual([]);
    // Each site keeps its own mapping to the one field.
    expect((await db.getAllFromIndex('siteMappings', 'byHost', 'other.example.cn'))[0]?.key).toBe(
      customFieldKey(first?.id ?? ''),
    );
  });

  it('a choice the page offered no real options for is kept as text', async () => {
    const db = await freshDb();
    const [kept] = await keepCaptured(db, {
      draftId: SAMPLE_DRAFT_ID,
      scope: 'company',
      host: HOST,
      fields: [
        { label: '所在园区', kind: 'choice', value: '两江新区', options: ['两江新区'], signature: 's' },
      ],
    });
    expect(kept).toMatchObject({ kind: 'text', value: '两江新区' });
    expect(kept?.options).toBeUndefined();
  });

  it('an upload the page let be read is kept with its bytes, typed by what they are', async () => {
    const db = await freshDb();
    const pdf = new TextEncoder().encode('%PDF-1.4\n% 营业执照扫描件\n%%EOF');
    const [kept] = await keepCaptured(db, {
      draftId: SAMPLE_DRAFT_ID,
      scope: 'company',
      host: HOST,
      fields: [
        {
          label: '安全生产许可证',
          kind: 'file',
          value: '许可证.pdf',
          signature: 'file|c',
          file: { name: '许可证.pdf', base64: bytesToBase64(pdf) },
        },
      ],
    });
    const refs = kept?.value as { id: string; name: string }[];
    expect(refs).toEqual([{ id: expect.any(String), name: '许可证.pdf' }]);
    const meta = await db.get('attachments', refs[0]?.id ?? '');
    expect(meta).toMatchObject({
      companyId: SAMPLE_COMPANY_ID,
      requirementKey: customFieldKey(kept?.id ?? ''),
      type: 'application/pdf',
      size: pdf.length,
    });
    const blob = await readAttachmentBlob(db, refs[0]?.id ?? '');
    expect(new Uint8Array(await (blob as Blob).arrayBuffer())).toEqual(pdf);
  });

  it('an upload under the label of a known text field stores no bytes', async () => {
    const db = await freshDb();
    const input = { draftId: SAMPLE_DRAFT_ID, scope: 'company' as const, host: HOST };
    await keepCaptured(db, {
      ...input,
      fields: [{ label: '园区入驻协议', kind: 'text', value: '已签', signature: 'a' }],
    });
    const before = (await db.getAll('attachments')).length;
    const [kept] = await keepCaptured(db, {
      ...input,
      fields: [
        {
          label: '园区入驻协议',
          kind: 'file',
          value: 'x.pdf',
          signature: 'b',
          file: { name: 'x.pdf', base64: bytesToBase64(new Uint8Array([37, 80, 68, 70])) },
        },
      ],
    });
    expect(kept).toMatchObject({ kind: 'text', value: '已签' });
    expect(await db.getAll('attachments')).toHaveLength(before);
  });

  it('keeps nothing when the draft is gone (one transaction)', async () => {
    const db = await freshDb();
    await expect(
      keepCaptured(db, {
        draftId: 'draft-missing',
        scope: 'company',
        host: HOST,
        fields: [{ label: '省级推荐批次编号', kind: 'text', value: 'x', signature: 'text|a' }],
      }),
    ).rejects.toThrow('找不到这份草稿');
    expect(await db.getAll('customFields')).toEqual([]);
    expect(await db.getAllFromIndex('siteMappings', 'byHost', HOST)).toEqual([]);
  });

  it('a failure part-way keeps no field, mapping or file', async () => {
    const db = await freshDb();
    const before = (await db.getAll('attachments')).length;
    await expect(
      keepCaptured(db, {
        draftId: SAMPLE_DRAFT_ID,
        scope: 'company',
        host: HOST,
        fields: [
          {
            label: '营业执照副本',
            kind: 'file',
            value: 'a.pdf',
            signature: 'file|a',
            file: { name: 'a.pdf', base64: bytesToBase64(new Uint8Array([37, 80, 68, 70])) },
          },
          // Too long a label for a field record: the whole capture is refused.
          { label: '长'.repeat(101), kind: 'text', value: 'x', signature: 'text|b' },
        ],
      }),
    ).rejects.toThrow();
    expect(await db.getAll('customFields')).toEqual([]);
    expect(await db.getAll('attachments')).toHaveLength(before);
    expect(await db.getAllFromIndex('siteMappings', 'byHost', HOST)).toEqual([]);
  });
});

describe('写回草稿 of a user-defined field', () => {
  it('writes the page value to the field record the draft sees; refuses files and other drafts’ fields', async () => {
    const db = await freshDb();
    const [company, own] = [
      ...(await keepCaptured(db, {
        draftId: SAMPLE_DRAFT_ID,
        scope: 'company',
        host: HOST,
        fields: [
          { label: '省级推荐批次编号', kind: 'text', value: '旧编号', signature: 'a' },
          { label: '安全生产许可证', kind: 'file', value: 'x.pdf', signature: 'b' },
        ],
      })),
    ];
    await writeBack(db, SAMPLE_DRAFT_ID, customFieldKey(company?.id ?? ''), '新编号');
    expect((await db.get('customFields', company?.id ?? ''))?.value).toBe('新编号');
    await expect(writeBack(db, SAMPLE_DRAFT_ID, customFieldKey(own?.id ?? ''), 'y.pdf')).rejects.toThrow(
      '附件栏目无法从页面写回',
    );
    const other = await createDraft(db, SAMPLE_COMPANY_ID, '2020');
    const [draftOnly] = await keepCaptured(db, {
      draftId: other.id,
      scope: 'draft',
      host: HOST,
      fields: [{ label: '本项目专属问题', kind: 'text', value: '甲', signature: 'c' }],
    });
    await expect(writeBack(db, SAMPLE_DRAFT_ID, customFieldKey(draftOnly?.id ?? ''), '乙')).rejects.toThrow(
      '找不到这个自定义栏目',
    );
    expect((await db.get('customFields', draftOnly?.id ?? ''))?.value).toBe('甲');
  });
});
