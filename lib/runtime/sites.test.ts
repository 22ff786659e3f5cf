import { describe, expect, it } from 'vitest';
import { addSite, listSites, normalizeHost, removeSite, type SiteApi } from './sites';

function fakeApi(grant = true) {
  const origins = new Set(['*://*.xinxixiaofei.com/*']);
  const scripts = new Map<string, string[]>();
  const api: SiteApi = {
    request: async (list) => {
      if (grant) for (const origin of list) origins.add(origin);
      return grant;
    },
    remove: async (list) => {
      for (const origin of list) origins.delete(origin);
      return true;
    },
    granted: async () => [...origins],
    register: async (script) => {
      if (scripts.has(script.id)) throw new Error('duplicate id');
      scripts.set(script.id, script.matches);
    },
    unregister: async (id) => {
      scripts.delete(id);
    },
  };
  return { api, origins, scripts };
}

describe('other 申报系统 hosts', () => {
  it('normalises a pasted address to its host, and explains bad input in zh-CN', () => {
    expect(normalizeHost(' https://SBXT.cq.gov.cn/apply/index ')).toEqual({
      ok: true,
      host: 'sbxt.cq.gov.cn',
    });
    expect(normalizeHost('')).toMatchObject({ ok: false, message: expect.stringContaining('请填写') });
    expect(normalizeHost('不是网址')).toMatchObject({ ok: false });
    expect(normalizeHost('www.xinxixiaofei.com')).toMatchObject({
      ok: false,
      message: expect.stringContaining('内置'),
    });
  });

  it('asks for the host, runs the content script there, and lists it', async () => {
    const { api, scripts } = fakeApi();
    expect(await addSite(api, 'sbxt.cq.gov.cn')).toEqual({ ok: true, host: 'sbxt.cq.gov.cn' });
    expect(scripts.get('site:sbxt.cq.gov.cn')).toEqual(['*://sbxt.cq.gov.cn/*']);
    expect(await listSites(api)).toEqual(['sbxt.cq.gov.cn']);
    // Adding it again replaces the registration instead of failing.
    expect(await addSite(api, 'sbxt.cq.gov.cn')).toMatchObject({ ok: true });
    await removeSite(api, 'sbxt.cq.gov.cn');
    expect(await listSites(api)).toEqual([]);
    expect(scripts.size).toBe(0);
  });

  it('a refused permission registers nothing and says so', async () => {
    const { api, scripts } = fakeApi(false);
    expect(await addSite(api, 'sbxt.cq.gov.cn')).toMatchObject({
      ok: false,
      message: expect.stringContaining('授权'),
    });
    expect(scripts.size).toBe(0);
  });
});
