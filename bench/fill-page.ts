// The browser side of bench/fill.bench.ts: esbuild bundles of the fill code injected into a page,
// the scripted reference filler timed on a fresh replica page, and the built extension's
// 一键填充 timed from the click in its panel to the report.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { Browser, Frame, Page } from 'playwright-core';
import { Assistant } from '../test/support/assistant';
import type { ExtensionBrowser } from '../test/support/extension-browser';
import type { LongTaskRun } from './fill-longtask-entry';
import type { ScanTiming } from './fill-scan-entry';
import type { SessionBreakdown } from './fill-session-entry';

export const ROOT = resolve(import.meta.dirname, '..');
export const ORIGIN = 'http://www.xinxixiaofei.com';
export const REPLICAS = ['element-ui', 'antd', 'layui', 'table'] as const;
export type ReplicaName = (typeof REPLICAS)[number];

declare global {
  interface Window {
    __shenbaoScan?: typeof import('./fill-scan-entry');
    __shenbaoSession?: typeof import('./fill-session-entry');
    __shenbaoLongTasks?: typeof import('./fill-longtask-entry');
    __benchNextClicks?: number[];
  }
}

export interface Bundle {
  code: string;
  bytes: number;
  gzipBytes: number;
}

/** One IIFE of an entry under bench/, with a sourceURL so stacks and profiles name it. */
export async function bundle(entry: string, globalName: string, minify = false): Promise<Bundle> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench', entry)],
    bundle: true,
    format: 'iife',
    globalName,
    platform: 'browser',
    target: 'chrome120',
    minify,
    write: false,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  const code = `${text}\n//# sourceURL=${entry.replace(/\.ts$/, '.js')}`;
  return { code, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length };
}

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function sizeOf(path: string, label = path): FileSize {
  const content = readFileSync(path);
  return { file: label, bytes: content.length, gzipBytes: gzipSync(content).length };
}

/** The JS an extension page loads: its module script, modulepreloads, and their static imports. */
export function pageScripts(htmlPath: string): string[] {
  const base = dirname(htmlPath);
  const html = readFileSync(htmlPath, 'utf8');
  const queue = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ]
    .map((match) => join(base, match[1] as string))
    .filter(Boolean);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g))
      queue.push(join(dirname(file), match[1] as string));
  }
  return [...seen];
}

/** What each replica shows when it is ready to be filled (same wait for every filler). */
async function waitReady(page: Page, name: ReplicaName): Promise<void> {
  const ready: Record<ReplicaName, string> = {
    'element-ui': '.el-tabs__item',
    antd: '#apply_entName',
    layui: 'html[data-replica-state="ready"]',
    table: 'iframe[title="附件上传"]',
  };
  await page.locator(ready[name]).first().waitFor({ state: 'attached' });
  if (name === 'table')
    await page.frameLocator('iframe[title="附件上传"]').locator('input[type=file]').first().waitFor({
      state: 'attached',
    });
}

export async function openReplica(browser: Browser, path: string, name?: ReplicaName): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await page.goto(`${ORIGIN}/sfxm/${path}`);
  if (name) await waitReady(page, name);
  return page;
}

/** Scan-and-match on the stress page with N controls, timed inside the page. */
export async function scanStress(
  browser: Browser,
  scan: Bundle,
  controls: number,
  samples: number,
): Promise<ScanTiming> {
  const page = await openReplica(browser, `stress/?controls=${controls}`);
  try {
    await page.locator('html[data-stress-controls]').waitFor({ state: 'attached' });
    await page.addScriptTag({ content: scan.code });
    return await page.evaluate((count) => {
      const api = window.__shenbaoScan;
      if (!api) throw new Error('scan bundle not injected');
      return api.timeScan(count);
    }, samples);
  } finally {
    await page.close();
  }
}

type ReferenceFill = (page: Page) => Promise<void>;

export async function loadReferenceFill(name: ReplicaName): Promise<ReferenceFill> {
  const module = (await import(`../test/replica/${name}/reference-fill.ts`)) as {
    referenceFill: ReferenceFill;
  };
  return module.referenceFill;
}

export interface FillTiming {
  /** Start → the filler is done (reference: referenceFill returned; Shenbao: report shown). */
  ms: number;
  /** antd: start → step 1 filled (reference: its first 下一步 click, on the page clock). */
  step1Ms?: number;
  /**
   * antd steps 2–5. Reference: from one 下一步 click to the next (page clock). Shenbao: from the
   * 下一步 click to the panel's count going up (the content script filled the new step).
   */
  stepsMs?: number[];
  summary?: string;
}

/** The reference filler on a fresh page of the replica: the floor. */
export async function timeReference(
  browser: Browser,
  name: ReplicaName,
  referenceFill: ReferenceFill,
): Promise<FillTiming> {
  const page = await openReplica(browser, `${name}/`, name);
  try {
    const pageStart = await page.evaluate(() => {
      window.__benchNextClicks = [];
      document.addEventListener(
        'click',
        (event) => {
          const button = (event.target as Element | null)?.closest?.('button');
          if (button && /下\s*一\s*步/.test(button.textContent ?? ''))
            window.__benchNextClicks?.push(performance.now());
        },
        true,
      );
      return performance.now();
    });
    const start = performance.now();
    await referenceFill(page);
    const ms = performance.now() - start;
    const clicks = await page.evaluate(() => window.__benchNextClicks ?? []);
    const firstNext = clicks[0];
    if (firstNext === undefined) return { ms };
    const stepsMs = clicks.slice(1, 5).map((click, index) => click - (clicks[index] as number));
    return { ms, step1Ms: firstNext - pageStart, stepsMs };
  } finally {
    await page.close();
  }
}

/** The number in the panel's 「已填充 N 项」. */
async function filledCount(panel: Frame): Promise<number> {
  const text = (await panel.locator('.report__summary').textContent()) ?? '';
  return Number(/已填充 (\d+) 项/.exec(text)?.[1] ?? Number.NaN);
}

/**
 * 一键填充 in the built extension on a fresh page: click in the panel → report shown. For antd
 * (steps mount as the user advances) the clock runs on through the user's 下一步 clicks, each
 * followed by the content script's fill of the new step (its panel count goes up), to 申报信息确认,
 * the same end point as the reference filler's.
 */
export async function timeShenbao(ext: ExtensionBrowser, name: ReplicaName): Promise<FillTiming> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`${ORIGIN}/sfxm/${name}/`);
    await waitReady(page, name);
    const assistant = new Assistant(page);
    await assistant.open();
    const summary = assistant.panel.getByTestId('shenbao-report').locator('.report__summary');
    const start = performance.now();
    await assistant.panel.getByTestId('shenbao-fill').click();
    await summary.waitFor({ timeout: 90_000 });
    const step1Ms = performance.now() - start;
    if (name !== 'antd') return { ms: step1Ms, summary: (await summary.textContent()) ?? '' };

    const panel = page.frame({ url: /\/panel\.html/ });
    if (!panel) throw new Error('panel frame not found');
    const next = page.getByRole('button', { name: /下\s*一\s*步/ });
    const stepsMs: number[] = [];
    for (let step = 2; step <= 5; step += 1) {
      const before = await filledCount(panel);
      const clicked = performance.now();
      await next.click();
      await panel.waitForFunction(
        (count) => {
          const text = document.querySelector('.report__summary')?.textContent ?? '';
          return Number(/已填充 (\d+) 项/.exec(text)?.[1] ?? 0) > count;
        },
        before,
        { timeout: 15_000, polling: 'raf' },
      );
      stepsMs.push(performance.now() - clicked);
    }
    await next.click();
    await page.getByText('申报信息确认').waitFor();
    return { ms: performance.now() - start, step1Ms, stepsMs, summary: (await summary.textContent()) ?? '' };
  } finally {
    await page.close();
  }
}

/** The fill session bundled with counters, run once on a fresh page of the replica (plain Chromium). */
export async function breakdown(
  browser: Browser,
  name: ReplicaName,
  session: Bundle,
): Promise<SessionBreakdown> {
  const page = await openReplica(browser, `${name}/`, name);
  try {
    await page.addScriptTag({ content: session.code });
    return await page.evaluate(() => {
      const api = window.__shenbaoSession;
      if (!api) throw new Error('session bundle not injected');
      return api.runFill();
    });
  } finally {
    await page.close();
  }
}

/**
 * One fill of the sample application on a fresh stress page of N controls, sliced or in one
 * piece, with the long tasks the browser reported during it.
 */
export async function longTasksOfFill(
  browser: Browser,
  code: Bundle,
  controls: number,
  sliced: boolean,
): Promise<LongTaskRun> {
  const page = await openReplica(browser, `stress/?controls=${controls}`);
  try {
    await page.locator('html[data-stress-controls]').waitFor({ state: 'attached' });
    await page.addScriptTag({ content: code.code });
    return await page.evaluate((inSlices) => {
      const api = window.__shenbaoLongTasks;
      if (!api) throw new Error('long-task bundle not injected');
      return api.runFill(inSlices);
    }, sliced);
  } finally {
    await page.close();
  }
}
