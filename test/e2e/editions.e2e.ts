import { resolve } from 'node:path';
import { describe, expect, test } from '../support/fixtures';

const NOTICE_DOCX = resolve(import.meta.dirname, '../fixtures/editions/2020-notice.docx');

describe('新建申报批次 from the notice', () => {
  test('the 2020 notice (.docx) → review → save → a draft of it shows the checklist and the deadline', async ({
    sample,
  }) => {
    const { dashboard } = sample;
    const { page } = dashboard;
    await page.getByTestId('edition-notice-file').setInputFiles(NOTICE_DOCX);
    const review = page.getByTestId('edition-review');
    await expect.poll(() => review.getByTestId('edition-direction').count()).toBe(10);
    await expect.poll(() => review.getByTestId('edition-deadline').inputValue()).toBe('2020-05-08');
    await expect.poll(() => review.getByTestId('edition-copies').inputValue()).toBe('2');
    // 2020 is built in: saving under its id is refused in zh-CN, a provincial round gets its own id.
    await review.getByTestId('edition-save').click();
    await page.getByTestId('edition-message').filter({ hasText: '内置' }).waitFor();
    await review.getByTestId('edition-id').fill('2020-重庆');
    await review.getByTestId('edition-save').click();
    await page.getByTestId('edition-message').filter({ hasText: '已保存申报批次' }).waitFor();
    await expect.poll(() => page.getByTestId('local-editions').textContent()).toContain('2020-重庆');

    await page.getByLabel('申报批次').selectOption('2020-重庆');
    await dashboard.createDraft();
    const checklist = page.getByTestId('submission-checklist');
    await expect
      .poll(() => checklist.getByTestId('deadline-days').textContent())
      .toMatch(/已截止 \d+ 天（2020年5月8日）/);
    await expect.poll(() => checklist.getByRole('checkbox').count()).toBe(7);
    await checklist.getByTestId('checklist-item-paging-seal').check();
    await dashboard.waitSaved();
    await page.getByRole('button', { name: '返回列表' }).click();
    await expect
      .poll(() => page.getByTestId('draft-deadline').allTextContents())
      .toContainEqual(expect.stringContaining('递交清单 1/7'));
  });
});
