// @vitest-environment jsdom
/** Search, 归档, 删除 into the 回收站 and 恢复, and 从往年申报复制's targets, on the dashboard. */
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

const listed = (testId: string) =>
  [...ui.container.querySelectorAll(`[data-testid="${testId}"] [data-testid="draft-item"]`)].length;

describe('the draft list', { timeout: 60_000 }, () => {
  it('searches, archives, deletes into the 回收站 and restores', async () => {
    await ui.render(<Dashboard />);
    await ui.waitFor(() =>
      expect((ui.byTestId('sample-load') as HTMLButtonElement | null)?.disabled).toBe(false),
    );
    await ui.click(ui.byTestId('sample-load') as HTMLElement);
    await ui.waitForTestId('draft-item');

    // 从往年申报复制 never offers the source's own edition.
    const source = ui.byTestId('copy-source') as HTMLSelectElement;
    const sourceYear = /（(\d{4})年）/.exec(source.selectedOptions[0]?.textContent ?? '')?.[1];
    const targets = [...(ui.byTestId('copy-target') as HTMLSelectElement).options].map(
      (option) => option.textContent,
    );
    expect(targets.length).toBeGreaterThan(0);
    expect(targets.some((label) => label?.startsWith(`${sourceYear}年`))).toBe(false);

    const search = ui.byTestId('draft-search') as HTMLInputElement;
    await ui.type(search, '没有这个项目');
    expect(listed('draft-list')).toBe(0);
    await ui.type(search, '2020');
    expect(listed('draft-list')).toBe(1);
    await ui.type(search, '');

    await ui.click(ui.byTestId('draft-archive') as HTMLElement);
    await ui.waitForTestId('archived-list');
    expect(listed('draft-list')).toBe(0);
    expect(listed('archived-list')).toBe(1);
    await ui.click(
      ui.container.querySelector(
        '[data-testid="archived-list"] [data-testid="draft-archive"]',
      ) as HTMLElement,
    );
    await ui.waitFor(() => expect(ui.byTestId('archived-list')).toBeNull());
    expect(listed('draft-list')).toBe(1);

    await ui.click(ui.byTestId('draft-delete') as HTMLElement);
    await ui.waitForTestId('trash-item');
    expect(ui.byTestId('trash-item')?.textContent).toContain('还剩 30 天');
    expect(listed('draft-list')).toBe(0);
    await ui.click(ui.byTestId('trash-restore') as HTMLElement);
    await ui.waitFor(() => expect(ui.byTestId('trash-item')).toBeNull());
    expect(listed('draft-list')).toBe(1);

    await ui.click(ui.byTestId('company-delete') as HTMLElement);
    await ui.waitFor(() => expect(ui.byTestId('trash-item')?.textContent).toContain('单位（含草稿）'));
    expect(ui.byTestId('draft-list')).toBeNull();
  });
});
