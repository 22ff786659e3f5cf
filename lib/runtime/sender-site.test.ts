import { describe, expect, it } from 'vitest';
import { senderSite } from './sender-site';

const EXTENSION = 'chrome-extension://abc/';
const grantedOnly =
  (...hosts: string[]) =>
  async (origin: string) =>
    hosts.some((host) => origin === `*://${host}/*`);

describe('senderSite: the host comes from the sender tab, never from the message', () => {
  it('a content script or framed panel on the built-in host is that site, with its tab', async () => {
    const sender = { tab: { id: 7, url: 'http://www.xinxixiaofei.com/sfxm/apply' } };
    expect(await senderSite(sender, EXTENSION, grantedOnly())).toEqual({
      kind: 'site',
      tabId: 7,
      host: 'www.xinxixiaofei.com',
    });
  });

  it('a host the user granted is a site; its port stays in the host (mappings are keyed so)', async () => {
    const sender = { tab: { id: 3, url: 'https://sbxt.example.gov.cn:8443/a' } };
    expect(await senderSite(sender, EXTENSION, grantedOnly('sbxt.example.gov.cn'))).toEqual({
      kind: 'site',
      tabId: 3,
      host: 'sbxt.example.gov.cn:8443',
    });
  });

  it('a tab of a host nobody granted is refused (a page that framed panel.html itself)', async () => {
    const sender = { tab: { id: 3, url: 'https://evil.example/' } };
    expect(await senderSite(sender, EXTENSION, grantedOnly('sbxt.example.gov.cn'))).toEqual({
      kind: 'refused',
    });
    // The browser withholds the URL of a tab without host access.
    expect(await senderSite({ tab: { id: 3 } }, EXTENSION, grantedOnly())).toEqual({ kind: 'refused' });
    // A look-alike of the built-in host is not it.
    const lookalike = { tab: { id: 3, url: 'http://xinxixiaofei.com.evil.example/' } };
    expect(await senderSite(lookalike, EXTENSION, grantedOnly())).toEqual({ kind: 'refused' });
  });

  it('extension pages (popup without a tab, dashboard in a tab) are the extension', async () => {
    expect(await senderSite({}, EXTENSION, grantedOnly())).toEqual({ kind: 'extension' });
    const dashboard = { tab: { id: 1, url: `${EXTENSION}options.html` } };
    expect(await senderSite(dashboard, EXTENSION, grantedOnly())).toEqual({ kind: 'extension' });
  });
});
