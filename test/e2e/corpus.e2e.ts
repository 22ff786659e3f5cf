import { corpusPage } from '../corpus/generate';
import { slotStates } from '../corpus/slot-states';
import { judgeWritten } from '../corpus/written';
import { Assistant } from '../support/assistant';
import { describe, expect, test } from '../support/fixtures';

/**
 * A fixed sample of the variance corpus (test/corpus) filled through the real extension:
 * a login page, a search form and four generated forms, served under the mapped host.
 * Every control is judged against the page's truth and the sample's values
 * (test/corpus/written.ts): nothing may be written where the truth says none, no value may
 * differ from the sample's (texts, choices, dates alike), and nearly every field with a
 * value in the sample must be filled. The whole corpus is `npm run bench:corpus`.
 */
const SEEDS = [9009, 9024, 9001, 9002, 9003, 9004];

describe('the variance corpus through the extension', () => {
  test('fills no wrong field and nearly every right one on a fixed sample; nothing on login and search pages', async ({
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
      const state = await slotStates(page);
      for (const truth of corpus.truth) {
        const controls = state.filter((control) => control.slot === truth.slot);
        const written = judgeWritten(truth, controls);
        if (written === 'wrong')
          wrong.push(`seed ${seed} ${truth.label} (${truth.key}): ${controls.map((c) => c.value).join(',')}`);
        if (!truth.expected) continue;
        expected += 1;
        if (written === 'right') filled += 1;
      }
      await page.close();
    }
    expect(wrong).toEqual([]);
    // The jsdom measurement fills 99.8% of the corpus (README); below 97% on this sample is
    // a regression.
    expect(filled / expected).toBeGreaterThan(0.97);
  });
});
