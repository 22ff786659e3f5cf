import { rmSync } from 'node:fs';
import { DashboardPage } from '../support/dashboard-page';
import { type ExtensionBrowser, launchWithExtension } from '../support/extension-browser';
import { describe, expect, newProfileFrom, test } from '../support/fixtures';
import { browserPidOf } from '../support/kill-browser';

/** Nothing typed longer ago than this may be lost (issue #16). */
const MAX_LOSS_MS = 500;
/** When the browser is killed, after the test's own last keystroke. */
const KILL_DELAYS_MS = [100, 600];
const KEY_INTERVAL_MS = 60;
const BURST = '一二三四五六七八九十甲乙丙丁';

/**
 * Types a burst into 项目名称 one key at a time and records when each key landed, by the
 * page's clock; returns the key times.
 */
async function typeBurst(dashboard: DashboardPage): Promise<number[]> {
  const field = dashboard.field('project.name');
  await field.focus();
  await field.press('End');
  await dashboard.page.evaluate(() => {
    const times: number[] = [];
    (window as unknown as { __keyTimes: number[] }).__keyTimes = times;
    document.addEventListener('input', () => times.push(performance.now()), { capture: true });
  });
  await field.pressSequentially(BURST, { delay: KEY_INTERVAL_MS });
  return dashboard.page.evaluate(() => (window as unknown as { __keyTimes: number[] }).__keyTimes);
}

describe('autosave survives a killed browser (issue #16)', () => {
  test('SIGKILL 100 and 600 ms after the last key loses nothing typed more than 0.5 s before', async ({
    replicaPort,
    onTestFinished,
  }) => {
    const started = performance.now();
    const profile = newProfileFrom('blank');
    let running: ExtensionBrowser | undefined;
    onTestFinished(async () => {
      await running?.close();
      rmSync(profile, { recursive: true, force: true });
    });
    running = await launchWithExtension({ replicaPort, userDataDir: profile, expectWelcome: false });
    let dashboard = await DashboardPage.open(running);
    await dashboard.createCompany('断电测试科技有限公司');
    await dashboard.createDraft();
    await dashboard.field('project.name').fill('项目');
    await dashboard.waitSaved();
    let saved = '项目';

    const losses: string[] = [];
    for (const delay of KILL_DELAYS_MS) {
      const keyTimes = await typeBurst(dashboard);
      const last = keyTimes.at(-1) ?? 0;
      // The kill is the subject: wait on the page's own clock, then kill at once.
      await dashboard.page.waitForFunction((until) => performance.now() >= until, last + delay, {
        polling: 5,
      });
      const browser = running;
      const closed = browser.context.waitForEvent('close');
      process.kill(browserPidOf(profile), 'SIGKILL');
      await closed;
      running = undefined;

      // Keys older than 0.5 s at the kill (its earliest possible moment) must all be there.
      const mustKeep = keyTimes.filter((time) => time < last + delay - MAX_LOSS_MS).length;
      running = await launchWithExtension({ replicaPort, userDataDir: profile });
      dashboard = await DashboardPage.open(running);
      await dashboard.openDraft();
      const value = await dashboard.field('project.name').inputValue();
      const kept = value.startsWith(saved) ? value.length - saved.length : -1;
      losses.push(
        `${delay} ms: ${BURST.length - Math.max(kept, 0)} of ${BURST.length} lost, ${mustKeep} had to stay`,
      );
      expect(value.startsWith(saved), `${delay} ms: what was saved before is still there`).toBe(true);
      expect(kept, `${delay} ms after the last key`).toBeGreaterThanOrEqual(mustKeep);
      if (delay >= MAX_LOSS_MS) expect(kept).toBe(BURST.length);
      saved = value;
    }
    console.log(`autosave-kill e2e: ${Math.round(performance.now() - started)} ms; ${losses.join('; ')}`);
  }, 120_000);
});
