import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReplicaServer, startReplicaServer } from '../replica/server';
import { launchReplicaBrowser } from '../support/replica-browser';

// The stress page the benchmarks measure: ?controls= form controls (default 2000), copies in
// nested open shadow roots, one 100 KB label. Needs `npx tsx scripts/build-replicas.ts stress`.
const REPLICA_DIR = resolve(import.meta.dirname, '../replica/stress');
const SCREENSHOTS = resolve(import.meta.dirname, '../../artifacts/screenshots');

interface Census {
  controls: number;
  /** Controls per shadow depth: [light DOM, one root deep, two roots deep, ...]. */
  byDepth: number[];
  longestLabel: number;
}

/** Walks the document and every open shadow root inside it. */
function census(page: Page): Promise<Census> {
  return page.evaluate(() => {
    const byDepth: number[] = [];
    let longestLabel = 0;
    const walk = (root: Document | ShadowRoot, depth: number) => {
      byDepth[depth] = (byDepth[depth] ?? 0) + root.querySelectorAll('input, select, textarea').length;
      for (const label of root.querySelectorAll('label')) {
        longestLabel = Math.max(longestLabel, label.textContent?.length ?? 0);
      }
      for (const host of root.querySelectorAll('*')) if (host.shadowRoot) walk(host.shadowRoot, depth + 1);
    };
    walk(document, 0);
    const controls = byDepth.reduce((sum, count) => sum + (count ?? 0), 0);
    return { controls, byDepth: [...byDepth].map((count) => count ?? 0), longestLabel };
  });
}

describe('stress replica (2,000+ controls, shadow roots, a 100 KB label)', () => {
  let server: ReplicaServer;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(join(REPLICA_DIR, 'dist', 'index.html'))) {
      throw new Error('test/replica/stress is not built: run `npx tsx scripts/build-replicas.ts stress`');
    }
    server = await startReplicaServer();
    browser = await launchReplicaBrowser(server.port);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('has the default 2000 controls, two shadow levels deep, and a 100 KB label', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    // Default Playwright timeouts: the page must load and render within them.
    await page.goto(`${server.origin}/sfxm/stress/`);
    await page.waitForSelector('html[data-stress-controls]');
    const result = await census(page);
    expect(result.controls).toBeGreaterThanOrEqual(2000);
    expect(result.controls).toBeLessThanOrEqual(2000 * 1.02);
    expect(result.byDepth[1]).toBeGreaterThan(0);
    expect(result.byDepth[2]).toBeGreaterThan(0);
    expect(result.longestLabel).toBeGreaterThanOrEqual(100_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-stress.png') });
    await page.close();
  });

  it.each([500, 1000, 4000])('grows with ?controls=%i', async (requested) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/sfxm/stress/?controls=${requested}`);
    await page.waitForSelector('html[data-stress-controls]');
    const result = await census(page);
    expect(result.controls).toBeGreaterThanOrEqual(requested);
    expect(result.controls).toBeLessThanOrEqual(requested * 1.02);
    expect(result.byDepth[2]).toBeGreaterThan(0);
    await page.close();
  });
});
