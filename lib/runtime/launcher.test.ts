// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
