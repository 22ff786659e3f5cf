import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setLocalEditions } from '@/lib/catalog';
import { createCompany, createDraft } from '@/lib/drafts/operations';
import { saveLocalEdition } from '@/lib/editions/local';
import { parseRegions } from '@/lib/fill/region';
import { RESULT_SCHEMAS, replySchema } from '@/lib/messaging/protocol';
import { type Database, openDatabase } from '@/lib/store/db';
import { EDITION_2022 } from '@/test/fixtures/editions/edition-2022';
import { type BackgroundDeps, handleMessage, NO_ASSISTANT_IN_TAB } from './background-handlers';
import type { SenderSite } from './sender-site';

let db: Database;
let name = 0;
let deps: BackgroundDeps;
beforeEach(async () => {
  name += 1;
  db = await openDatabase(`background-${name}`);
  deps = {
    db: async () => db,
    sendToTab: vi.fn(async () => ({ ok: true, result: true })),
    // Tab 7 is another 申报系统 tab, 8 the dashboard, anything else a site Shenbao is not on.
    siteOfTab: vi.fn(async (tabId: number): Promise<SenderSite> => {
      if (tabId === 7) return { kind: 'site', tabId: 7, host: 'sfxm.xinxixiaofei.com' };
      if (tabId === 8) return { kind: 'extension' };
      return { kind: 'refused' };
    }),
  };
});
afterEach(() => {
  db.close();
  setLocalEditions([]);
});

const site: SenderSite = { kind: 'site', tabId: 4, host: 'www.xinxixiaofei.com' };

describe('background: trust comes from the sender', () => {
  it('saves a taught mapping under the sender tab’s host, whatever else the message carries', async () => {
    const message = { type: 'mappings/save', host: 'evil.example', signature: 'sig', key: 'company.name' };
    expect(await handleMessage(message, site, deps)).toEqual({ ok: true, result: true });
    expect(await db.getAllFromIndex('siteMappings', 'byHost', 'www.xinxixiaofei.com')).toHaveLength(1);
    expect(await db.getAllFromIndex('siteMappings', 'byHost', 'evil.example')).toHaveLength(0);
    expect(await handleMessage({ type: 'mappings/list' }, site, deps)).toEqual({
      ok: true,
      result: [{ signature: 'sig', key: 'company.name' }],
    });
  });

  it('hands the region table to a site as text the content script parses (it is not bundled there)', async () => {
    const reply = await handleMessage({ type: 'regions/get' }, site, deps);
    expect(reply.ok).toBe(true);
    const text = reply.ok ? RESULT_SCHEMAS['regions/get'].parse(reply.result) : '';
    expect(parseRegions(text).find((province) => province.name === '广东省')?.cities.length).toBeGreaterThan(
      10,
    );
  });

  it('relays tab/* to the sender’s own tab only', async () => {
    await handleMessage({ type: 'tab/undo' }, site, deps);
    expect(deps.sendToTab).toHaveBeenCalledWith(4, { type: 'content/undo' });
    expect(await handleMessage({ type: 'tab/undo' }, { kind: 'extension' }, deps)).toEqual({
      ok: false,
      message: '只能在申报系统页面上使用。',
    });
  });

  it('answers nothing to a tab of a site Shenbao is not allowed on, in zh-CN', async () => {
    const refused: SenderSite = { kind: 'refused' };
    for (const message of [
      { type: 'drafts/list' },
      { type: 'tab/fill', draftId: 'd' },
      { type: 'mappings/list' },
    ]) {
      const reply = await handleMessage(message, refused, deps);
      expect(reply).toEqual({ ok: false, message: expect.stringContaining('没有获准在这个网站上运行') });
    }
    expect(deps.sendToTab).not.toHaveBeenCalled();
  });

  it('tells the panel which host it would write to', async () => {
    const reply = await handleMessage({ type: 'drafts/list' }, site, deps);
    expect(reply).toMatchObject({ ok: true, result: { host: 'www.xinxixiaofei.com', drafts: [] } });
  });
});

describe('background: the side panel names its tab', () => {
  const sidePanel: SenderSite = { kind: 'extension' };

  it('relays to the tab it names, and learns that tab’s host from the browser', async () => {
    await handleMessage({ type: 'tab/fill', draftId: 'd1', tabId: 7 }, sidePanel, deps);
    expect(deps.sendToTab).toHaveBeenCalledWith(7, { type: 'content/fill', draftId: 'd1', overwrite: [] });
    await handleMessage({ type: 'tab/reveal', fieldId: 'f3', tabId: 7 }, sidePanel, deps);
    expect(deps.sendToTab).toHaveBeenLastCalledWith(7, { type: 'content/reveal', fieldId: 'f3' });
    expect(await handleMessage({ type: 'drafts/list', tabId: 7 }, sidePanel, deps)).toMatchObject({
      ok: true,
      result: { host: 'sfxm.xinxixiaofei.com' },
    });
    await handleMessage(
      { type: 'mappings/save', signature: 's', key: 'company.name', tabId: 7 },
      sidePanel,
      deps,
    );
    expect(await db.getAllFromIndex('siteMappings', 'byHost', 'sfxm.xinxixiaofei.com')).toHaveLength(1);
  });

  it('gets nothing for a tab of another site, or of the extension itself, in zh-CN', async () => {
    expect(await handleMessage({ type: 'tab/check', draftId: 'd1', tabId: 99 }, sidePanel, deps)).toEqual({
      ok: false,
      message: expect.stringContaining('没有获准在这个网站上运行'),
    });
    expect(await handleMessage({ type: 'tab/undo', tabId: 8 }, sidePanel, deps)).toEqual({
      ok: false,
      message: '只能在申报系统页面上使用。',
    });
    expect(deps.sendToTab).not.toHaveBeenCalled();
  });

  it('a panel framed into a page cannot reach another tab', async () => {
    const reply = await handleMessage({ type: 'tab/fill', draftId: 'd1', tabId: 7 }, site, deps);
    expect(reply).toEqual({ ok: false, message: '页面上的申报助手面板只能操作它所在的标签页。' });
    await handleMessage({ type: 'tab/undo', tabId: 4 }, site, deps);
    expect(deps.sendToTab).toHaveBeenCalledTimes(1);
    expect(deps.sendToTab).toHaveBeenCalledWith(4, { type: 'content/undo' });
  });

  it('a tab where the assistant does not run is explained, not thrown', async () => {
    deps.sendToTab = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await handleMessage({ type: 'tab/check', draftId: 'd1', tabId: 7 }, sidePanel, deps)).toEqual({
      ok: false,
      message: NO_ASSISTANT_IN_TAB,
    });
    vi.mocked(console.warn).mockRestore();
  });
});

describe('background: application/get', () => {
  it('carries the package of a local edition, and none for a built-in one (issue #14)', async () => {
    await saveLocalEdition(db, EDITION_2022);
    const company = await createCompany(db, '测试单位');
    const local = await createDraft(db, company.id, 'test-2022');
    const builtIn = await createDraft(db, company.id, '2020');
    // What the content script receives: structured-cloned, then parsed as it parses it.
    const get = async (draftId: string) =>
      replySchema(RESULT_SCHEMAS['application/get']).parse(
        structuredClone(await handleMessage({ type: 'application/get', draftId }, site, deps)),
      );
    const localReply = await get(local.id);
    expect(localReply).toMatchObject({ ok: true, result: { editionId: 'test-2022' } });
    if (!localReply.ok) throw new Error(localReply.message);
    expect(localReply.result.edition).toEqual(JSON.parse(JSON.stringify(EDITION_2022)));
    const builtInReply = await get(builtIn.id);
    expect(builtInReply).toMatchObject({ ok: true, result: { editionId: '2020' } });
    if (!builtInReply.ok) throw new Error(builtInReply.message);
    expect(builtInReply.result.edition).toBeUndefined();
  });
});

describe('background: capture/save (从页面采集)', () => {
  const captured = {
    type: 'capture/save',
    scope: 'company',
    // A host in the body is not a field of the message: it is never read.
    host: 'evil.example',
    fields: [{ label: '省级推荐批次编号', kind: 'text', value: 'CQ-2020-017', signature: 'text|a' }],
  };

  it('keeps the fields on the draft’s company and maps them for the sender tab’s host only', async () => {
    const company = await createCompany(db, '测试单位');
    const draft = await createDraft(db, company.id, '2020');
    const reply = await handleMessage({ ...captured, draftId: draft.id }, site, deps);
    expect(reply).toEqual({ ok: true, result: 1 });
    const [field] = await db.getAll('customFields');
    expect(field).toMatchObject({ companyId: company.id, label: '省级推荐批次编号', value: 'CQ-2020-017' });
    expect(field?.draftId).toBeUndefined();
    expect(await handleMessage({ type: 'mappings/list' }, site, deps)).toEqual({
      ok: true,
      result: [{ signature: 'text|a', key: `custom.${field?.id}` }],
    });
    expect(await db.getAllFromIndex('siteMappings', 'byHost', 'evil.example')).toEqual([]);
  });

  it('is refused outside a site’s tab and when the body is malformed, keeping nothing', async () => {
    const company = await createCompany(db, '测试单位');
    const draft = await createDraft(db, company.id, '2020');
    expect(await handleMessage({ ...captured, draftId: draft.id }, { kind: 'extension' }, deps)).toEqual({
      ok: false,
      message: '只能在申报系统页面上使用。',
    });
    for (const bad of [
      { ...captured, draftId: draft.id, fields: [] },
      { ...captured, draftId: draft.id, scope: 'everyone' },
      { ...captured, draftId: draft.id, fields: [{ ...captured.fields[0], label: '   ' }] },
      { ...captured, draftId: draft.id, fields: [{ ...captured.fields[0], kind: 'password' }] },
    ])
      expect(await handleMessage(bad, site, deps)).toEqual({ ok: false, message: '无法识别的请求。' });
    expect(await db.getAll('customFields')).toEqual([]);
  });

  it('relays tab/capture to the sender’s own tab as content/capture', async () => {
    await handleMessage({ type: 'tab/capture', draftId: 'd1' }, site, deps);
    expect(deps.sendToTab).toHaveBeenCalledWith(4, { type: 'content/capture', draftId: 'd1' });
    expect(await handleMessage({ type: 'content/capture', draftId: 'd1' }, site, deps)).toEqual({
      ok: false,
      message: '这个请求只发给页面。',
    });
  });
});
