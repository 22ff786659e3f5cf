// Bundled by bench/fill.bench.ts with esbuild into one IIFE (global `__shenbaoScan`) and injected
// into the stress page: the collector and the matcher as the content script runs them, the
// latest edition's catalog, and the loops that time them inside the page (no CDP round trip
// inside a measurement).
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { collectFields } from '@/lib/fill/collect';
import { matchFields } from '@/lib/fill/match';

const FIELDS = fieldsFor(LATEST_EDITION);

export interface ScanTiming {
  collectMs: number;
  matchMs: number;
  /** The fastest collect + match of the samples (less exposed to other work on the machine). */
  bestMs: number;
  fields: number;
  matched: number;
  /** Median ms of querySelectorAll('input,select,textarea') + reading each `.value`. */
  baselineMs: number;
  /** Controls that baseline reaches (document level: not the ones inside shadow roots). */
  baselineControls: number;
  /** The same read, descending into open shadow roots (what a scan of this page must do). */
  piercingMs: number;
  piercingControls: number;
}

const median = (values: number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
let sink = 0;

function readDocumentLevel(): number {
  const controls = document.querySelectorAll<Control>('input,select,textarea');
  for (const control of controls) sink += control.value.length;
  return controls.length;
}

function readPiercing(root: Document | ShadowRoot = document): number {
  let count = 0;
  for (const control of root.querySelectorAll<Control>('input,select,textarea')) {
    sink += control.value.length;
    count += 1;
  }
  for (const host of root.querySelectorAll('*')) if (host.shadowRoot) count += readPiercing(host.shadowRoot);
  return count;
}

/**
 * A read too fast for the page clock (100 µs steps without cross-origin isolation) is repeated
 * until a sample lasts at least 5 ms, and the sample divided by the repeats.
 */
function timeTiny(read: () => number, samples: number): { ms: number; controls: number } {
  let controls = read();
  let repeats = 1;
  for (;;) {
    const start = performance.now();
    for (let index = 0; index < repeats; index += 1) controls = read();
    if (performance.now() - start >= 5 || repeats >= 4096) break;
    repeats *= 2;
  }
  const times: number[] = [];
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    for (let index = 0; index < repeats; index += 1) read();
    times.push((performance.now() - start) / repeats);
  }
  return { ms: median(times), controls };
}

/**
 * Warm-up (JIT tiers, first style and layout): at least 2 runs and 400 ms, so a small page gets
 * as warm as a large one; then `samples` timed runs of collect and of match.
 */
export function timeScan(samples: number): ScanTiming {
  const warmStart = performance.now();
  for (let run = 0; run < 2 || (run < 20 && performance.now() - warmStart < 400); run += 1)
    matchFields(collectFields(document).snapshot, FIELDS, []);
  const collectTimes: number[] = [];
  const matchTimes: number[] = [];
  let bestMs = Number.POSITIVE_INFINITY;
  let fields = 0;
  let matched = 0;
  for (let sample = 0; sample < samples; sample += 1) {
    const start = performance.now();
    const { snapshot } = collectFields(document);
    const collected = performance.now();
    const result = matchFields(snapshot, FIELDS, []);
    const done = performance.now();
    collectTimes.push(collected - start);
    matchTimes.push(done - collected);
    bestMs = Math.min(bestMs, done - start);
    fields = snapshot.fields.length;
    matched = result.matches.length;
  }
  const baseline = timeTiny(readDocumentLevel, samples);
  const piercing = timeTiny(() => readPiercing(), samples);
  if (sink < 0) console.log(sink);
  return {
    collectMs: median(collectTimes),
    matchMs: median(matchTimes),
    bestMs,
    fields,
    matched,
    baselineMs: baseline.ms,
    baselineControls: baseline.controls,
    piercingMs: piercing.ms,
    piercingControls: piercing.controls,
  };
}
