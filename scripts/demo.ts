// The main job on the built-in sample data: the built extension in Chromium, the sample
// applicant loaded in its dashboard, the element-ui replica of the 申报系统 filled in one click
// and submitted, and what the site received compared with what it should have.
// Headed when a display is available (watch and take over), headless otherwise.

import { readFileSync } from 'node:fs';
import { applicationValues, findEdition, LATEST_EDITION } from '../lib/catalog';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { validateValues } from '../lib/validate';
import { startReplicaServer } from '../test/replica/server';
import { compareSubmission } from '../test/support/accuracy';
import { Assistant } from '../test/support/assistant';
import { launchWithExtension } from '../test/support/extension-browser';
import { SCREENSHOT_DIR, screenshotPath } from '../test/support/screenshots';

const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const edition = findEdition(SAMPLE_APPLICANT.draft.editionId) ?? LATEST_EDITION;

function printSampleCheck(): void {
  const values = applicationValues(
    SAMPLE_APPLICANT.company,
    SAMPLE_APPLICANT.figuresByYear,
    SAMPLE_APPLICANT.draft.values,
    edition,
  );
  const issues = validateValues(values, { edition });
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  console.log(`示例申报单位：${String(values['company.name'])}`);
  console.log(`示例项目：${String(values['project.name'])}（${edition.year}年${edition.programme}）`);
  console.log(`按申报书规则检查：${errors} 个错误，${issues.length - errors} 个提醒。`);
  for (const issue of issues) console.log(`  - ${issue.label}：${issue.message}`);
}

const server = await startReplicaServer();
const browser = await launchWithExtension({ replicaPort: server.port, headless: !headed });
try {
  printSampleCheck();

  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await dashboard.getByTestId('sample-load').click();
  const status = await dashboard.getByTestId('draft-status').first().textContent();
  console.log(`工作台已载入示例单位和项目草稿：${status}`);
  await dashboard.screenshot({ path: screenshotPath('demo-1-dashboard'), fullPage: true });

  const site = await browser.context.newPage();
  await site.goto('http://www.xinxixiaofei.com/sfxm/element-ui/');
  await site.locator('shenbao-assistant').waitFor({ state: 'attached', timeout: 10_000 });
  console.log(`已打开申报系统复刻页：${site.url()}`);

  // 一键填充 from the in-page assistant, then the site's own 提交.
  const assistant = new Assistant(site);
  await assistant.open();
  const summary = await assistant.fill();
  console.log(`一键填充：${summary}`);
  await site.screenshot({ path: screenshotPath('demo-2-filled') });

  // 检查: what the site now holds, against the 申报书's rules, before 提交.
  await assistant.panel.getByTestId('shenbao-check').click();
  const checked = await assistant.panel.getByTestId('shenbao-check-summary').textContent();
  console.log(`提交前检查：${checked}`);
  await site
    .getByRole('button', { name: /(^|\s)提\s*交\s*$/ })
    .last()
    .click();
  await site.waitForFunction(
    () => ['submitted', 'rejected'].includes(document.documentElement.dataset.replicaState ?? ''),
    undefined,
    {
      timeout: 10_000,
    },
  );
  const submitted = await site.evaluate(() => (window as { __submitted?: unknown }).__submitted);
  const expected = JSON.parse(readFileSync('test/replica/element-ui/expected.json', 'utf8'));
  const accuracy = compareSubmission(expected, submitted ?? {});
  console.log(
    submitted
      ? `提交成功。对照申报系统收到的数据：正确 ${accuracy.correct.length} 项，错误 ${accuracy.wrong.length} 项，缺漏 ${accuracy.missed.length} 项。`
      : `申报系统拒绝了提交：${JSON.stringify(await site.evaluate(() => (window as { __rejected?: unknown }).__rejected))}`,
  );
  await site.screenshot({ path: screenshotPath('demo-3-submitted') });

  console.log(`截图保存在：${SCREENSHOT_DIR}`);
  if (headed) {
    console.log('浏览器保持打开，可以自己操作；关闭浏览器窗口即结束演示。');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
