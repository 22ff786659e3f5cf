import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Playwright drives the built extension in Debian's Chromium, two files at a time: a fill waits
// for the page between rounds, so a second browser uses the idle time (measured: 346 s for two
// at a time against 398 s one at a time, on 2 cores).
// No retries: every test starts from a fresh browser profile (test/support/fixtures.ts), so a
// failure is a bug to fix, never a slow moment to try again.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    maxWorkers: 2,
    retry: 0,
    // expect.poll waits for a state the page reaches after a fill round or a save, not 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
