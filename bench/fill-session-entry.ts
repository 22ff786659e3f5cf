// Bundled by bench/fill.bench.ts with esbuild (unminified, global `__shenbaoSession`) and
// injected into a replica in plain Chromium: the content script's fill session (startFill with
// collectFields and matchFields, the sample application, files made in the page) with
// counters around it, to show where the time of one fill goes. The product code is unchanged:
// the engine is wrapped, and the page's setTimeout is wrapped while the fill runs to time the
// waits the session schedules itself (lib/fill/apply/events.ts nextFrame, also used by waitFor).
import { type AttachmentRef, applicationValues, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { collectFields } from '@/lib/fill/collect';
import { matchFields } from '@/lib/fill/match';
import { type FillEngine, startFill } from '@/lib/fill/session';

export interface WaitSite {
  /** Where the 16 ms wait was scheduled: the function that called nextFrame (or waitFor's caller). */
  site: string;
  count: number;
  ms: number;
}

export interface SessionBreakdown {
  totalMs: number;
  collectCalls: number;
  collectMs: number;
  matchCalls: number;
  matchMs: number;
  waits: WaitSite[];
  waitCount: number;
  waitMs: number;
  filled: number;
  skipped: number;
  notFound: number;
}

const values = applicationValues(
  SAMPLE_APPLICANT.company,
  SAMPLE_APPLICANT.figuresByYear,
  SAMPLE_APPLICANT.draft.values,
  LATEST_EDITION,
);

/** The sample's proof files, made in the page (the extension sends them from IndexedDB). */
const files = async (ref: AttachmentRef) =>
  new File([`%PDF-1.4\n% ${ref.name}\n`.padEnd(2048, ' ')], ref.name, { type: 'application/pdf' });

/** Function names of a V8 stack, innermost first, esbuild's de-duplicating digits removed. */
function callers(stack: string): string[] {
  return [...stack.matchAll(/^\s*at (?:async )?([\w$.<>]+) /gm)].map((match) =>
    (match[1] ?? '').replace(/\d+$/, ''),
  );
}

function siteOf(stack: string): string | undefined {
  const names = callers(stack);
  const at = names.indexOf('nextFrame');
  if (at < 0) return undefined;
  const caller = names[at + 1] ?? '?';
  return caller === 'waitFor' ? `waitFor ← ${names[at + 2] ?? '?'}` : caller;
}

export async function runFill(): Promise<SessionBreakdown> {
  const waits = new Map<string, WaitSite>();
  let collectCalls = 0;
  let collectMs = 0;
  let matchCalls = 0;
  let matchMs = 0;
  const engine: FillEngine = {
    collect: (doc) => {
      const start = performance.now();
      try {
        return collectFields(doc);
      } finally {
        collectCalls += 1;
        collectMs += performance.now() - start;
      }
    },
    match: (snapshot, fields, learned) => {
      const start = performance.now();
      try {
        return matchFields(snapshot, fields, learned);
      } finally {
        matchCalls += 1;
        matchMs += performance.now() - start;
      }
    },
  };
  const original = window.setTimeout;
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 30;
  window.setTimeout = ((handler: TimerHandler, delay?: number, ...rest: unknown[]) => {
    const site = typeof handler === 'function' ? siteOf(new Error().stack ?? '') : undefined;
    if (!site || typeof handler !== 'function') return original(handler, delay, ...rest);
    const scheduled = performance.now();
    return original(() => {
      const entry = waits.get(site) ?? { site, count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += performance.now() - scheduled;
      waits.set(site, entry);
      handler(...rest);
    }, delay);
  }) as typeof window.setTimeout;
  const start = performance.now();
  try {
    const session = await startFill(engine, {
      document,
      edition: LATEST_EDITION,
      values,
      learned: [],
      files,
    });
    const totalMs = performance.now() - start;
    const sites = [...waits.values()].toSorted((a, b) => b.ms - a.ms);
    return {
      totalMs,
      collectCalls,
      collectMs,
      matchCalls,
      matchMs,
      waits: sites,
      waitCount: sites.reduce((sum, site) => sum + site.count, 0),
      waitMs: sites.reduce((sum, site) => sum + site.ms, 0),
      filled: session.report.filled.length,
      skipped: session.report.skipped.length,
      notFound: session.report.notFound.length,
    };
  } finally {
    window.setTimeout = original;
    Error.stackTraceLimit = stackLimit;
  }
}
