// @vitest-environment jsdom
/** The first run, from an empty store: 新建单位 → 年度经营数据 → 新建草稿, each opened as it is made. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { LATEST_EDITION } from '@/lib/catalog';
import { type Mounted, mount } from '@/test/react-dom';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

const currentStep = () =>
  ui.container.querySelector('[data-testid="first-run-guide"] [data-state="current"] strong')?.textContent;

describe('the first run', { timeout: 60_000 }, () => {
  it('guides through company, figures and draft, opening each; errors wait for a touch or 检查', async () => {
    const fiscalYear = LATEST_EDITION.fiscalYear;
    await ui.render(<Dashboard />);
    await ui.waitForTestId('first-run-guide');
    expect(currentStep()).toBe('第 1 步：新建单位');
    expect(ui.byTestId('first-run-guide')?.textContent).toContain('载入示例');

    await ui.click(ui.byTestId('first-run-action') as HTMLElement);
    expect(document.activeElement).toBe(ui.byTestId('company-name-input'));
    await ui.type(ui.byTestId('company-name-input') as HTMLElement, '天津某某科技有限公司');
    await ui.click(ui.byTestId('company-create') as HTMLElement);

    // The new company opens at once, quiet: no 不能为空 before anything was touched.
    const editor = await ui.waitForTestId('company-editor');
    expect(editor.textContent).not.toContain('不能为空');
    // The figures the newest edition asks for have inputs already.
    const revenue = ui.byTestId(`figure:${fiscalYear}:figures.mainRevenue`) as HTMLInputElement;
    expect(revenue).not.toBeNull();
    expect((ui.container.querySelector('#figures-new-year') as HTMLInputElement).value).toBe(
      String(fiscalYear + 1),
    );

    await ui.type(revenue, '12360');
    await ui.click(ui.byTestId('company-check') as HTMLElement);
    expect(ui.byTestId('company-editor')?.textContent).toContain('不能为空');
    await ui.click(ui.buttonNamed('返回列表'));

    await ui.waitFor(() => expect(currentStep()).toBe('第 3 步：新建草稿'));
    await ui.click(ui.byTestId('first-run-action') as HTMLElement);
    await ui.waitForTestId('application-editor');
    expect(ui.byTestId('application-editor')?.textContent).toContain(`${LATEST_EDITION.year}年`);
  });
});
