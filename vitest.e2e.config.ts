import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

// Playwright drives the built extension in Debian's Chromium; one browser at a time on 2 cores.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // One retry for a browser test that hits a slow moment on a shared 2-core machine (a late
    // service worker, a busy renderer); a test that fails twice fails the run.
    retry: 1,
  },
});
