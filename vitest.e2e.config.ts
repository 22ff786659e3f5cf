import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Playwright drives the built extension in Debian's Chromium, one browser at a time: the
// browsers alone keep both cores busy, so running two files at once is no faster.
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
    fileParallelism: false,
    retry: 0,
    // expect.poll waits for a state the page reaches after a fill round or a save, not 1 s.
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
});
