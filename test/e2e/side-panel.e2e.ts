import type { Page } from 'playwright-core';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { LAUNCHER_SIZES } from '@/lib/runtime/launcher-placement';
import { cellAfter } from '../replica/table/reference-fill';
import { Assistant, controlsUnderLauncher } from '../support/assistant';
import { describe, expect, openReplica, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';
import { screenshotPath } from '../support/screenshots';

/** The side panel's width in the screenshots (Chrome opens its side panel at about this width). */
const SIDE_WIDTH = 360;

/** Where a field is, and whether the highlight frame surrounds it inside the viewport. */
async function highlightAround(page: Page, label: string) {
  const field = cellAfter(page, label).locator('textarea, input').first();
  const box = await field.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
  });
  const frame = await page
    .locator('shenbao-highlight [data-testid="shenbao-highlight"]')
    .evaluateAll((frames) => frames.map((frame) => frame.getBoundingClientRect().toJSON()));
  const height = await page.evaluate(() => window.innerHeight);
  const inView = box.top >= 0 && box.bottom <= height;
  const around = frame.length === 1 && frame[0].top <= box.top && frame[0].bottom >= box.bottom;
  return { inView, around };
}

interface Beside {
  name: string;
  width: number;
  height: number;
  left: string;
  right: string;
}

/** The launcher's width now: the thin edge tab while a side panel works on the tab. */
const launcherWidth = async (page: Page) => (await page.getByTestId('shenbao-launcher').boundingBox())?.width;

/**
 * The page as it is beside a side panel in a window `width` wide: the launcher, an edge tab,
 * covers none of its visible controls (issue #15), at the top and halfway down the form.
 */
async function besideSidePanel(page: Page, width: number, height: number) {
  await page.setViewportSize({ width: width - SIDE_WIDTH, height });
  await expect.poll(() => launcherWidth(page)).toBe(LAUNCHER_SIZES.tab.width);
  for (const fraction of [0, 0.5]) {
    await page.evaluate((at) => window.scrollTo(0, document.documentElement.scrollHeight * at), fraction);
    await expect
      .poll(() => controlsUnderLauncher(page), { message: `${width} px, scrolled ${fraction}` })
      .toEqual([]);
  }
}

/** The replica at `width - SIDE_WIDTH` and the side panel page beside it, as two PNGs (Base64). */
async function besideShots(page: Page, side: Page, width: number, height: number): Promise<Beside> {
  await page.setViewportSize({ width: width - SIDE_WIDTH, height });
  await side.setViewportSize({ width: SIDE_WIDTH, height });
  await expect.poll(() => launcherWidth(page)).toBe(LAUNCHER_SIZES.tab.width);
  await expect.poll(() => controlsUnderLauncher(page), { message: `${width} px` }).toEqual([]);
  await animationsSettled(page);
  const left = (await page.screenshot()).toString('base64');
  const right = (await side.screenshot()).toString('base64');
  return { name: `side-panel-${width}`, width, height, left, right };
}

/**
 * Puts each pair side by side in one picture. Done once the side panel is closed: a new tab
 * becomes the active tab, and the side panel would follow it.
 */
async function saveBeside(sheet: Page, shots: readonly Beside[]) {
  for (const { name, width, height, left, right } of shots) {
    await sheet.setViewportSize({ width, height });
    await sheet.setContent(
      `<body style="margin:0;display:flex"><img src="data:image/png;base64,${left}">` +
        `<img style="border-left:1px solid #c0c4cc" src="data:image/png;base64,${right}"></body>`,
    );
    await sheet.waitForFunction(() => [...document.images].every((image) => image.complete));
    await sheet.screenshot({ path: screenshotPath(name) });
  }
}

describe('the browser side panel', () => {
  test('fills the replica tab, shows a check entry’s field, keeps the in-page launcher off the form; the toolbar opens it', async ({
    sample,
  }) => {
    const { context, extensionId } = sample.browser;
    const page = await openReplica(context, 'table');
    const inPage = new Assistant(page);
    await inPage.open();

    // sidepanel.html in a tab of its own works on the tab used last: the replica.
    const side = await context.newPage();
    await side.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await side.getByTestId('shenbao-draft-select').waitFor();
    expect(await side.getByTestId('shenbao-target-host').textContent()).toBe(
      '将填写到：www.xinxixiaofei.com',
    );
    // While the side panel works on the tab, the in-page panel is collapsed to its launcher.
    const launcher = page.getByTestId('shenbao-launcher');
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('false');

    await side.getByTestId('shenbao-fill').click();
    const summary = side.getByTestId('shenbao-report').locator('.report__summary');
    await summary.waitFor();
    expect(Assistant.counts((await summary.textContent()) ?? '').已填充).toBeGreaterThan(40);
    const name = cellAfter(page, '*单位名称：').locator('input').first();
    expect(await name.inputValue()).toBe(SAMPLE_APPLICANT.company['company.name']);

    // A fault far down the form; the page back at the top; 检查, then its entry.
    await cellAfter(page, '*项目概述：').locator('textarea').first().fill('');
    await page.evaluate(() => window.scrollTo(0, 0));
    await side.getByTestId('shenbao-check').click();
    const entry = side.locator('[data-testid="shenbao-check-issue"][data-key="project.summary"] button');
    await entry.click();
    await expect.poll(() => highlightAround(page, '*项目概述：')).toEqual({ inView: true, around: true });

    const shots = [await besideShots(page, side, 1280, 800), await besideShots(page, side, 1024, 700)];

    // The side panel closed: the in-page panel comes back as the user had it.
    await side.close();
    await expect.poll(() => launcherWidth(page)).not.toBe(LAUNCHER_SIZES.tab.width);
    await expect.poll(() => launcher.getAttribute('aria-expanded')).toBe('true');

    // The toolbar button opens the browser's side panel: the manifest names no popup and the
    // background told Chrome to open the side panel on a click (no test can press the toolbar).
    const worker = context.serviceWorkers()[0];
    if (!worker) throw new Error('The extension has no service worker.');
    expect(await worker.evaluate(toolbarFacts)).toEqual({
      defaultPopup: undefined,
      popup: '',
      behavior: { openPanelOnActionClick: true },
    });
    // A click in an extension page opens the real side panel (the popup's 「在侧边栏打开助手」,
    // which closes the popup), and it works on the replica's tab: the launcher shrinks to its tab.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    const closed = popup.waitForEvent('close');
    await popup.getByTestId('popup-open-side-panel').click();
    await closed;
    await page.bringToFront();
    await expect
      .poll(() => worker.evaluate(sidePanelDocuments))
      .toEqual([`chrome-extension://${extensionId}/sidepanel.html`]);
    await expect.poll(() => launcherWidth(page)).toBe(LAUNCHER_SIZES.tab.width);

    // Another kind of form (element-ui: labels beside inputs, a wide form) beside the side panel.
    await page.goto('http://www.xinxixiaofei.com/sfxm/element-ui/');
    await page.locator('.el-form-item input').first().waitFor();
    await besideSidePanel(page, 1280, 800);
    await besideSidePanel(page, 1024, 700);

    await saveBeside(await context.newPage(), shots);
  });
});

/** In the service worker: what the toolbar button does. */
async function toolbarFacts() {
  const api = (
    globalThis as unknown as {
      chrome: {
        runtime: { getManifest(): { action?: { default_popup?: string } } };
        action: { getPopup(details: object): Promise<string> };
        sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick?: boolean }> };
      };
    }
  ).chrome;
  return {
    defaultPopup: api.runtime.getManifest().action?.default_popup,
    popup: await api.action.getPopup({}),
    behavior: await api.sidePanel.getPanelBehavior(),
  };
}

/** In the service worker: the documents open in the browser's side panel. */
async function sidePanelDocuments() {
  const api = (
    globalThis as unknown as {
      chrome: { runtime: { getContexts(filter: object): Promise<{ documentUrl?: string }[]> } };
    }
  ).chrome;
  return (await api.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map(
    (context) => context.documentUrl,
  );
}
