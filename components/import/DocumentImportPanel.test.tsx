// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Database, openDatabase } from '@/lib/store/db';
import { listCompanies, listDrafts } from '@/lib/store/repository';
import { DocumentImportPanel } from './DocumentImportPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FIXTURE = join(__dirname, '../../test/fixtures/import/merged-cells-extra-rows.docx');

let db: Database;
let root: Root;
let container: HTMLElement;
let databases = 0;

beforeEach(async () => {
  databases += 1;
  db = await openDatabase(`import-panel-${databases}`);
  container = document.createElement('div');
  document.body.replaceChildren(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  db.close();
});

const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

function render(onChanged = vi.fn()) {
  act(() => root.render(<DocumentImportPanel db={db} companies={[]} onChanged={onChanged} />));
  return onChanged;
}

/** What the dashboard reads of a File (jsdom's File has no arrayBuffer()). */
function file(bytes: Uint8Array, name: string): File {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer } as unknown as File;
}

/** A file dropped on the page, as the browser delivers it (jsdom has no DataTransfer). */
function drop(file: File) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
  act(() => {
    window.dispatchEvent(event);
  });
}

describe('the dashboard document import', () => {
  // Reading a whole 申报书 takes seconds on a loaded 2-core machine.
  it('previews a dropped 申报书, stores nothing before confirm, then company, figures and draft at once', {
    timeout: 30_000,
  }, async () => {
    const onChanged = render();
    drop(file(new Uint8Array(readFileSync(FIXTURE)), '去年申报书.docx'));
    await vi.waitFor(() => expect(container.querySelector('tr[data-key="company.name"]')).not.toBeNull(), {
      timeout: 20_000,
    });
    const nameRow = container.querySelector('tr[data-key="company.name"]');
    expect(nameRow?.textContent).toContain('武汉星桥数字科技股份有限公司');
    expect(nameRow?.textContent).toContain('一、申报单位基本信息 · 单位名称');
    expect(container.querySelector('tr[data-key="figures.mainRevenue@2019"]')?.textContent).toContain(
      '28650',
    );
    expect(byTestId('document-import-skipped')?.textContent).toContain('员工总数');
    expect((await listCompanies(db)).records).toEqual([]);

    await act(async () => byTestId('document-import-confirm')?.click());
    await vi.waitFor(() => expect(byTestId('document-import-message')?.textContent).toContain('已导入'), {
      timeout: 20_000,
    });
    expect((await listCompanies(db)).records.map((company) => company.profile['company.name'])).toEqual([
      '武汉星桥数字科技股份有限公司',
    ]);
    expect((await listDrafts(db)).records.map((draft) => draft.values['project.name'])).toEqual([
      '城市数字孪生一网统管平台',
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('refuses an old .doc chosen in the input with how to save it as .docx, storing nothing', async () => {
    render();
    const input = byTestId('document-import') as HTMLInputElement;
    const doc = file(
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      '2019申报书.doc',
    );
    Object.defineProperty(input, 'files', { value: [doc], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(() => expect(byTestId('document-import-message')?.getAttribute('role')).toBe('alert'), {
      timeout: 20_000,
    });
    expect(byTestId('document-import-message')?.textContent).toContain('另存为');
    expect(byTestId('document-import-preview')).toBeNull();
    expect((await listCompanies(db)).records).toEqual([]);
  });
});
