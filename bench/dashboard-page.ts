// The in-page half of the dashboard benchmark: a probe installed before the dashboard's own
// scripts (timestamps on the page's performance.now clock, whose origin is navigation start)
// and the functions page.evaluate runs in the options page. Nothing here changes the app:
// the probe only observes the DOM and counts the IndexedDB requests the page makes.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { AttachmentRecord } from '../lib/store/records';

/** One IndexedDB request the page made: which store (and index), when, when it succeeded. */
export interface ReadLogEntry {
  store: string;
  method: string;
  start: number;
  end: number;
}

export interface ProbeState {
  /** The draft list area is in the DOM (the list, or 「还没有项目草稿」). */
  listAt: number;
  /** The first frame after that has been produced (rAF, then a task). */
  listPaintedAt: number;
  reads: ReadLogEntry[];
  /** Store names of every transaction the page opened. */
  transactions: string[][];
  longTasks: { start: number; duration: number }[];
}

/** The page's window with the probe (kept out of the global Window type of the project). */
type ProbeWindow = Window & { __benchProbe?: ProbeState };

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a `__name(...)`
 * helper that does not exist in the page; serialized functions need this stand-in.
 */
const NAME_SHIM = 'globalThis.__name ??= (target) => target;';

/** Installed in every new document of the context, before the page's scripts. */
function installProbe(): void {
  const state: ProbeState = { listAt: -1, listPaintedAt: -1, reads: [], transactions: [], longTasks: [] };
  (window as ProbeWindow).__benchProbe = state;

  const listReady = () =>
    document.querySelector('[data-testid="draft-list"]') !== null ||
    (document.querySelector('section[aria-labelledby="drafts-heading"]')?.textContent ?? '').includes(
      '还没有项目草稿',
    );
  const observer = new MutationObserver(() => {
    if (state.listAt >= 0 || !listReady()) return;
    state.listAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.listPaintedAt = performance.now();
      }, 0),
    );
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the table just has no long-task column.
  }

  const readMethods = ['get', 'getAll', 'getAllKeys', 'getKey', 'count', 'openCursor', 'openKeyCursor'];
  const wrap = (proto: object, storeOf: (target: IDBObjectStore | IDBIndex) => string) => {
    const methods = proto as Record<string, unknown>;
    for (const method of readMethods) {
      const original = methods[method];
      if (typeof original !== 'function') continue;
      methods[method] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = (original as (...rest: unknown[]) => IDBRequest).apply(this, args);
        const entry: ReadLogEntry = { store: storeOf(this), method, start: performance.now(), end: -1 };
        state.reads.push(entry);
        request.addEventListener('success', () => {
          if (entry.end < 0) entry.end = performance.now();
        });
        return request;
      };
    }
  };
  wrap(IDBObjectStore.prototype, (target) => target.name);
  wrap(IDBIndex.prototype, (target) => `${(target as IDBIndex).objectStore.name}.${target.name}`);
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    state.transactions.push(typeof args[0] === 'string' ? [args[0]] : [...args[0]]);
    return transaction.apply(this, args);
  };
}

export async function addProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: NAME_SHIM });
  await context.addInitScript(installProbe);
}

export interface OpenTiming {
  /** Navigation start → list area in the DOM. */
  inDomMs: number;
  /** Navigation start → first frame after it. */
  paintedMs: number;
  probe: ProbeState;
}

/** Reloads the dashboard and reads the probe once the draft list area has been painted. */
export async function reloadDashboard(page: Page): Promise<OpenTiming> {
  await page.reload();
  await page.waitForFunction(
    () => ((window as ProbeWindow).__benchProbe?.listPaintedAt ?? -1) >= 0,
    undefined,
    {
      timeout: 60_000,
    },
  );
  const probe = await page.evaluate(() => (window as ProbeWindow).__benchProbe as ProbeState);
  return { inDomMs: probe.listAt, paintedMs: probe.listPaintedAt, probe };
}

export interface ClickTiming {
  inDomMs: number;
  paintedMs: number;
}

/**
 * Clicks 编辑 on the draft named `projectName` and times, in the page, click → the editor in
 * the DOM and → the first frame after it. Rejects when the editor reports a load error.
 */
export function openDraftInPage(page: Page, projectName: string): Promise<ClickTiming> {
  return page.evaluate(
    (name) =>
      new Promise<ClickTiming>((resolve, reject) => {
        const label = `编辑「${name}」`;
        const button = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="draft-open"]')].find(
          (candidate) => candidate.getAttribute('aria-label') === label,
        );
        if (!button) {
          reject(new Error(`No 编辑 button for 「${name}」`));
          return;
        }
        const timeout = setTimeout(() => reject(new Error(`The editor of 「${name}」 did not open`)), 30_000);
        let start = 0;
        const observer = new MutationObserver(() => {
          const failure = [...document.querySelectorAll('[role="alert"]')].find((alert) =>
            (alert.textContent ?? '').includes('无法打开这份草稿'),
          );
          if (failure) {
            observer.disconnect();
            clearTimeout(timeout);
            reject(new Error(failure.textContent ?? 'load error'));
            return;
          }
          if (!document.querySelector('[data-testid="application-editor"]')) return;
          observer.disconnect();
          const inDom = performance.now() - start;
          requestAnimationFrame(() =>
            setTimeout(() => {
              clearTimeout(timeout);
              resolve({ inDomMs: inDom, paintedMs: performance.now() - start });
            }, 0),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true });
        start = performance.now();
        button.click();
      }),
    projectName,
  );
}

/** Writes records with the raw IndexedDB API, one readwrite transaction per call. */
export function putRecords(page: Page, store: string, records: readonly unknown[]): Promise<void> {
  return page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shenbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(store, 'readwrite');
          for (const record of records) tx.objectStore(store).put(record);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    { store, records },
  );
}

/**
 * Writes files' metadata and their bytes (`attachmentBlobs`) together, one transaction per
 * file batch, as addAttachment does. The bytes are made in the page: a 64 KB chunk seeded by
 * the file's number, repeated to the file's size. Only the metadata crosses the channel.
 */
export function putAttachments(page: Page, files: readonly AttachmentRecord[]): Promise<void> {
  return page.evaluate(
    (files) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('shenbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['attachments', 'attachmentBlobs'], 'readwrite');
          const chunk = new Uint8Array(64 * 1024);
          for (const file of files) {
            const seed = Number(file.id.replace(/\D/g, '')) || 1;
            for (let index = 0; index < chunk.length; index += 1)
              chunk[index] = (index * 31 + seed * 7) & 255;
            const parts: Uint8Array[] = [];
            for (let written = 0; written < file.size; written += chunk.length)
              parts.push(chunk.subarray(0, Math.min(chunk.length, file.size - written)));
            // The Blob copies the parts, so the one chunk is reused for the next file.
            const blob = new Blob(parts as BlobPart[], { type: file.type });
            tx.objectStore('attachments').put(file);
            tx.objectStore('attachmentBlobs').put({ id: file.id, blob });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => {
            db.close();
            reject(tx.error);
          };
        };
      }),
    files,
  );
}

/** What the page holds in IndexedDB, counted with the raw API (bytes summed from Blob sizes). */
export function countStores(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('shenbao');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const request = tx.objectStore(name).count();
            request.onsuccess = () => {
              counts[name] = request.result;
            };
          }
          // Sum of the stored sizes from the metadata, not the blobs (reading them is the point not to).
          const sizes = tx.objectStore('attachments').getAll();
          sizes.onsuccess = () => {
            counts.attachmentBytes = (sizes.result as { size: number }[]).reduce(
              (sum, file) => sum + file.size,
              0,
            );
          };
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

export interface HeapFigures {
  usedBytes: number;
  /** After a full garbage collection: what the open dashboard actually keeps. */
  retainedBytes: number;
}

export async function jsHeap(cdp: CDPSession): Promise<HeapFigures> {
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
  };
  const usedBytes = await read();
  await cdp.send('HeapProfiler.collectGarbage');
  return { usedBytes, retainedBytes: await read() };
}
