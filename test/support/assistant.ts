import type { FrameLocator, Page } from 'playwright-core';

/** Page object of the in-page assistant (docs/architecture.md, contract 3): launcher + panel iframe. */
export class Assistant {
  readonly panel: FrameLocator;

  constructor(readonly page: Page) {
    this.panel = page.frameLocator('shenbao-assistant iframe');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('shenbao-launcher').click();
    await this.panel.getByTestId('shenbao-panel').waitFor();
    await this.panel.getByTestId('shenbao-draft-select').waitFor();
  }

  /** Presses 一键填充 and waits for the report; returns its summary sentence. */
  async fill(): Promise<string> {
    await this.panel.getByTestId('shenbao-fill').click();
    await this.panel
      .getByTestId('shenbao-fill')
      .filter({ hasNotText: '正在填充' })
      .waitFor({ timeout: 90_000 });
    const summary = this.panel.getByTestId('shenbao-report').locator('.report__summary');
    return (await summary.textContent({ timeout: 5_000 })) ?? '';
  }

  /** The report's summary sentence as it is now (later rounds update it). */
  async summary(): Promise<string> {
    return (await this.panel.getByTestId('shenbao-report').locator('.report__summary').textContent()) ?? '';
  }

  /** 已填充 N from the report as it is now. */
  async filledCount(): Promise<number> {
    return Assistant.counts(await this.summary()).已填充 ?? 0;
  }

  /**
   * Presses 检查 and waits for its result: the summary, the catalog keys of its issues, and the
   * issues as the panel words them (`key: text`, for failure messages).
   */
  async check(): Promise<{ summary: string; keys: string[]; issues: string }> {
    await this.panel.getByTestId('shenbao-check').click();
    await this.panel.getByTestId('shenbao-check').filter({ hasNotText: '正在检查' }).waitFor();
    const summary = (await this.panel.getByTestId('shenbao-check-summary').textContent()) ?? '';
    const found = await this.panel
      .getByTestId('shenbao-check-issue')
      .evaluateAll((items) =>
        items.map((item) => ({ key: item.getAttribute('data-key') ?? '', text: item.textContent ?? '' })),
      );
    return {
      summary,
      keys: found.map((issue) => issue.key),
      issues: found.map((issue) => `${issue.key}: ${issue.text}`).join('\n'),
    };
  }

  async undo(): Promise<void> {
    await this.panel.getByTestId('shenbao-undo').click();
    await this.panel.getByTestId('shenbao-message').waitFor();
  }

  /** Counts from the report sentence: 已填充 N 项，跳过 N 项，未找到 N 项… */
  static counts(summary: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const [, label, value] of summary.matchAll(
      /(已填充|跳过|未找到|待确认|未生效|页面隐藏) (\d+) 项/g,
    )) {
      counts[label as string] = Number(value);
    }
    return counts;
  }
}

/**
 * The page's visible form controls that the in-page launcher's box overlaps (issue #15: the
 * assistant must not hide the form), as `tag#id` strings; empty when it covers none. Measured
 * independently of the launcher's own placement code: each control's box, cut to what its
 * overflow-clipping ancestors (a card, a scroll box) leave visible.
 */
export async function controlsUnderLauncher(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('shenbao-assistant');
    const launcher = host?.shadowRoot?.querySelector('[data-testid="shenbao-launcher"]');
    if (!launcher) return ['(no launcher)'];
    const box = launcher.getBoundingClientRect();
    const controls = document.querySelectorAll(
      'input:not([type="hidden"]), select, textarea, button, a[href], [contenteditable="true"], ' +
        '[role="button"], [role="combobox"], [role="radio"], [role="checkbox"], [role="textbox"]',
    );
    /** The part of an element's box left visible by the boxes of ancestors that clip overflow. */
    const visibleBox = (element: Element) => {
      let { left, top, right, bottom } = element.getBoundingClientRect();
      for (let up = element.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = up.getBoundingClientRect();
        left = Math.max(left, clip.left);
        top = Math.max(top, clip.top);
        right = Math.min(right, clip.right);
        bottom = Math.min(bottom, clip.bottom);
      }
      return { left, top, right, bottom };
    };
    return [...controls]
      .filter((control) => {
        if (!control.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
        const rect = visibleBox(control);
        if (rect.right <= rect.left || rect.bottom <= rect.top) return false;
        return (
          rect.left < box.right && box.left < rect.right && rect.top < box.bottom && box.top < rect.bottom
        );
      })
      .map((control) => `${control.localName}#${control.id}`);
  });
}
