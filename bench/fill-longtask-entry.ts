// Bundled by bench/fill.bench.ts with esbuild (global `__shenbaoLongTasks`) and injected into the
// stress page in plain Chromium: one fill session as the content script runs it (collectSteps
// and matchSteps, the reachability probe, the sample application), either in slices (the
// product's default Slicer) or in one piece (a Slicer that never yields: the baseline), with a
// PerformanceObserver for 'longtask' around it. The page clock times the whole fill.
import { type AttachmentRef, applicationValues, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { collectSteps } from '@/lib/fill/collect';
import { createReachProbe } from '@/lib/fill/collect/reach-probe';
import { matchSteps } from '@/lib/fill/match';
import { type FillEngine, startFill } from '@/lib/fill/session';
import { Slicer, yieldToPage } from '@/lib/fill/slice';

export interface LongTaskRun {
  sliced: boolean;
  /** Click-free start → report, on the page clock. */
  totalMs: number;
  /** Long tasks (over 50 ms, as the browser reports them) that started during the fill. */
  longTasks: number[];
  /** The longest of them; 0 when the browser reported none (every task under 50 ms). */
  longestMs: number;
  /** Times the slicer gave the thread back. */
  yields: number;
  /** The five longest slices, as the slicer saw them (from resuming to giving the thread back). */
  longestSlices: number[];
  filled: number;
  /**
   * The longest animation frame during the fill (Long Animation Frames API), with the scripts
   * in it: where a long task's time went (function, and forced style and layout).
   */
  worstFrame?: { duration: number; forcedLayoutMs: number; scripts: string[] };
  /** Over the long frames of the fill: the longest script part and the longest rendering part. */
  longestScriptMs?: number;
  longestRenderMs?: number;
}

interface LoafEntry extends PerformanceEntry {
  renderStart: number;
  styleAndLayoutStart: number;
  scripts?: LoafScript[];
}

interface LoafScript {
  sourceFunctionName?: string;
  invoker?: string;
  duration: number;
  forcedStyleAndLayoutDuration?: number;
}

const values = applicationValues(
  SAMPLE_APPLICANT.company,
  SAMPLE_APPLICANT.figuresByYear,
  SAMPLE_APPLICANT.draft.values,
  LATEST_EDITION,
);

const files = async (ref: AttachmentRef) =>
  new File([`%PDF-1.4\n% ${ref.name}\n`.padEnd(2048, ' ')], ref.name, { type: 'application/pdf' });

const engine: FillEngine = { collect: collectSteps, match: matchSteps };

/** Waits until the browser has delivered the long-task entries of what ran before. */
async function settle(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
  await yieldToPage();
}

export async function runFill(sliced: boolean): Promise<LongTaskRun> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  const frames: PerformanceEntry[] = [];
  const frameObserver = new PerformanceObserver((list) => frames.push(...list.getEntries()));
  const loaf = PerformanceObserver.supportedEntryTypes.includes('long-animation-frame');
  if (loaf) frameObserver.observe({ type: 'long-animation-frame', buffered: false });
  await settle();
  // The slicer's own view: how long each slice ran between giving the thread back.
  const slices: number[] = [];
  let resumed = performance.now();
  const slicer = new Slicer({
    ...(sliced ? {} : { budgetMs: Number.POSITIVE_INFINITY }),
    yieldTo: async () => {
      slices.push(performance.now() - resumed);
      await yieldToPage();
      resumed = performance.now();
    },
  });
  const start = performance.now();
  const session = await startFill(engine, {
    document,
    edition: LATEST_EDITION,
    values,
    learned: [],
    files,
    reach: (ignore) => createReachProbe(ignore),
    slicer,
  });
  const end = performance.now();
  await settle();
  entries.push(...observer.takeRecords());
  observer.disconnect();
  frames.push(...frameObserver.takeRecords());
  frameObserver.disconnect();
  const long = frames.filter(
    (frame) => frame.startTime >= start - 1 && frame.startTime <= end,
  ) as LoafEntry[];
  const worst = long.toSorted((a, b) => b.duration - a.duration)[0];
  // A frame is its tasks' scripts, then rendering (style, layout, paint) from renderStart.
  const renderOf = (frame: LoafEntry) =>
    frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0;
  const during = entries
    .filter((entry) => entry.startTime >= start - 1 && entry.startTime <= end)
    .map((entry) => entry.duration);
  return {
    sliced,
    totalMs: end - start,
    longTasks: during,
    longestMs: during.length > 0 ? Math.max(...during) : 0,
    yields: slicer.yields,
    longestSlices: slices.toSorted((a, b) => b - a).slice(0, 5),
    filled: session.report.filled.length,
    longestScriptMs: Math.max(0, ...long.map((frame) => frame.duration - renderOf(frame))),
    longestRenderMs: Math.max(0, ...long.map(renderOf)),
    ...(worst
      ? {
          worstFrame: {
            duration: worst.duration,
            forcedLayoutMs: (worst.scripts ?? []).reduce(
              (sum, script) => sum + (script.forcedStyleAndLayoutDuration ?? 0),
              0,
            ),
            scripts: (worst.scripts ?? []).map(
              (script) =>
                `${script.sourceFunctionName || script.invoker || '?'} ${Math.round(script.duration)} ms` +
                ` (forced style+layout ${Math.round(script.forcedStyleAndLayoutDuration ?? 0)} ms)`,
            ),
          },
        }
      : {}),
  };
}
