// @vitest-environment jsdom
/**
 * The matcher on the variance corpus, without a browser: a fixed sample of generated pages
 * (collect in jsdom → match) must have no wrong fill, nothing filled on login and search
 * pages, and most fields filled. The full measurement (≥ 300 pages, the threshold curve, a
 * held-out seed range) is `npm run bench:corpus:curve`; the browser confirmation is
 * `npm run bench:corpus`.
 */
import { describe, expect, it } from 'vitest';
import { preparePage, summarise, summaryTable } from './evaluate';
import { corpus } from './generate';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the matcher on the variance corpus (jsdom)', () => {
  it('fills nothing wrong and most fields on 30 generated pages', { timeout: 120_000 }, () => {
    const results = corpus(9001, 30).map((page) => preparePage(page, parse(page.html))());
    const summary = summarise(results);
    const wrong = results.flatMap((result) =>
      result.slots
        .filter((slot) => slot.outcome === 'wrong')
        .map(
          (slot) => `seed ${result.page.seed} ${slot.truth.label} → ${slot.got?.key} (${slot.got?.reason})`,
        ),
    );
    expect(wrong, summaryTable(summary)).toEqual([]);
    expect(summary.fillsOnNoFillPages).toEqual([]);
    expect(summary.zeroFillForms).toEqual([]);
    expect(summary.overall.filled / summary.overall.expected).toBeGreaterThan(0.98);
  });
});
