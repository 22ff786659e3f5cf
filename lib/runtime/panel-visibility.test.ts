// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { judgePanelVisibility } from './panel-visibility';

/** jsdom's own window size, put back after each test. */
const WINDOW = { width: window.innerWidth, height: window.innerHeight };
let host: HTMLElement;
let frame: HTMLIFrameElement;
/** What the page shows on top at every point (jsdom has no layout). */
let topmost: { document: Element | null; shadow: Element | null };

beforeEach(() => {
  document.body.innerHTML = '<div id="wrap"></div>';
  host = document.createElement('shenbao-assistant');
  const root = host.attachShadow({ mode: 'open' });
  frame = document.createElement('iframe');
  root.append(frame);
  document.getElementById('wrap')?.append(host);
  frame.getBoundingClientRect = () =>
    ({ left: 900, top: 200, right: 1260, bottom: 760, width: 360, height: 560 }) as DOMRect;
  Object.assign(window, { innerWidth: 1280, innerHeight: 800 });
  topmost = { document: host, shadow: frame };
  document.elementFromPoint = () => topmost.document;
  root.elementFromPoint = () => topmost.shadow;
});
// Unit tests share one jsdom per worker (isolate: false): the stand-in for layout goes with
// the test, so another file's code sees jsdom's own document again.
afterEach(() => {
  delete (document as { elementFromPoint?: unknown }).elementFromPoint;
  Object.assign(window, { innerWidth: WINDOW.width, innerHeight: WINDOW.height });
});

const judge = () => judgePanelVisibility(document, host, frame).visible;

describe('judgePanelVisibility: a press counts only on a panel the user can really see', () => {
  it('an opaque, uncovered panel on screen is visible', () => {
    expect(judge()).toBe(true);
  });

  it('a page that makes the host (or an ancestor) nearly transparent is caught', () => {
    host.style.opacity = '0.0001';
    expect(judge()).toBe(false);
    host.style.opacity = '';
    (document.getElementById('wrap') as HTMLElement).style.opacity = '0.5';
    expect(judge()).toBe(false);
  });

  it('an element of the page over the panel is caught', () => {
    topmost.document = document.body;
    expect(judge()).toBe(false);
  });

  it('a hidden, tiny or off-screen panel is not visible', () => {
    frame.hidden = true;
    expect(judge()).toBe(false);
    frame.hidden = false;
    frame.getBoundingClientRect = () =>
      ({ left: 0, top: 0, right: 20, bottom: 20, width: 20, height: 20 }) as DOMRect;
    expect(judge()).toBe(false);
    frame.getBoundingClientRect = () =>
      ({ left: 1200, top: 200, right: 1560, bottom: 760, width: 360, height: 560 }) as DOMRect;
    expect(judge()).toBe(false);
  });

  it('visibility:hidden on the host counts as invisible', () => {
    host.style.visibility = 'hidden';
    expect(judge()).toBe(false);
  });
});
