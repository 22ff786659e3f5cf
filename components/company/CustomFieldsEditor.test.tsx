// @vitest-environment jsdom
/** 自定义栏目 in the company editor and in one draft's editor: add, check, keep apart. */
import { File as NodeFile } from 'node:buffer';
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createCompany, createDraft } from '@/lib/drafts/operations';
import { listAttachments } from '@/lib/store/attachments';
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

/** A file as a browser gives it (jsdom's File cannot be read; Node's can). */
const nodeFile = (parts: Uint8Array[], name: string, type: string) =>
  new NodeFile(parts, name, { type }) as unknown as Blob;

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

  it('a file field takes only a real proof: the 2-byte 声明.exe is refused and nothing is stored', async () => {
    await ui.render(<CustomFieldsEditor db={db} companyId={companyId} />);
    await ui.waitForTestId('section:custom-fields');
    await addField('安全生产许可证', 'file');
    const row = await ui.waitForTestId('custom-field:安全生产许可证');
    const input = row.querySelector('input[type="file"]') as HTMLInputElement;
    // Drawn by the page in Chinese, not by the browser in its own language.
    expect(input.closest('.file-button')?.textContent).toContain('上传文件');
    const choose = async (file: Blob) => {
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };

    await choose(nodeFile([new Uint8Array([0x4d, 0x5a])], '声明.exe', 'application/pdf'));
    await ui.waitFor(() =>
      expect(row.querySelector('[role="alert"]')?.textContent).toContain('「声明.exe」不是'),
    );
    expect((await listCustomFields(db, companyId)).records[0]?.value).toBeUndefined();

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    // jsdom's Blob cannot be read; lend it the browser's reading for this step (FileReader).
    Object.defineProperty(Blob.prototype, 'arrayBuffer', {
      configurable: true,
      value(this: Blob) {
        return new Promise<ArrayBuffer>((resolve) => {
          const reader = new FileReader();
          reader.onload = () => resolve(reader.result as ArrayBuffer);
          reader.readAsArrayBuffer(this);
        });
      },
    });
    onTestFinished(() => {
      delete (Blob.prototype as Partial<Blob>).arrayBuffer;
    });
    const photo = new File([png], '许可证.jpg', { type: 'image/jpeg' });
    await choose(photo);
    await ui.waitFor(() => expect(row.textContent).toContain('许可证.jpg'));
    expect(row.querySelector('[role="alert"]')).toBeNull();
    const [record] = (await listCustomFields(db, companyId)).records;
    expect(record?.value).toEqual([expect.objectContaining({ name: '许可证.jpg' })]);
    // Stored with the type its bytes show, not the one its name claims.
    const stored = (await listAttachments(db, companyId)).records;
    expect(stored.map((item) => [item.name, item.type])).toEqual([['许可证.jpg', 'image/png']]);
  });
});
