// One-click fill speed, in Chromium, against baselines measured in the same run. Figures, not
// assertions (docs/architecture.md, Benchmarks): machines differ, so every time is printed
// beside its floor.
//   1. the size of the script injected into the page, raw and gzipped;
//   2. scan-and-match (collect + match) on the stress page at 500–4,000 controls, against a
//      plain querySelectorAll + .value read of the same page;
//   3. 一键填充 in the built extension on each replica, against the replica's scripted
//      reference filler (same final values, same events, known selectors) on a fresh page;
//   4. where the fill session's time goes (the same lib code bundled with counters);
//   5. the longest task during a fill of the stress page at 5,000 controls (PerformanceObserver
//      'longtask'), in slices as the product runs it and in one piece (the baseline), same run.
// Run `npx wxt build && npx tsx scripts/build-replicas.ts` first, then `npm run bench:fill`
// (BENCH_RUNS=n fill runs per replica, default 3; BENCH_SAMPLES=n scans per size, default 5;
// BENCH_SECTIONS=5 or 1,2,5 runs only those sections; section 5 needs only the stress replica).
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { startReplicaServer } from '../test/replica/server';
import { DashboardPage } from '../test/support/dashboard-page';
import { launchReplicaBrowser } from '../test/support/replica-browser';
import { copyBuild, launchExtension } from './fill-extension';
import type { LongTaskRun } from './fill-longtask-entry';
import {
  breakdown,
  bundle,
  type FileSize,
  type FillTiming,
  loadReferenceFill,
  longTasksOfFill,
  pageScripts,
  REPLICAS,
  type ReplicaName,
  ROOT,
  scanStress,
  sizeOf,
  timeReference,
  timeShenbao,
} from './fill-page';
import type { ScanTiming } from './fill-scan-entry';
import type { SessionBreakdown } from './fill-session-entry';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const SAMPLES = Math.max(1, Number(process.env.BENCH_SAMPLES ?? 5));
const STRESS_SIZES = [500, 1000, 2000, 4000];
const LONG_TASK_CONTROLS = 5000;
const SECTIONS = new Set(
  (process.env.BENCH_SECTIONS ?? '1,2,3,4,5')
    .split(',')
    .map((item) => Number(item.trim()))
    .filter((item) => item >= 1 && item <= 5),
);

const median = (values: readonly number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number, digits = 0) => value.toFixed(digits);
const kB = (bytes: number) => (bytes / 1024).toFixed(1);
const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;
const range = (values: readonly number[]) => `${ms(Math.min(...values))}–${ms(Math.max(...values))}`;
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

function checkReplicas(): void {
  const needed = SECTIONS.has(3) || SECTIONS.has(4) ? [...REPLICAS, 'stress'] : ['stress'];
  for (const name of needed) {
    if (!existsSync(join(ROOT, 'test/replica', name, 'dist', 'index.html')))
      throw new Error(`test/replica/${name} is not built: run \`npx tsx scripts/build-replicas.ts\`.`);
  }
}

/** React's element symbols and DOM property prefixes: present in any bundle that carries React. */
const REACT_MARKERS = ['react.transitional.element', 'react.element', '__reactFiber', '__reactContainer'];
const hasReact = (code: string) => REACT_MARKERS.some((marker) => code.includes(marker));

async function printSizes(extensionDir: string): Promise<void> {
  const content = join(extensionDir, 'content-scripts/content.js');
  const panelFiles = pageScripts(join(extensionDir, 'panel.html'));
  const panelRows = panelFiles.map((file) => sizeOf(file, `panel iframe: chunks/${basename(file)}`));
  const panelTotal: FileSize = {
    file: 'panel iframe JS, all of it',
    bytes: panelRows.reduce((sum, row) => sum + row.bytes, 0),
    gzipBytes: panelRows.reduce((sum, row) => sum + row.gzipBytes, 0),
  };
  const scanMin = await bundle('fill-scan-entry.ts', '__shenbaoScan', true);
  const rows: FileSize[] = [
    sizeOf(content, 'content-scripts/content.js (injected into the page)'),
    ...panelRows,
    panelTotal,
    {
      file: 'for scale: collect + match + catalog alone (esbuild, minified)',
      bytes: scanMin.bytes,
      gzipBytes: scanMin.gzipBytes,
    },
  ];
  console.log(
    "\n1. What the 申报系统 page gets (content.js) and, for comparison, the panel iframe's JS (gzip: node:zlib, default level)",
  );
  console.table(
    rows.map((row) => ({ file: row.file, 'raw (kB)': kB(row.bytes), 'gzip (kB)': kB(row.gzipBytes) })),
  );
  const contentReact = hasReact(readFileSync(content, 'utf8'));
  const panelReact = panelFiles.some((file) => hasReact(readFileSync(file, 'utf8')));
  console.log(
    `React in content.js: ${contentReact ? 'YES' : 'no'} (markers ${REACT_MARKERS.join(', ')}); ` +
      `in the panel iframe's JS: ${panelReact ? 'yes' : 'no'}. The page gets content.js only; the panel ` +
      'is an extension page in an iframe (its own origin and JS heap), loaded when the launcher is opened.',
  );
}

function printScan(results: readonly { controls: number; timing: ScanTiming }[]): void {
  console.log(
    `\n2. Scan-and-match on the stress page (every 3rd copy in a shadow root, every 3rd two deep); ` +
      `medians of ${SAMPLES} after a warm-up (≥ 2 runs and ≥ 400 ms), timed inside the page. Baseline: ` +
      "querySelectorAll('input,select,textarea') + each .value (document level, so it misses the " +
      'controls in shadow roots); piercing: the same through every open shadow root.',
  );
  console.table(
    results.map(({ controls, timing }, index) => {
      const both = timing.collectMs + timing.matchMs;
      const previous = results[index - 1]?.timing;
      return {
        controls,
        fields: timing.fields,
        'collect (ms)': ms(timing.collectMs, 1),
        'match (ms)': ms(timing.matchMs, 1),
        'collect µs/control': ms((timing.collectMs / controls) * 1000, 1),
        'match µs/control': ms((timing.matchMs / controls) * 1000, 1),
        'fastest both µs/control': ms((timing.bestMs / controls) * 1000, 1),
        '× previous size': previous ? `${(both / (previous.collectMs + previous.matchMs)).toFixed(1)}×` : '',
        'baseline (ms)': `${ms(timing.baselineMs, 2)} (${timing.baselineControls} reached)`,
        'scan+match vs baseline': `${ms(both / timing.baselineMs)}×`,
        'piercing (ms)': ms(timing.piercingMs, 2),
        'vs piercing': `${ms(both / timing.piercingMs)}×`,
      };
    }),
  );
  const first = results[0];
  const last = results.at(-1);
  if (first && last) {
    const grow = (pick: (timing: ScanTiming) => number) =>
      `${(pick(last.timing) / pick(first.timing)).toFixed(1)}×`;
    console.log(
      `${first.controls} → ${last.controls} controls (${last.controls / first.controls}× as many): collect ` +
        `${grow((t) => t.collectMs)}, match ${grow((t) => t.matchMs)}, fastest collect+match ` +
        `${grow((t) => t.bestMs)}, piercing baseline ${grow((t) => t.piercingMs)}. Linear growth keeps the ` +
        'µs/control columns flat and "× previous size" at 2.0 (quadratic: 4.0).',
    );
  }
}

interface FillRuns {
  floor: FillTiming[];
  shenbao: FillTiming[];
}

function printFills(runs: ReadonlyMap<ReplicaName, FillRuns>): void {
  console.log(
    `\n3. Fill of the sample application, medians of ${RUNS}, fresh page each run. Floor: the replica's ` +
      'scripted reference filler (test/replica/<name>/reference-fill.ts, Playwright, known selectors) in ' +
      'plain Chromium, start → it returns. Shenbao: the built extension, click on 一键填充 in the panel → ' +
      'report shown (the session also opens the lazy tabs and presses 添加 for extra list rows).',
  );
  const rows: Record<string, string>[] = [];
  for (const [name, { floor, shenbao }] of runs) {
    const summary = shenbao.at(-1)?.summary ?? '';
    if (name === 'antd') {
      const floorStep = floor.map((run) => run.step1Ms ?? Number.NaN);
      const shenbaoStep = shenbao.map((run) => run.step1Ms ?? Number.NaN);
      rows.push({
        case: 'antd step 1 (单位信息) only',
        'floor (ms)': ms(median(floorStep)),
        'floor min–max': range(floorStep),
        'Shenbao (ms)': ms(median(shenbaoStep)),
        'Shenbao min–max': range(shenbaoStep),
        'Shenbao / floor': ratio(median(shenbaoStep), median(floorStep)),
        'Shenbao report': '(step 1 report)',
      });
    }
    const floorMs = floor.map((run) => run.ms);
    const shenbaoMs = shenbao.map((run) => run.ms);
    rows.push({
      case: name === 'antd' ? 'antd steps 1–5 + 下一步 × 5 → 申报信息确认' : name,
      'floor (ms)': ms(median(floorMs)),
      'floor min–max': range(floorMs),
      'Shenbao (ms)': ms(median(shenbaoMs)),
      'Shenbao min–max': range(shenbaoMs),
      'Shenbao / floor': ratio(median(shenbaoMs), median(floorMs)),
      'Shenbao report': summary,
    });
  }
  console.table(rows);
  const antd = runs.get('antd');
  if (antd) {
    const perStep = (timings: readonly FillTiming[], step: number) =>
      median(timings.map((run) => run.stepsMs?.[step] ?? Number.NaN));
    console.log('antd, each later step (medians, ms):');
    console.table(
      ['经营数据', '项目信息', '详细介绍', '证明材料'].map((title, step) => ({
        step: `${step + 2} ${title}`,
        'floor: 下一步 → next 下一步': ms(perStep(antd.floor, step)),
        'Shenbao: 下一步 → step filled': ms(perStep(antd.shenbao, step)),
        'of which the observer quiet period': '≥ 400',
      })),
    );
  }
  console.log(
    'antd mounts each step only when it is reached, and the content script fills a new step when its ' +
      'MutationObserver has been quiet for 400 ms (lib/runtime/content-fill.ts). Two fair views are printed: ' +
      'step 1 alone (Shenbao: click → report; floor: start → its first 下一步 click, page clock), and the ' +
      'whole walk with the same end point for both (申报信息确认 shown), in which the benchmark presses 下一步 ' +
      "as the user would, after the panel's 已填充 count went up for the step just shown.",
  );
}

function printBreakdown(
  results: ReadonlyMap<ReplicaName, SessionBreakdown>,
  runs: ReadonlyMap<ReplicaName, FillRuns>,
): void {
  console.log(
    '\n4. Where the fill session spends its time: lib/fill/session startFill with collectFields and ' +
      'matchFields, bundled unminified with counters, run once on a fresh page of each replica in plain ' +
      'Chromium (antd: step 1). "waits" are the 16 ms setTimeouts the session schedules itself ' +
      '(lib/fill/apply/events.ts nextFrame, also polled by waitFor), timed from scheduling to firing: the ' +
      "site's own reactions (re-render, validation) run inside them.",
  );
  const rows = [...results].map(([name, result]) => {
    const other = result.totalMs - result.collectMs - result.matchMs - result.waitMs;
    const extension = median((runs.get(name)?.shenbao ?? []).map((run) => run.step1Ms ?? run.ms));
    return {
      replica: name,
      'session (ms)': ms(result.totalMs),
      'in the extension (ms)': ms(extension),
      filled: result.filled,
      'collect: calls / ms': `${result.collectCalls} / ${ms(result.collectMs)}`,
      'match: calls / ms': `${result.matchCalls} / ${ms(result.matchMs)}`,
      'waits: count / ms': `${result.waitCount} / ${ms(result.waitMs)}`,
      'waits share': `${ms((result.waitMs / result.totalMs) * 100)}%`,
      'waits floor (count × 16 ms)': ms(result.waitCount * 16),
      'rest: plan, apply, site handlers (ms)': ms(other),
    };
  });
  console.table(rows);
  const sites = new Map<string, Record<string, string>>();
  for (const [name, result] of results) {
    for (const wait of result.waits) {
      const row = sites.get(wait.site) ?? { 'scheduled by': wait.site };
      row[name] = `${wait.count} / ${ms(wait.ms)} ms`;
      sites.set(wait.site, row);
    }
  }
  console.log('Waits by the function that called nextFrame (count / ms, per replica):');
  console.table([...sites.values()]);
  console.log(
    '"in the extension" is the median of section 3 (antd: step 1); the difference to the session is the ' +
      'panel → background → content script messaging, the draft and the proof files read from IndexedDB and ' +
      'sent as base64, and the panel rendering the report.',
  );
}

function printLongTasks(runs: readonly LongTaskRun[]): void {
  console.log(
    `\n5. A fill that never freezes the page: the fill session (collect, match, plan, apply, read-back; ` +
      `the reachability probe; the sample application) on the stress page at ${LONG_TASK_CONTROLS} controls in ` +
      `plain Chromium, ${RUNS} runs each, fresh page each run, sliced and one-piece runs alternating. ` +
      "Long tasks: PerformanceObserver 'longtask' (the browser reports tasks over 50 ms; none reported " +
      'means every task was under 50 ms). Baseline: the same code with a slicer that never yields.',
  );
  const rows = [true, false].map((sliced) => {
    const mine = runs.filter((run) => run.sliced === sliced);
    const longest = mine.map((run) => run.longestMs);
    return {
      fill: sliced ? 'in slices (the product)' : 'in one piece (baseline)',
      'total (ms), median': ms(median(mine.map((run) => run.totalMs))),
      'total min–max': range(mine.map((run) => run.totalMs)),
      'longest task (ms), median': longest.every((value) => value === 0) ? '< 50' : ms(median(longest)),
      'longest task, max over runs': Math.max(...longest) === 0 ? '< 50' : ms(Math.max(...longest)),
      'long tasks per fill': ms(median(mine.map((run) => run.longTasks.length))),
      'yields per fill': ms(median(mine.map((run) => run.yields))),
      'longest frame: script part (ms)': ms(median(mine.map((run) => run.longestScriptMs ?? 0))),
      'longest frame: rendering part (ms)': ms(median(mine.map((run) => run.longestRenderMs ?? 0))),
      filled: String(mine.at(-1)?.filled ?? ''),
    };
  });
  console.table(rows);
  const sliced = runs.filter((run) => run.sliced).map((run) => run.totalMs);
  const whole = runs.filter((run) => !run.sliced).map((run) => run.totalMs);
  console.log(`Slicing costs ${ratio(median(sliced), median(whole))} the one-piece fill's total time.`);
  for (const run of runs.filter((item) => item.sliced && item.worstFrame)) {
    const frame = run.worstFrame;
    if (!frame) continue;
    console.log(`Sliced run, longest slices (ms): ${run.longestSlices.map((value) => ms(value)).join(', ')}`);
    console.log(
      `Sliced run, longest animation frame ${ms(frame.duration)} ms (forced style and layout ${ms(frame.forcedLayoutMs)} ms)` +
        (frame.scripts.length > 0
          ? `: ${frame.scripts.join('; ')}`
          : ', no script over 5 ms in it: rendering'),
    );
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  checkReplicas();
  const extensionSections = SECTIONS.has(1) || SECTIONS.has(3);
  const build = extensionSections ? copyBuild() : undefined;
  if (build) {
    console.log(`Built extension copied from .output/chrome-mv3 (a rebuild during the run cannot break it).`);
    if (SECTIONS.has(1)) await printSizes(build.dir);
  }

  const server = await startReplicaServer();
  const plain = await launchReplicaBrowser(server.port);
  const extension = build ? await launchExtension(build.dir, server.port) : undefined;
  try {
    console.log(`\nChromium ${plain.version()}; total so far ${seconds(started)}.`);
    if (SECTIONS.has(2)) {
      const scan = await bundle('fill-scan-entry.ts', '__shenbaoScan');
      const stress: { controls: number; timing: ScanTiming }[] = [];
      for (const controls of STRESS_SIZES)
        stress.push({ controls, timing: await scanStress(plain, scan, controls, SAMPLES) });
      printScan(stress);
      console.log(`(scan measured after ${seconds(started)})`);
    }

    const runs = new Map<ReplicaName, FillRuns>();
    if (SECTIONS.has(3) && extension) {
      const dashboard = await DashboardPage.open(extension);
      await dashboard.page.getByTestId('sample-load').click();
      await dashboard.page.getByTestId('draft-item').waitFor();
      await dashboard.page.close();

      // Floor and Shenbao runs alternate, so a slow moment of the machine hits both alike.
      for (const name of REPLICAS) {
        const referenceFill = await loadReferenceFill(name);
        const entry: FillRuns = { floor: [], shenbao: [] };
        for (let run = 0; run < RUNS; run += 1) {
          entry.floor.push(await timeReference(plain, name, referenceFill));
          entry.shenbao.push(await timeShenbao(extension, name));
        }
        runs.set(name, entry);
        console.log(`(${name} measured after ${seconds(started)})`);
      }
      printFills(runs);
    }

    if (SECTIONS.has(4)) {
      const session = await bundle('fill-session-entry.ts', '__shenbaoSession');
      const breakdowns = new Map<ReplicaName, SessionBreakdown>();
      for (const name of REPLICAS) breakdowns.set(name, await breakdown(plain, name, session));
      printBreakdown(breakdowns, runs);
    }

    if (SECTIONS.has(5)) {
      const code = await bundle('fill-longtask-entry.ts', '__shenbaoLongTasks');
      const longTasks: LongTaskRun[] = [];
      // Sliced and one-piece runs alternate, so a slow moment of the machine hits both alike.
      for (let run = 0; run < RUNS; run += 1) {
        longTasks.push(await longTasksOfFill(plain, code, LONG_TASK_CONTROLS, true));
        longTasks.push(await longTasksOfFill(plain, code, LONG_TASK_CONTROLS, false));
      }
      printLongTasks(longTasks);
    }
  } finally {
    await extension?.close();
    await plain.close();
    await server.close();
    build?.remove();
  }
  console.log(`\nTotal run time ${seconds(started)}.`);
}

await main();
