// @vitest-environment jsdom
/** 自定义栏目 in the company editor and in one draft's editor: add, check, keep apart. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCompany, createDraft } from '@/lib/drafts/operations';
import { addCustomField, listCustomFields } from '@/lib/store/custom-fields';
import { type Database, openDatabase } from '@/lib/store/db';
import { type Mounted, mount } from '@/test/react-dom';
import { CustomFieldsEditor } from './CustomFieldsEditor';

let ui: Mounted;
let db: Database;
let companyId: string;
let draftId: string;
beforeEach(async () => {
  ui = mount();
  db = await openDatabase('custom-fields-editor');
  companyId = (await createCompany(db, '测试单位')).id;
  draftId = (await createDraft(db, companyId, '2020')).id;
});
afterEach(() => {
  ui.unmount();
  db.close();
  vi.restoreAllMocks();
});

/** The 「添加栏目」 form's control whose label starts with `text`. */
const formControl = (text: string) => {
  const form = ui.byTestId('custom-field-add') as HTMLElement;
  const label = [...form.querySelectorAll('label')].find((item) => item.textContent?.startsWith(text));
  return label?.querySelector('input, select') as HTMLInputElement | HTMLSelectElement;
};

async function addField(label: string, kind: string, required = false) {
  await ui.type(formControl('栏目名称') as HTMLInputElement, label);
  const select = formControl('类型') as HTMLSelectElement;
  await ui.waitFor(() => expect(select).toBeDefined());
  select.value = kind;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  if (required) await ui.click(formControl('必填') as HTMLInputElement);
  await ui.click(ui.buttonNamed('添加栏目'));
}

describe('CustomFieldsEditor', { timeout: 60_000 }, () => {
  it('on the company: adds a field, checks its value as the user types, and keeps it for every draft', async () => {
    await ui.render(<CustomFieldsEditor db={db} companyId={companyId} />);
    await ui.waitForTestId('section:custom-fields');
    await addField('职工参保人数', 'number', true);
    const row = await ui.waitForTestId('custom-field:职工参保人数');
    const input = row.querySelector('input') as HTMLInputElement;
    // Required and empty: an error before anything is typed.
    const issues = () => row.querySelector('.field-row__issues')?.textContent ?? '';
    await ui.waitFor(() => expect(issues()).not.toBe(''));
    const empty = issues();
    await ui.type(input, '三百');
    await ui.waitFor(() => expect(issues()).not.toBe(empty));
    expect(issues()).not.toBe('');
    await ui.type(row.querySelector('input') as HTMLInputElement, '300');
    await ui.waitFor(() => expect(row.querySelector('.field-row__issues')).toBeNull());
    const [record] = (await listCustomFields(db, companyId)).records;
    expect(record).toMatchObject({ label: '职工参保人数', kind: 'number', required: true, value: '300' });
    expect(record?.draftId).toBeUndefined();
    // A draft sees the company's field.
    expect((await listCustomFields(db, companyId, draftId)).records.map((item) => item.label)).toEqual([
      '职工参保人数',
    ]);
  });

  it('on a draft: lists and adds only the draft’s own fields; a company field’s label is taken', async () => {
    await addCustomField(db, {
      companyId,
      label: '省级推荐批次编号',
      aliases: [],
      kind: 'text',
      required: false,
    });
    await ui.render(<CustomFieldsEditor db={db} companyId={companyId} draftId={draftId} />);
    const section = await ui.waitForTestId('section:draft-custom-fields');
    expect(section.textContent).toContain('本草稿的自定义栏目');
    expect(ui.byTestId('custom-field:省级推荐批次编号')).toBeNull();

    await addField('省级推荐批次编号', 'text');
    await ui.waitFor(() =>
      expect(section.querySelector('[role="alert"]')?.textContent).toContain('已有名为「省级推荐批次编号」'),
    );

    await addField('本项目的专门问题', 'longText');
    await ui.waitForTestId('custom-field:本项目的专门问题');
    const records = (await listCustomFields(db, companyId, draftId)).records;
    expect(records.map((item) => [item.label, item.draftId])).toEqual([
      ['省级推荐批次编号', undefined],
      ['本项目的专门问题', draftId],
    ]);
    // Another draft, and the company editor, do not see it.
    const other = await createDraft(db, companyId, '2020');
    expect((await listCustomFields(db, companyId, other.id)).records.map((item) => item.label)).toEqual([
      '省级推荐批次编号',
    ]);
    ui.unmount();
    await ui.render(<CustomFieldsEditor db={db} companyId={companyId} />);
    await ui.waitForTestId('custom-field:省级推荐批次编号');
    expect(ui.byTestId('custom-field:本项目的专门问题')).toBeNull();
  });
});
