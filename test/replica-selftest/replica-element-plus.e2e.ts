import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { referenceFill } from '../replica/element-ui/reference-fill';
import { describe, expect, openReplica, test } from '../support/fixtures';

// The Vue 3 + Element Plus replica proves it agrees with its oracle (element-ui's expected.json:
// one backend) under element-ui's reference fill, which drives both libraries' markup. Needs
// `npx tsx scripts/build-replicas.ts element-plus` first. On demand (npm run test:replicas).
const ROOT = resolve(import.meta.dirname, '../..');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test/replica/element-plus/expected.json'), 'utf8'));

describe('element-plus replica', () => {
  test('the reference fill, then 提交, gives expected.json', async ({ replicaContext }) => {
    const page = await openReplica(replicaContext, 'element-plus');
    await page.locator('.el-tabs__item').first().waitFor();
    await referenceFill(page);
    await page.getByRole('button', { name: '提交' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.replicaState === 'submitted');
    expect(await page.evaluate(() => window.__submitted)).toEqual(EXPECTED);
  });
});
