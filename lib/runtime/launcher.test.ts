// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Launcher, mountLauncher } from './launcher';

let launcher: Launcher;
beforeEach(() => {
  document.body.innerHTML = '<form><input></form>';
  launcher = mountLauncher(document, 'chrome-extension://id/panel.html');
});
afterEach(() => launcher.destroy());

const shadow = () => document.querySelector('shenbao-assistant')?.shadowRoot as ShadowRoot;
const button = () => shadow().querySelector('[data-testid="shenbao-launcher"]') as HTMLButtonElement;
const panelOpen = () => !(shadow().querySelector('iframe') as HTMLIFrameElement).hidden;

describe('the in-page panel while the browser side panel works on the tab', () => {
  it('collapses to the launcher, and comes back when the side panel closes', () => {
    button().click();
    expect(panelOpen()).toBe(true);
    launcher.setSidePanelOpen(true);
    expect(panelOpen()).toBe(false);
    expect(button().getAttribute('aria-expanded')).toBe('false');
    expect(button().textContent).toBe('申报助手');
    launcher.setSidePanelOpen(false);
    expect(panelOpen()).toBe(true);
    expect(button().getAttribute('aria-expanded')).toBe('true');
  });

  it('stays closed when it was closed, or when the user chose with the launcher meanwhile', () => {
    launcher.setSidePanelOpen(true);
    launcher.setSidePanelOpen(false);
    expect(panelOpen()).toBe(false);

    button().click();
    launcher.setSidePanelOpen(true);
    // The user opens it beside the side panel, then closes it: their last word stands.
    button().click();
    button().click();
    launcher.setSidePanelOpen(false);
    expect(panelOpen()).toBe(false);
  });
});

describe('where the launcher docks (issue #15)', () => {
  const host = () => document.querySelector('shenbao-assistant') as HTMLElement;
  /** jsdom lays nothing out: the window's size and the field's box are given. */
  function layout(field: { left: number; top: number; width: number; height: number }) {
    Object.defineProperty(document.documentElement, 'clientWidth', { value: 1280, configurable: true });
    Object.defineProperty(document.documentElement, 'clientHeight', { value: 800, configurable: true });
    const input = document.querySelector('input') as HTMLInputElement;
    input.getBoundingClientRect = () => DOMRect.fromRect({ x: field.left, y: field.top, ...field });
    // What lies under a point: the field inside its box, the launcher's host anywhere (skipped).
    document.elementsFromPoint = (x: number, y: number) => {
      const inside =
        x >= field.left && x < field.left + field.width && y >= field.top && y < field.top + field.height;
      return [host(), ...(inside ? [input] : []), document.body, document.documentElement];
    };
    document.elementFromPoint = (x: number, y: number) => document.elementsFromPoint(x, y)[0] ?? null;
  }
  afterEach(() => {
    // Own properties shadow jsdom's getters: removed so other files see jsdom's again.
    delete (document.documentElement as { clientWidth?: number }).clientWidth;
    delete (document.documentElement as { clientHeight?: number }).clientHeight;
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    delete (document as { elementFromPoint?: unknown }).elementFromPoint;
  });

  it('moves off a field in the bottom-right corner, and leaves what the page set on its host', async () => {
    host().style.setProperty('opacity', '0.5');
    layout({ left: 900, top: 700, width: 370, height: 90 });
    window.dispatchEvent(new Event('resize'));
    // bottom-left: 16 px from the left, above the bottom margin (placed in the next frame).
    await vi.waitFor(() =>
      expect([host().style.left, host().style.top]).toEqual(['16px', `${800 - 16 - 38}px`]),
    );
    expect(button().className).toBe('button');
    expect(host().style.opacity).toBe('0.5');
  });

  it('is a thin tab on the edge while the side panel is open, the button again after', async () => {
    layout({ left: 40, top: 40, width: 200, height: 30 });
    launcher.setSidePanelOpen(true);
    expect(button().className).toBe('tab-right');
    expect(host().style.left).toBe(`${1280 - 26}px`);
    launcher.setSidePanelOpen(false);
    expect(button().className).toBe('button');
    // The open panel keeps its corner.
    button().click();
    expect([host().style.right, host().style.bottom, host().style.left]).toEqual(['16px', '16px', 'auto']);
  });
});
