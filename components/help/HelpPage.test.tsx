// @vitest-environment jsdom
/** 使用说明 as packaged: every heading, the table of contents' links land on a heading, screenshots resolve. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Mounted, mount } from '@/test/react-dom';
import { HelpPage } from './HelpPage';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

describe('help page', () => {
  it('renders docs/使用说明.md with working in-page links and its screenshots', async () => {
    const guide = readFileSync(resolve(import.meta.dirname, '../../docs/使用说明.md'), 'utf8');
    const images = { '/docs/screenshots/popup.png': 'chrome-extension://x/assets/popup.png' };
    await ui.render(<HelpPage source={guide} images={images} />);
    const page = await ui.waitForTestId('help-page');
    expect(page.querySelector('h1')?.textContent).toBe('申报助手使用说明');
    const links = [...page.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) {
      const id = (link.getAttribute('href') ?? '').slice(1);
      expect(page.querySelector(`[id="${id}"]`), id).not.toBeNull();
    }
    expect(page.querySelector('img[alt="工具栏弹出窗口"]')?.getAttribute('src')).toBe(
      images['/docs/screenshots/popup.png'],
    );
    // A screenshot that is not packaged says what it showed instead of a broken image.
    expect(page.textContent).toContain('（图：载入示例后的工作台）');
  });
});
