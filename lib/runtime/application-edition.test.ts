// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import browser from 'webextension-polyfill';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fieldsFor, findEdition } from '@/lib/catalog';
import { makeApplication } from '@/test/factories';
import { realEngine } from '@/test/fill-engines';
import { EDITION_2022, SAMPLE_2022_DRAFT } from '@/test/fixtures/editions/edition-2022';
import { editionOfApplication, MALFORMED_EDITION_MESSAGE } from './application-edition';
import { createContentCheck, handleCheckRequest } from './content-check';
import { createContentFill } from './content-fill';
import { createOverlay, type OverlayLayer } from './overlay';

/** A local edition (新建申报批次) as the background sends it: JSON, unknown to the content script. */
const LOCAL = JSON.parse(JSON.stringify(EDITION_2022));
const ROW = 'edition.test-2022.security';
const values = { ...makeApplication(), ...SAMPLE_2022_DRAFT };

let reply: unknown;
let stop: AbortController;
let marks: OverlayLayer;
let counters: OverlayLayer;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.ResizeObserver ??= class {
    observe() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  stop = new AbortController();
  reply = { ok: true, result: { editionId: 'test-2022', values, edition: LOCAL } };
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type } = message as { type: string };
    if (type === 'application/get') return reply;
    if (type === 'mappings/list') return { ok: true, result: [] };
    return { ok: true, result: true };
  });
  document.body.innerHTML = `
    <form>
      <label>单位名称 <input id="name"></label>
      <label>数据安全保障措施 <textarea id="security"></textarea></label>
    </form>`;
  marks = createOverlay(document, 'test-marks');
  counters = createOverlay(document, 'test-counters');
});

afterEach(() => {
  stop.abort();
  marks.destroy();
  counters.destroy();
  vi.restoreAllMocks();
});

const security = () => document.getElementById('security') as HTMLTextAreaElement;

describe('a draft of a local edition on the site (issue #14)', () => {
  it('is not a built-in edition the content script could find by itself', () => {
    expect(findEdition('test-2022')).toBeUndefined();
  });

  it('the light check keeps every row of the package the fill and the check read', () => {
    const edition = editionOfApplication({
      editionId: 'test-2022',
      values: {},
      customFields: [],
      edition: LOCAL,
    });
    expect(fieldsFor(edition).map((field) => field.key)).toEqual(
      fieldsFor(EDITION_2022).map((field) => field.key),
    );
    expect(fieldsFor(edition).find((field) => field.key === ROW)?.rules.maxWords).toBe(300);
  });

  it('the content fill fills the edition’s own row', async () => {
    const fill = createContentFill(document, realEngine, stop.signal);
    const answer = await fill({ type: 'content/fill', draftId: 'd1', overwrite: [] });
    expect(answer).toMatchObject({
      ok: true,
      result: { filled: expect.arrayContaining([expect.objectContaining({ key: ROW })]) },
    });
    expect(security().value).toBe(SAMPLE_2022_DRAFT[ROW]);
  });

  it('the check reads the edition’s own row and compares it with the draft', async () => {
    security().value = '页面上的另一段说明。';
    const check = createContentCheck(document, realEngine, marks, counters);
    const answer = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
    expect(answer).toMatchObject({
      ok: true,
      result: {
        differences: expect.arrayContaining([
          expect.objectContaining({ key: ROW, page: '页面上的另一段说明。' }),
        ]),
      },
    });
  });

  it('a malformed package is refused in zh-CN, the page untouched, by the fill and the check', async () => {
    for (const broken of [
      { ...LOCAL, extraFields: [{ ...LOCAL.extraFields[0], kind: 'virus' }] },
      { ...LOCAL, attachments: 'none' },
      { ...LOCAL, id: 'another' },
      42,
    ]) {
      reply = { ok: true, result: { editionId: 'test-2022', values, edition: broken } };
      const fill = createContentFill(document, realEngine, stop.signal);
      const filled = await fill({ type: 'content/fill', draftId: 'd1', overwrite: [] });
      expect(filled).toEqual({ ok: false, message: expect.stringContaining(MALFORMED_EDITION_MESSAGE) });
      expect(security().value).toBe('');
      const check = createContentCheck(document, realEngine, marks, counters);
      const checked = await handleCheckRequest(check, { type: 'content/check', draftId: 'd1' });
      expect(checked).toEqual({ ok: false, message: expect.stringContaining(MALFORMED_EDITION_MESSAGE) });
    }
  });
});
