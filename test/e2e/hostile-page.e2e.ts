import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { Assistant } from '../support/assistant';
import { describe, expect, openReplica, test } from '../support/fixtures';

const HIDDEN = ['opacity', 'offscreen', 'tiny', 'clip', 'covered', 'transparent'];
const LATE = ['late-office', 'late-intro', 'late-summary'];

// A hostile page on the 申报系统 host (test/replica/hostile/): the measurement behind the
// reachability rules (lib/fill/collect/reach-probe.ts) and the later-round policy, in Chromium.
describe('a hostile page on the 申报系统 host (issue #16)', () => {
  test('fills only what a person can see and asked for; the report says what the page holds', async ({
    sample,
  }) => {
    const page = await openReplica(sample.browser.context, 'hostile');
    const assistant = new Assistant(page);
    await assistant.open();

    // One visible field is written; six hidden ones are not; a form that removes itself after
    // its third input event holds nothing, and is not counted as filled.
    const summary = await assistant.fill();
    expect(Assistant.counts(summary)).toMatchObject({ 已填充: 1, 未生效: 5, 页面隐藏: 6 });
    expect(await page.locator('#visible').inputValue()).toBe(SAMPLE_APPLICANT.company['company.name']);
    for (const id of HIDDEN) expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
    const hidden = assistant.panel.getByTestId('shenbao-hidden');
    expect(await hidden.locator('summary').textContent()).toBe('页面隐藏的栏目，未填写（6）');
    expect(await page.locator('#contact').count()).toBe(0);

    // 4 s after the fill the page adds fields by itself: they wait for the next 一键填充. A
    // field that appears when the user presses a button (another form) is filled in answer.
    await page.locator('html[data-late-fields="added"]').waitFor({ state: 'attached' });
    await page.locator('#add-investment').click();
    await expect
      .poll(() => page.locator('#investment').inputValue())
      .toBe(String(SAMPLE_APPLICANT.draft.values['project.investment']));
    await expect.poll(() => assistant.summary()).toMatch(/^已填充 2 项/);
    for (const id of LATE) expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
    for (const id of HIDDEN) expect(await page.locator(`#${id}`).inputValue(), id).toBe('');
  });
});
