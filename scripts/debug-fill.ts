// Fills one replica with the sample draft through the real extension and prints the panel's report
// (everything but the filled list): `npx tsx scripts/debug-fill.ts layui`. A tool for developers.
import { startReplicaServer } from '../test/replica/server';
import { Assistant } from '../test/support/assistant';
import { DashboardPage } from '../test/support/dashboard-page';
import { launchWithExtension } from '../test/support/extension-browser';

const name = process.argv[2] ?? 'element-ui';
const server = await startReplicaServer();
const browser = await launchWithExtension({ replicaPort: server.port });
try {
  const d = await DashboardPage.open(browser);
  await d.page.getByTestId('sample-load').click();
  await d.page.getByTestId('draft-item').waitFor();
  const page = await browser.context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.log('console:', m.text().slice(0, 300));
  });
  await page.goto(`http://www.xinxixiaofei.com/sfxm/${name}/`);
  const a = new Assistant(page);
  await a.open();
  console.log(await a.fill());
  for (const group of await a.panel.locator('details').all()) {
    await group.locator('summary').click();
    const text = await group.textContent();
    if (!text?.startsWith('已填充')) console.log(text);
  }
  await page.screenshot({ path: `artifacts/screenshots/debug-${name}.png`, fullPage: true });
} finally {
  await browser.close();
  await server.close();
}
