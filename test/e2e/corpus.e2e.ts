import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { corpusPage } from '../corpus/generate';
import { Assistant } from '../support/assistant';
import { describe, expect, test } from '../support/fixtures';

/**
 * A fixed sample of the variance corpus (test/corpus) filled through the real extension:
 * a login page, a search form and four generated forms, served under the mapped host.
 * Nothing may be written where the truth says none or another key, and most fields with a
 * value in the sample must be filled.
 */
const SEEDS = [9009, 9024, 9001, 9002, 9003, 9004];
const TEXT_KINDS = new Set([
  'text',
  'longText',
  'amount',
  'integer',
  'phone',
  'mobile',
  'email',
  'creditCode',
  'stockCode',
]);
const KINDS = new Map(fieldsFor(LATEST_EDITION).map((field) => [field.key, field.kind]));
const VALUES: Record<string, unknown> = {
  ...SAMPLE_APPLICANT.company,
  ...(SAMPLE_APPLICANT.figuresByYear[LATEST_EDITION.fiscalYear] ?? {}),
  ...SAMPLE_APPLICANT.draft.values,
};

describe('the variance corpus through the extension', () => {
  test('fills no wrong field and most right ones on a fixed sample; nothing on login and search pages', async ({
    sample,
  }) => {
    const context = sample.browser.context;
    let expected = 0;
    let filled = 0;
    const wrong: string[] = [];
    for (const seed of SEEDS) {
      const corpus = corpusPage(seed);
      const url = `http://www.xinxixiaofei.com/corpus/${seed}/`;
      await context.route(url, (route) =>
        route.fulfill({ contentType: 'text/html; charset=utf-8', body: corpus.html }),
      );
      const page = await context.newPage();
      await page.goto(url);
      const assistant = new Assistant(page);
      await assistant.open();
      await assistant.fill();
      const state = await page.evaluate(() =>
        [...document.querySelectorAll('[data-slot]')].map((element) => {
          const control = element as HTMLInputElement;
          const box = control.type === 'radio' || control.type === 'checkbox';
          return {
            slot: control.dataset.slot ?? '',
            value: box ? (control.checked ? 'checked' : '') : control.value,
          };
        }),
      );
      for (const truth of corpus.truth) {
        const values = state.filter((item) => item.slot === truth.slot).map((item) => item.value);
        const written = values.some((value) => value !== '');
        if (truth.key === 'none' || !truth.expected) {
          if (written && truth.key === 'none') wrong.push(`seed ${seed} ${truth.label}: ${values.join(',')}`);
          continue;
        }
        expected += 1;
        if (written) filled += 1;
        const kind = KINDS.get(truth.key) ?? '';
        const value = values[0] ?? '';
        if (TEXT_KINDS.has(kind) && value !== '' && value !== String(VALUES[truth.key])) {
          wrong.push(`seed ${seed} ${truth.label} (${truth.key}): ${value.slice(0, 30)}`);
        }
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
    // This sample fills 109 of 123 (88.6%) today: the jsdom measurement's 待确认 plus the
    // fields of blocks a 是 keeps hidden until chosen. A drop below 85% is a regression.
    expect(filled / expected).toBeGreaterThan(0.85);
  });
});
