// @vitest-environment jsdom
/** The export preflight lists every problem by section, each a jump to its field; the section navigation jumps too. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { type Mounted, mount } from '@/test/react-dom';

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
