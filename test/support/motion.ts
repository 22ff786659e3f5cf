import type { Page } from 'playwright-core';

/**
 * Waits until no CSS animation or transition is running (a tab pane sliding in, a dropdown's
 * zoom): a state to wait for, so screenshots show the settled page without a fixed sleep.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((animation) => animation.playState !== 'running'),
  );
}
