// @vitest-environment jsdom
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { removeHighlight, revealElement } from './highlight';

const original = {
  ResizeObserver: globalThis.ResizeObserver,
  requestAnimationFrame: globalThis.requestAnimationFrame,
};
beforeAll(() => {
  // jsdom has neither; the overlay follows the layout with them in a browser.
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  globalThis.requestAnimationFrame ??= (callback) => setTimeout(() => callback(0), 0) as unknown as number;
});
afterAll(() => Object.assign(globalThis, original));
afterEach(() => removeHighlight(document));

const frames = () => [
  ...(document
    .querySelector('shenbao-highlight')
    ?.shadowRoot?.querySelectorAll('[data-testid="shenbao-highlight"]') ?? []),
];

describe('revealElement', () => {
  it('frames the field in Shenbao’s own layer and leaves the site’s element as it was', () => {
    document.body.innerHTML = '<input id="a" style="color: red"><input id="b">';
    const field = document.getElementById('a') as HTMLInputElement;
    const before = field.outerHTML;
    expect(revealElement(field)).toBe(true);
    expect(frames()).toHaveLength(1);
    expect(field.outerHTML).toBe(before);
  });

  it('shows one field at a time; a page script’s synthetic click does not remove it', () => {
    document.body.innerHTML = '<input id="a"><input id="b">';
    revealElement(document.getElementById('a') as Element);
    revealElement(document.getElementById('b') as Element);
    expect(frames()).toHaveLength(1);
    document.body.dispatchEvent(new Event('pointerdown', { bubbles: true }));
    expect(frames()).toHaveLength(1);
  });

  it('a field no longer on the page is not shown; the teardown removes the layer', () => {
    const gone = document.createElement('input');
    expect(revealElement(gone)).toBe(false);
    document.body.innerHTML = '<input id="a">';
    revealElement(document.getElementById('a') as Element);
    removeHighlight(document);
    expect(document.querySelector('shenbao-highlight')).toBeNull();
  });
});
