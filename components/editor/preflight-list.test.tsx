// @vitest-environment jsdom
/** The export preflight lists every problem by section, each a jump to its field; the section navigation jumps too. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { createCompany, createDraft } from '@/lib/drafts/operations';
import { addCustomField } from '@/lib/store/custom-fields';
import { type Database, openDatabase } from '@/lib/store/db';
import { judgeWordLimit } from '@/lib/validate/formats';
import { hanText } from '@/test/factories';
import { type Mounted, mount } from '@/test/react-dom';
import { ApplicationEditor } from './ApplicationEditor';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

async function newDraft() {
  await ui.render(<Dashboard />);
  await ui.waitForTestId('first-run-guide');
  await ui.type(ui.byTestId('company-name-input') as HTMLElement, '天津某某科技有限公司');
  await ui.click(ui.byTestId('company-create') as HTMLElement);
  await ui.waitForTestId('company-editor');
  await ui.click(ui.buttonNamed('返回列表'));
  await ui.waitForTestId('draft-create');
  await ui.click(ui.byTestId('draft-create') as HTMLElement);
  await ui.waitForTestId('application-editor');
}

describe('export preflight and section navigation', { timeout: 60_000 }, () => {
  it('lists all problems of a new draft grouped by section; a name jumps to its field', async () => {
    await newDraft();
    await ui.click(ui.byTestId('export-docx') as HTMLElement);
    const panel = await ui.waitForTestId('export-docx-issues');
    const total = Number(/还有 (\d+) 个问题/.exec(panel.textContent ?? '')?.[1]);
    expect(total).toBeGreaterThan(12);
    const jumps = panel.querySelectorAll('[data-testid^="preflight-jump:"]');
    expect(jumps).toHaveLength(total);
    expect(panel.textContent).not.toContain('未列出');
    const sections = [...panel.querySelectorAll('[data-testid^="preflight-section:"]')].map((section) =>
      section.getAttribute('data-testid'),
    );
    expect(sections).toEqual(
      expect.arrayContaining(['preflight-section:company', 'preflight-section:project']),
    );

    await ui.click(ui.byTestId('preflight-jump:contact.fax') as HTMLElement);
    expect(document.activeElement?.closest('[data-field-row]')?.getAttribute('data-field-row')).toBe(
      'contact.fax',
    );

    const nav = ui.byTestId('section-nav:detail') as HTMLElement;
    expect(nav.textContent).toMatch(/三、申报项目详细介绍（\d+ 个错误）/);
    await ui.click(nav);
    expect(document.activeElement?.closest('[data-testid^="section:"]')?.getAttribute('data-testid')).toBe(
      'section:detail',
    );
  });
});

describe('the user’s own fields in the editor’s count and the export preflight', { timeout: 60_000 }, () => {
  let db: Database;
  afterEach(() => db.close());

  it('counts a custom long text over its 字数 in the top bar, lists it under 自定义栏目 and jumps to it', async () => {
    db = await openDatabase('preflight-custom-fields');
    const companyId = (await createCompany(db, '测试单位')).id;
    const draftId = (await createDraft(db, companyId, '2020')).id;
    const over = `${hanText(10)}5G SaaS`;
    const own = await addCustomField(db, {
      companyId,
      draftId,
      label: '省级补充说明',
      aliases: [],
      kind: 'longText',
      required: false,
      maxWords: 10,
      value: over,
    });
    const shared = await addCustomField(db, {
      companyId,
      label: '园区建设情况',
      aliases: [],
      kind: 'longText',
      required: true,
      maxWords: 20,
    });
    await ui.render(<ApplicationEditor db={db} draftId={draftId} onClose={() => {}} />);
    await ui.waitForTestId('application-editor');
    // Both custom problems (字数 over the limit, 必填 empty) are in the top bar's count.
    const errors = () =>
      Number(/还有 (\d+) 个错误/.exec(ui.byTestId('submit-readiness')?.textContent ?? '')?.[1]);
    await ui.waitFor(() =>
      expect(ui.byTestId('section-nav:custom-fields')?.textContent).toBe('自定义栏目（2 个错误）'),
    );
    const withCustom = errors();

    await ui.click(ui.byTestId('export-docx') as HTMLElement);
    const panel = await ui.waitForTestId('export-docx-issues');
    expect(Number(/还有 (\d+) 个问题/.exec(panel.textContent ?? '')?.[1])).toBe(withCustom);
    const section = ui.byTestId('preflight-section:custom-fields') as HTMLElement;
    expect(section.querySelector('h4')?.textContent).toBe('自定义栏目（2）');
    expect([...section.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      `省级补充说明：${judgeWordLimit(over, 10).message}`,
      '园区建设情况：不能为空，请填写（申报书要求栏目不得空缺）。',
    ]);
    // The last section: never printed, listed after the 申报书's own.
    expect(panel.querySelectorAll('[data-testid^="preflight-section:"]')).toSatisfy(
      (sections: NodeListOf<Element>) => sections[sections.length - 1] === section,
    );
    for (const record of [own, shared]) {
      await ui.click(ui.byTestId(`preflight-jump:custom.${record.id}`) as HTMLElement);
      expect(document.activeElement?.closest('[data-field-row]')?.getAttribute('data-field-row')).toBe(
        `custom.${record.id}`,
      );
    }

    // Shortened within its limit in the draft editor: the count follows at once.
    await ui.type(document.activeElement as HTMLElement, '不超过二十字的说明');
    await ui.waitFor(() => expect(errors()).toBe(withCustom - 1));
    const text = document.querySelector<HTMLTextAreaElement>(`[data-field-row="custom.${own.id}"] textarea`);
    await ui.type(text as HTMLElement, hanText(5));
    await ui.waitFor(() => expect(errors()).toBe(withCustom - 2));
    expect(ui.byTestId('section-nav:custom-fields')).toBeNull();
  });
});
