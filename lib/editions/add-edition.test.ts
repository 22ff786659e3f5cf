import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { applicationValues, fieldIndex, fieldsFor, findEdition, setLocalEditions } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { buildApplicationDocx } from '@/lib/docx/build';
import { composeDocument } from '@/lib/docx/compose';
import { carryDraftOver } from '@/lib/drafts/carry-over';
import { loadOverview } from '@/lib/drafts/summary';
import { openDatabase } from '@/lib/store/db';
import { saveCompany, saveDraft } from '@/lib/store/repository';
import { validateValues } from '@/lib/validate';
import { EDITION_2022, SAMPLE_2022_DRAFT } from '@/test/fixtures/editions/edition-2022';
import { bodyParagraphs, tablesOf, unzipDocx } from '@/test/support/docx-inspect';
import { submissionChecklist } from './checklist';
import { saveLocalEdition } from './local';
import { editionPackageSchema } from './schema';

const TODAY = new Date('2022-05-06T10:00:00+08:00');
const values = () =>
  applicationValues(
    SAMPLE_APPLICANT.company,
    { 2021: SAMPLE_APPLICANT.figuresByYear[2019] ?? {} },
    SAMPLE_2022_DRAFT,
    EDITION_2022,
  );

afterEach(() => setLocalEditions([]));

describe('adding an edition is one package and its sample (test/fixtures/editions/edition-2022.ts)', () => {
  it('the package is valid data', () => {
    expect(editionPackageSchema.safeParse(JSON.parse(JSON.stringify(EDITION_2022))).success).toBe(true);
  });

  it('catalog: its directions, its own row with its 字数 limit, its lower limit, its 附4', () => {
    const fields = fieldIndex(EDITION_2022);
    expect(fields.get('project.direction')?.options?.map((option) => option.label)).toEqual([
      '方向1：数字创意内容和服务',
      '方向2：互联网医疗服务',
      '方向3：数字乡村服务平台',
    ]);
    expect(fields.get('edition.test-2022.security')?.rules.maxWords).toBe(300);
    expect(fields.get('project.summary')?.rules.maxWords).toBe(300);
    expect(fields.get('attachment.test-2022-security')?.group).toBe('附4');
    // The shared catalog is untouched for the other editions.
    expect(fieldIndex(EDITION_2020).get('project.summary')?.rules.maxWords).toBe(400);
  });

  it('validation: the sample has no errors; an empty own row is an error in zh-CN', () => {
    const clean = validateValues(values(), { edition: EDITION_2022, today: TODAY });
    expect(clean.filter((issue) => issue.severity === 'error')).toEqual([]);
    const missing = validateValues(
      { ...values(), 'edition.test-2022.security': undefined },
      { edition: EDITION_2022, today: TODAY },
    );
    expect(missing.find((issue) => issue.key === 'edition.test-2022.security')?.message).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  // The docx library's first load is slow on a busy 2-core machine.
  it('.docx export: its row in table 二, its 附4, its 须知 and its direction', {
    timeout: 30_000,
  }, async () => {
    const model = composeDocument({
      edition: EDITION_2022,
      values: values(),
      draftMarked: false,
      today: TODAY,
    });
    expect(model.title).toContain('新型信息消费示范项目');
    const bytes = await buildApplicationDocx({
      edition: EDITION_2022,
      values: values(),
      draftMarked: false,
      today: TODAY,
    });
    const document = unzipDocx(bytes)['word/document.xml'] ?? '';
    const table = tablesOf(document)[0] ?? [];
    const cells = table.flat().map((cell) => cell.text);
    expect(cells).toContain('数据安全保障措施');
    expect(cells.some((text) => text.includes('数据分级存储'))).toBe(true);
    expect(cells.some((text) => text.includes('互联网医疗服务'))).toBe(true);
    const body = bodyParagraphs(document).join('\n');
    expect(body).toContain('附4');
    expect(body).toContain('数据安全证明材料');
    expect(body).toContain('一、测试用填表须知。');
  });

  it('dashboard and editor data: a draft of the edition is listed with it once it is known', async () => {
    const db = await openDatabase('add-edition');
    await saveLocalEdition(db, EDITION_2022);
    expect(findEdition('test-2022')).toEqual(EDITION_2022);
    await saveCompany(db, {
      id: 'c1',
      profile: SAMPLE_APPLICANT.company,
      createdAt: 1,
      updatedAt: 1,
    } as Parameters<typeof saveCompany>[1]);
    await saveDraft(db, {
      id: 'd1',
      companyId: 'c1',
      editionId: 'test-2022',
      status: 'editing',
      values: SAMPLE_2022_DRAFT,
      createdAt: 1,
      updatedAt: 1,
    } as Parameters<typeof saveDraft>[1]);
    const overview = await loadOverview(db, TODAY);
    expect(overview.drafts[0]?.edition).toEqual(EDITION_2022);
    const expected = validateValues(
      applicationValues(SAMPLE_APPLICANT.company, {}, SAMPLE_2022_DRAFT, EDITION_2022),
      {
        edition: EDITION_2022,
        today: TODAY,
      },
    );
    const errors = expected.filter((issue) => issue.severity === 'error').length;
    expect(overview.drafts[0]?.draft).toMatchObject({ errors, warnings: expected.length - errors });
    expect(fieldsFor(EDITION_2022).some((field) => field.key === 'edition.test-2022.security')).toBe(true);
    db.close();
  });

  it('从往年申报复制: the renamed direction and the new row are listed for review', () => {
    const from2020 = { ...SAMPLE_APPLICANT.draft.values, 'project.direction': '2020-03' };
    const { values: carried, attention } = carryDraftOver(from2020, EDITION_2020, EDITION_2022);
    expect(carried['project.direction']).toBe('test-2022-02');
    const reasons = attention.map((item) => `${item.key} ${item.reason}`);
    expect(
      reasons.some((text) => text.startsWith('project.direction') && text.includes('互联网医疗服务')),
    ).toBe(true);
    expect(
      reasons.some((text) => text.startsWith('edition.test-2022.security') && text.includes('新增')),
    ).toBe(true);
    expect(reasons.some((text) => text.startsWith('project.summary') && text.includes('300'))).toBe(true);
  });

  it('checklist: its own rules only', () => {
    expect(submissionChecklist(EDITION_2022).map((item) => item.id)).toEqual([
      'paging-seal',
      'paper-copies',
      'electronic',
      'send',
    ]);
  });
});
