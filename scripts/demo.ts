// The main job on the built-in sample data: the built extension in Chromium, the sample
// applicant loaded in its dashboard, and the element-ui replica of the 申报系统 opened.
// Headed when a display is available (watch and take over), headless otherwise.
import { applicationValues, findEdition, LATEST_EDITION } from '../lib/catalog';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { PAGE_MARKER_ATTRIBUTE } from '../lib/runtime/page-marker';
import { validateValues } from '../lib/validate';
import { startReplicaServer } from '../test/replica/server';
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
  await site.waitForSelector(`html[${PAGE_MARKER_ATTRIBUTE}]`, { timeout: 10_000 });
  console.log(`已打开申报系统复刻页：${site.url()}（申报助手已在页面上运行）`);
  await site.screenshot({ path: screenshotPath('demo-2-site') });

  console.log('\n一键填充、页面检查和提交前拦截尚未实现（见 issues）；演示到此为止，不做任何假填充。');
  console.log(`截图保存在：${SCREENSHOT_DIR}`);
  if (headed) {
    console.log('浏览器保持打开，可以自己操作；关闭浏览器窗口即结束演示。');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
