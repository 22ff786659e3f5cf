import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and DOM tests beside the code (and any under test/); end-to-end tests (test/e2e/*.e2e.ts)
// have their own config.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    environment: 'node',
    // Property tests use a fixed seed (FC_SEED=random explores; test/fast-check-seed.ts).
    setupFiles: ['test/fast-check-seed.ts'],
    // Both cores (the default leaves one free, which halves the speed on a 2-core machine).
    maxWorkers: 2,
    // Property tests run hundreds of cases; 5 s (the default) is too close on a busy 2-core machine.
    testTimeout: 20_000,
    // One module graph per worker instead of per file: the same tests in about two thirds of
    // the time. Tests share no state through modules (each opens its own database by name).
    isolate: false,
  },
});
