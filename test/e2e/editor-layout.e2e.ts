import type { Page } from 'playwright-core';
import { describe, expect, test } from '../support/fixtures';
import { animationsSettled } from '../support/motion';
import { screenshotPath } from '../support/screenshots';

/**
 * Texts in the editor's top bar that break across lines (「返回列/表」「已自动保/存」 at 1280 px):
 * each button, status and label must sit on one line.
 */
async function wrappedBarTexts(page: Page): Promise<string[]> {
  return page.getByTestId('application-editor').evaluate((editor) => {
    const bar = editor.querySelector('.application-editor__bar');
    if (!bar) return ['（没有工具栏）'];
    const wrapped: string[] = [];
    for (const element of bar.querySelectorAll<HTMLElement>('button, span, label')) {
      // Each text of the element on its own: a checkbox beside its label is not a wrap.
      const texts = [...element.childNodes].filter(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      for (const text of texts) {
        const range = document.createRange();
        range.selectNodeContents(text);
        // One line of text has its boxes on one line; a wrapped text has boxes on several.
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) wrapped.push(element.textContent?.trim() ?? '');
      }
    }
    return wrapped;
  });
}

describe('dashboard editor: the top bar at 1024 and 1280 px', () => {
  test('no button, status or label in the bar wraps inside its text', async ({ sample }) => {
    const { dashboard } = sample;
    const { page } = dashboard;
    await dashboard.openDraft();
    await dashboard.waitSaved();
    for (const width of [1280, 1024]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => window.innerWidth)).toBe(width);
      await expect.poll(() => wrappedBarTexts(page)).toEqual([]);
      await animationsSettled(page);
      await page.screenshot({ path: screenshotPath(`editor-bar-${width}`) });
    }
  });
});
