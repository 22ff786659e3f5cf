// The matcher's precision and recall on the variance corpus at every threshold, without a
// browser (collect in jsdom → match → compare with the generated truth), on a tuning seed
// range and on a held-out one nobody looked at while tuning the rules. Prints the curve,
// the threshold that keeps wrong fills at 0 with the most fills, and the per-variation table
// at the matcher's threshold. `npm run bench:corpus:curve -- --pages N --seed S --holdout H`.
import { JSDOM } from 'jsdom';
import { DEFAULT_THRESHOLD } from '../lib/fill/match';
import { type PageResult, preparePage, summarise, summaryTable } from '../test/corpus/evaluate';
import { corpus } from '../test/corpus/generate';
import { option } from './cli-option';

const PAGES = option('pages', 300);
const SEED = option('seed', 1000);
const HOLDOUT = option('holdout', 70000);
const THRESHOLDS = Array.from({ length: 15 }, (_, index) => Math.round((0.3 + index * 0.05) * 100) / 100);

const { DOMParser } = new JSDOM('').window;
const parser = new DOMParser();

interface Point {
  threshold: number;
  filled: number;
  wrong: number;
  unsure: number;
  missed: number;
  expected: number;
}

function measure(label: string, from: number): PageResult[] {
  const started = performance.now();
  const points = THRESHOLDS.map((threshold) => ({
    threshold,
    filled: 0,
    wrong: 0,
    unsure: 0,
    missed: 0,
    expected: 0,
  }));
  const atDefault: PageResult[] = [];
  for (const page of corpus(from, PAGES)) {
    const matchAt = preparePage(page, parser.parseFromString(page.html, 'text/html'));
    THRESHOLDS.forEach((threshold, index) => {
      const result = matchAt(threshold);
      const point = points[index] as Point;
      for (const slot of result.slots) {
        if (slot.truth.expected) point.expected += 1;
        if (slot.outcome === 'filled') point.filled += 1;
        else if (slot.outcome === 'wrong') point.wrong += 1;
        else if (slot.outcome === 'unsure') point.unsure += 1;
        else if (slot.outcome === 'missed') point.missed += 1;
      }
    });
    atDefault.push(matchAt(DEFAULT_THRESHOLD));
  }
  console.log(
    `\n## ${label}: seeds ${from}–${from + PAGES - 1} (${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  console.log('| threshold | filled (recall) | wrong | precision | 待确认 | missed |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const point of points) {
    const recall = ((100 * point.filled) / point.expected).toFixed(1);
    const precision = ((100 * point.filled) / Math.max(1, point.filled + point.wrong)).toFixed(2);
    const mark = point.threshold === DEFAULT_THRESHOLD ? ' ←' : '';
    console.log(
      `| ${point.threshold.toFixed(2)}${mark} | ${point.filled} (${recall}%) | ${point.wrong} | ${precision}% | ${point.unsure} | ${point.missed} |`,
    );
  }
  const safe = points
    .filter((point) => point.wrong === 0)
    .sort((a, b) => b.filled - a.filled || a.threshold - b.threshold)[0];
  console.log(
    safe
      ? `\nmost fills with 0 wrong: threshold ${safe.threshold.toFixed(2)} (${safe.filled} of ${safe.expected})`
      : '\nno threshold keeps wrong fills at 0',
  );
  return atDefault;
}

const tuning = measure('tuning range', SEED);
const holdout = measure('held-out range', HOLDOUT);
console.log(`\n## per variation at threshold ${DEFAULT_THRESHOLD}, tuning range\n`);
console.log(summaryTable(summarise(tuning)));
console.log(`\n## per variation at threshold ${DEFAULT_THRESHOLD}, held-out range\n`);
console.log(summaryTable(summarise(holdout)));
