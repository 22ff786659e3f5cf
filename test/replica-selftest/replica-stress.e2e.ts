import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, openReplica, test } from '../support/fixtures';

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
  test('has the default 2000 controls, two shadow levels deep, and a 100 KB label', async ({
    replicaContext,
  }) => {
    if (!existsSync(join(REPLICA_DIR, 'dist', 'index.html'))) {
      throw new Error('test/replica/stress is not built: run `npx tsx scripts/build-replicas.ts stress`');
    }
    // Default Playwright timeouts: the page must load and render within them.
    const page = await openReplica(replicaContext, 'stress');
    await page.waitForSelector('html[data-stress-controls]');
    const result = await census(page);
    expect(result.controls).toBeGreaterThanOrEqual(2000);
    expect(result.controls).toBeLessThanOrEqual(2000 * 1.02);
    expect(result.byDepth[1]).toBeGreaterThan(0);
    expect(result.byDepth[2]).toBeGreaterThan(0);
    expect(result.longestLabel).toBeGreaterThanOrEqual(100_000);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'replica-stress.png') });
  });

  test.for([500, 1000, 4000])('grows with ?controls=%i', async (requested, { replicaContext }) => {
    const page = await replicaContext.newPage();
    await page.goto(`http://www.xinxixiaofei.com/sfxm/stress/?controls=${requested}`);
    await page.waitForSelector('html[data-stress-controls]');
    const result = await census(page);
    expect(result.controls).toBeGreaterThanOrEqual(requested);
    expect(result.controls).toBeLessThanOrEqual(requested * 1.02);
    expect(result.byDepth[2]).toBeGreaterThan(0);
  });
});
