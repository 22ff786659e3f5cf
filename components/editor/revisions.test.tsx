// @vitest-environment jsdom
/** 历史版本: saved states by time, what restoring one changes, and 恢复 recorded as a revision itself. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { type Mounted, mount } from '@/test/react-dom';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
  // Only the clock moves by hand (revisions closer than 30 s are one); timers stay real.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T09:00:00+08:00'));
});
afterEach(() => {
  ui.unmount();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function typeSaved(key: string, value: string) {
  await ui.type(ui.byTestId(`field:${key}`) as HTMLElement, value);
  await ui.waitFor(() => expect(ui.byTestId('save-state')?.textContent).toBe('已自动保存'));
}

describe('历史版本', { timeout: 60_000 }, () => {
  it('lists revisions by time, shows before → after, and restores one', async () => {
    await ui.render(<Dashboard />);
    await ui.type(await ui.waitForTestId('company-name-input'), '天津某某科技有限公司');
    await ui.click(ui.byTestId('company-create') as HTMLElement);
    await ui.waitForTestId('company-editor');
    await ui.click(ui.buttonNamed('返回列表'));
    await ui.click(await ui.waitForTestId('draft-create'));
    await ui.waitForTestId('application-editor');

    await typeSaved('project.name', '旧名称');
    vi.setSystemTime(new Date('2026-03-01T09:05:00+08:00'));
    await typeSaved('project.name', '新名称');

    await ui.click(ui.byTestId('revisions-open') as HTMLElement);
    await ui.waitFor(() =>
      expect(ui.container.querySelectorAll('[data-testid="revision-item"]')).toHaveLength(2),
    );
    const older = ui.container.querySelectorAll<HTMLElement>(
      '[data-testid="revision-item"]',
    )[1] as HTMLElement;
    await ui.click(older);
    const diff = ui.byTestId('revision-diff') as HTMLElement;
    expect(diff.querySelector('tbody tr')?.textContent).toBe('项目名称新名称旧名称');

    vi.setSystemTime(new Date('2026-03-01T09:05:10+08:00'));
    await ui.click(ui.byTestId('revision-restore') as HTMLElement);
    await ui.waitFor(() =>
      expect((ui.byTestId('field:project.name') as HTMLInputElement).value).toBe('旧名称'),
    );
    // The restore is a revision of its own, even within 30 s of the last save: nothing is lost.
    await ui.waitFor(() =>
      expect(ui.container.querySelectorAll('[data-testid="revision-item"]')).toHaveLength(3),
    );
    expect(ui.byTestId('revisions-panel')?.textContent).toContain('恢复前的内容仍在历史版本中');
  });
});
