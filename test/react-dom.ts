/**
 * Rendering React components in jsdom for DOM tests: a fresh container per test, queries by
 * test id that wait for the state to appear, and user input as React sees it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { expect, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Long enough for a loaded 2-core machine; a state that never comes still fails. */
const WAIT = { timeout: 20_000 };

export interface Mounted {
  container: HTMLElement;
  render: (node: ReactNode) => Promise<void>;
  unmount: () => void;
  byTestId: (id: string) => HTMLElement | null;
  waitForTestId: (id: string) => Promise<HTMLElement>;
  waitFor: (assertion: () => void) => Promise<void>;
  click: (element: HTMLElement) => Promise<void>;
  type: (element: HTMLElement, value: string) => Promise<void>;
  buttonNamed: (name: string) => HTMLElement;
}

/** A fresh fake browser, an empty IndexedDB and a new React root. */
export function mount(): Mounted {
  fakeBrowser.reset();
  globalThis.indexedDB = new IDBFactory();
  // 设置 lists the other sites the user granted; the fake browser has no permissions API.
  vi.spyOn(browser.permissions, 'getAll').mockResolvedValue({ origins: [], permissions: [] });
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  let root: Root = createRoot(container);
  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const waitFor = async (assertion: () => void) => {
    // While the test waits for a state, the app's own async work (IndexedDB reads, messages)
    // renders as in a browser: not inside act(), and React must not warn about it (the same
    // switch Testing Library's waitFor makes).
    const scope = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
    const before = scope.IS_REACT_ACT_ENVIRONMENT;
    scope.IS_REACT_ACT_ENVIRONMENT = false;
    try {
      await vi.waitFor(assertion, WAIT);
    } finally {
      scope.IS_REACT_ACT_ENVIRONMENT = before;
    }
  };
  return {
    container,
    render: (node) => act(async () => root.render(node)),
    unmount: () => {
      act(() => root.unmount());
      root = createRoot(container);
    },
    byTestId,
    waitFor,
    waitForTestId: async (id) => {
      await waitFor(() => expect(byTestId(id)).not.toBeNull());
      return byTestId(id) as HTMLElement;
    },
    click: (element) => act(async () => element.click()),
    type: (element, value) =>
      act(async () => {
        // React tracks the value through the prototype's setter; an input event then reports it.
        const prototype = element instanceof HTMLTextAreaElement ? HTMLTextAreaElement : HTMLInputElement;
        Object.getOwnPropertyDescriptor(prototype.prototype, 'value')?.set?.call(element, value);
        element.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    buttonNamed: (name) =>
      [...container.querySelectorAll('button')].find((button) => button.textContent === name) as HTMLElement,
  };
}
