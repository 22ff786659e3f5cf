// Opening the dashboard and a draft with a large local store (20 companies, 500 drafts,
// 200 MB of proof files) against an empty store measured in the same run, in the built
// extension in Chromium. Figures, not assertions. Run `npx wxt build` first, then
// `npx tsx bench/dashboard.bench.ts` (BENCH_RUNS=n for more or fewer repetitions).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { startReplicaServer } from '../test/replica/server';
import { CHROME_EXTENSION_DIR, launchWithExtension } from '../test/support/extension-browser';
import { type ProfileSummary, profileDuring } from './cpu-profile';
import { batches, buildDataset, LARGE_DATASET } from './dashboard-data';
import {
  addProbe,
  type ClickTiming,
  countStores,
  type HeapFigures,
  jsHeap,
  type OpenTiming,
  openDraftInPage,
  type ProbeState,
  putAttachments,
  putRecords,
  reloadDashboard,
} from './dashboard-page';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 7));
const SAMPLE_PROJECT = String(SAMPLE_APPLICANT.draft.values['project.name']);
const MB = 1024 * 1024;

const median = (values: readonly number[]): number => {
  const sorted = values.toSorted((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number) => value.toFixed(1);
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** One warm-up, then `RUNS` reloads of the dashboard. */
async function dashboardOpens(page: Page): Promise<OpenTiming[]> {
  await reloadDashboard(page);
  const timings: OpenTiming[] = [];
  for (let run = 0; run < RUNS; run += 1) timings.push(await reloadDashboard(page));
  return timings;
}

/** One warm-up, then `RUNS` times: reload the dashboard, click 编辑 on the draft, editor shown. */
async function draftOpens(page: Page, projectName: string): Promise<ClickTiming[]> {
  const timings: ClickTiming[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    await reloadDashboard(page);
    const timing = await openDraftInPage(page, projectName);
    if (run > 0) timings.push(timing);
  }
  await reloadDashboard(page);
  return timings;
}

async function loadSample(page: Page): Promise<void> {
  await page.getByTestId('sample-load').click();
  await page.getByRole('button', { name: `编辑「${SAMPLE_PROJECT}」`, exact: true }).waitFor();
}

async function removeSample(page: Page): Promise<void> {
  await page.getByTestId('sample-remove').click();
  await page.getByTestId('sample-remove').waitFor({ state: 'detached' });
}

/**
 * What the app itself says after reading the store: no 已损坏 alert, every draft counted by the
 * pager (「共 N 份」; the list shows one page), every company on the first page.
 */
async function checkThroughApp(page: Page, drafts: number, companyNames: readonly string[]): Promise<void> {
  const alerts = await page.getByRole('alert').allTextContents();
  if (alerts.length > 0) throw new Error(`The dashboard reports problems: ${alerts.join(' | ')}`);
  const pager = (await page.getByTestId('draft-pager').textContent()) ?? '';
  const listed = Number(/共 (\d+) 份/.exec(pager)?.[1]);
  if (listed !== drafts) throw new Error(`The dashboard lists ${listed} drafts, ${drafts} were written.`);
  const text = (await page.getByTestId('draft-list').textContent()) ?? '';
  const missing = companyNames.filter((name) => !text.includes(name));
  if (missing.length > 0) throw new Error(`Companies not shown with their drafts: ${missing.join('、')}`);
}

interface Phases {
  firstRead: number;
  companiesAndFigures: number;
  summaries: number;
  restAndRender: number;
  paint: number;
}

/** Where the time of one dashboard open went, from the probe's IndexedDB request log. */
function phasesOf(probe: ProbeState): Phases | undefined {
  const reads = probe.reads;
  const companies = reads.find((read) => read.store === 'companies' && read.method === 'getAll');
  const summaries = reads.find((read) => read.store === 'summaries' && read.method === 'getAll');
  const keys = reads.find((read) => read.store === 'drafts' && read.method === 'getAllKeys');
  if (!companies || !summaries || !keys) return undefined;
  const first = Math.min(...reads.map((read) => read.start));
  const summariesEnd = Math.max(summaries.end, keys.end);
  return {
    firstRead: first,
    companiesAndFigures: summaries.start - companies.start,
    summaries: summariesEnd - summaries.start,
    restAndRender: probe.listAt - summariesEnd,
    paint: probe.listPaintedAt - probe.listAt,
  };
}

function medianPhases(timings: readonly OpenTiming[]): Phases | undefined {
  const all = timings.map((timing) => phasesOf(timing.probe)).filter((phases) => phases !== undefined);
  if (all.length === 0) return undefined;
  const keys = Object.keys(all[0] as Phases) as (keyof Phases)[];
  return Object.fromEntries(
    keys.map((key) => [key, median(all.map((phases) => phases[key]))]),
  ) as unknown as Phases;
}

function readsOf(probe: ProbeState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const read of probe.reads)
    counts[`${read.store} ${read.method}`] = (counts[`${read.store} ${read.method}`] ?? 0) + 1;
  return counts;
}

function longTaskMs(probe: ProbeState, until: number): { count: number; total: number; longest: number } {
  const tasks = probe.longTasks.filter((task) => task.start <= until);
  return {
    count: tasks.length,
    total: tasks.reduce((sum, task) => sum + task.duration, 0),
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
  };
}

function printProfile(title: string, profile: ProfileSummary): void {
  const rows = (list: ProfileSummary['top']) =>
    list.map((row) => ({ 'self (ms)': ms(row.selfMs), 'total (ms)': ms(row.totalMs), function: row.label }));
  console.log(
    `\n${title}: ${ms(profile.totalMs)} ms sampled. Most self time (minified bundle, source start shown):`,
  );
  console.table(rows(profile.top));
  console.log('Bundle functions with the most time on the stack:');
  console.table(rows(profile.topTotal));
}

async function main(): Promise<void> {
  const started = performance.now();
  if (!existsSync(join(CHROME_EXTENSION_DIR, 'manifest.json')))
    throw new Error(`No built extension in ${CHROME_EXTENSION_DIR}: run \`npx wxt build\` first.`);
  const server = await startReplicaServer();
  const browser = await launchWithExtension({ replicaPort: server.port });
  try {
    await addProbe(browser.context);
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.getByText('还没有项目草稿').waitFor();
    console.log(`Chromium with the built extension; ${RUNS} runs per case (plus one warm-up), medians.`);

    // Baseline: the empty store.
    const emptyOpen = await dashboardOpens(page);
    const emptyHeap = await jsHeap(cdp);
    await loadSample(page);
    const emptyDraft = await draftOpens(page, SAMPLE_PROJECT);
    await removeSample(page);
    console.log(`Baseline (empty store) measured after ${seconds(started)}.`);

    // The large store, written with the raw IndexedDB API.
    const dataset = buildDataset();
    const populateStart = performance.now();
    await putRecords(page, 'companies', dataset.companies);
    await putRecords(page, 'figures', dataset.figures);
    for (const batch of batches(dataset.drafts, 100)) await putRecords(page, 'drafts', batch);
    const recordsMs = performance.now() - populateStart;
    const filesStart = performance.now();
    for (const batch of batches(dataset.attachments, 20)) await putAttachments(page, batch);
    const filesMs = performance.now() - filesStart;
    const counts = await countStores(page);
    console.log(
      `Populated ${counts.companies} companies, ${counts.figures} figures records, ${counts.drafts} drafts, ` +
        `${counts.attachments} files (${(counts.attachmentBytes ?? 0) / MB} MB in ${counts.attachmentBlobs} blobs) ` +
        `in ${ms(recordsMs + filesMs)} ms: records ${ms(recordsMs)} ms, files ${ms(filesMs)} ms ` +
        `(${((LARGE_DATASET.files * LARGE_DATASET.fileBytes) / MB / (filesMs / 1000)).toFixed(0)} MB/s).`,
    );

    // Parsed back through the app: the dashboard lists them all and reports nothing corrupt.
    await reloadDashboard(page);
    await checkThroughApp(
      page,
      LARGE_DATASET.drafts,
      dataset.companies.map((company) => String(company.profile['company.name'])),
    );
    // The editor parses the draft, its company and its figures strictly (zod .parse): one of each
    // edition, the newest (on the list's first page).
    for (const editionId of ['2020', '2018']) {
      const draft = dataset.drafts.findLast((record) => record.editionId === editionId);
      await openDraftInPage(page, String(draft?.values['project.name']));
      await reloadDashboard(page);
    }

    const summariesStored = (await countStores(page)).summaries;
    console.log(
      `Summaries stored by the first open after populating: ${summariesStored} of ${counts.drafts}.`,
    );
    const largeOpen = await dashboardOpens(page);
    const largeHeap = await jsHeap(cdp);
    const overviewProfile = await profileDuring(cdp, () => reloadDashboard(page));
    // The newest generated draft of the 2020 edition: listed first, opened like the sample.
    const generated = dataset.drafts.filter((draft) => draft.editionId === '2020').at(-1);
    const generatedName = String(generated?.values['project.name']);
    const largeGenerated = await draftOpens(page, generatedName);
    await loadSample(page);
    const largeDraft = await draftOpens(page, SAMPLE_PROJECT);
    const draftProfile = await profileDuring(cdp, () => openDraftInPage(page, SAMPLE_PROJECT));

    const opens = (timings: readonly OpenTiming[], key: 'inDomMs' | 'paintedMs') =>
      timings.map((timing) => timing[key]);
    const clicks = (timings: readonly ClickTiming[], key: 'inDomMs' | 'paintedMs') =>
      timings.map((timing) => timing[key]);
    const row = (name: string, baseline: readonly number[], large: readonly number[]) => ({
      case: name,
      'empty (ms)': ms(median(baseline)),
      'large (ms)': ms(median(large)),
      'large min–max': `${ms(Math.min(...large))}–${ms(Math.max(...large))}`,
      'vs baseline': `${(median(large) / median(baseline)).toFixed(1)}×`,
    });
    console.log(
      `\nLarge store: ${LARGE_DATASET.companies} companies, ${LARGE_DATASET.drafts} drafts, ` +
        `${LARGE_DATASET.files} files × ${LARGE_DATASET.fileBytes / 1024} KB. Medians of ${RUNS}.`,
    );
    console.table([
      row(
        'dashboard-open: navigation → list painted',
        opens(emptyOpen, 'paintedMs'),
        opens(largeOpen, 'paintedMs'),
      ),
      row(
        'dashboard-open: navigation → list in DOM',
        opens(emptyOpen, 'inDomMs'),
        opens(largeOpen, 'inDomMs'),
      ),
      row(
        'draft-open (sample): click → editor painted',
        clicks(emptyDraft, 'paintedMs'),
        clicks(largeDraft, 'paintedMs'),
      ),
      row(
        'draft-open (sample): click → editor in DOM',
        clicks(emptyDraft, 'inDomMs'),
        clicks(largeDraft, 'inDomMs'),
      ),
      row(
        'draft-open (a generated draft) → editor painted',
        clicks(emptyDraft, 'paintedMs'),
        clicks(largeGenerated, 'paintedMs'),
      ),
    ]);
    console.log('(The generated draft is compared with the sample draft opened in the empty store.)');

    const heapRow = (name: string, heap: HeapFigures) => ({
      store: name,
      'JSHeapUsedSize after open (MB)': (heap.usedBytes / MB).toFixed(1),
      'after a full GC (MB)': (heap.retainedBytes / MB).toFixed(1),
    });
    console.log('\nJS heap of the dashboard page (CDP Performance.getMetrics) after opening the dashboard:');
    console.table([heapRow('empty', emptyHeap), heapRow('large', largeHeap)]);

    const lastLarge = largeOpen.at(-1) as OpenTiming;
    const blobTransactions = lastLarge.probe.transactions.filter((stores) =>
      stores.includes('attachmentBlobs'),
    );
    console.log('\nIndexedDB reads of one large dashboard open (store/index, method → requests):');
    console.table(readsOf(lastLarge.probe));
    console.log(
      `attachmentBlobs: ${lastLarge.probe.reads.filter((read) => read.store.startsWith('attachmentBlobs')).length} reads, ` +
        `${blobTransactions.length} transactions; attachments metadata: ` +
        `${lastLarge.probe.reads.filter((read) => read.store.startsWith('attachments')).length} reads.`,
    );

    const phases = medianPhases(largeOpen);
    const emptyPhases = medianPhases(emptyOpen);
    if (phases && emptyPhases) {
      console.log(
        '\nWhere a dashboard open spends its time (medians, from the page clock and the IndexedDB log):',
      );
      const phaseRow = (name: string, key: keyof Phases) => ({
        phase: name,
        'empty (ms)': ms(emptyPhases[key]),
        'large (ms)': ms(phases[key]),
      });
      console.table([
        phaseRow('navigation → first store read (scripts, React mount, openDB)', 'firstRead'),
        phaseRow('companies, then figures and user-defined fields per company', 'companiesAndFigures'),
        phaseRow('getAll summaries + getAllKeys drafts', 'summaries'),
        phaseRow(
          'parse summaries (zod), recompute the changed ones, trash/archive settings, React render',
          'restAndRender',
        ),
        phaseRow('list in DOM → painted (style, layout, paint)', 'paint'),
      ]);
      const tasks = longTaskMs(lastLarge.probe, lastLarge.probe.listPaintedAt);
      console.log(
        `Long tasks before the large list was painted (last run): ${tasks.count}, ` +
          `${ms(tasks.total)} ms in all, the longest ${ms(tasks.longest)} ms.`,
      );
    }
    printProfile('CPU profile of one large dashboard open', overviewProfile);
    printProfile('CPU profile of one draft open (sample) in the large store', draftProfile);
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\nTotal run time ${seconds(started)}; the temporary profile is removed.`);
}

await main();
