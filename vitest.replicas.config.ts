import { defineConfig } from 'vitest/config';
import e2e from './vitest.e2e.config';

// The replicas' own tests (test/replica-selftest/): a scripted reference filler with known
// selectors proves each replica and its expected.json agree, and the stress page has the
// shape the benchmarks assume. They test the fixtures, not the extension, so they run on
// demand (`npm run test:replicas`, whenever a replica or its oracle changes), not in the
// test command; the e2e suite proves the extension against the same oracles.
// (Spread, not mergeConfig: that would append this include to the e2e suite's.)
export default defineConfig({
  ...e2e,
  test: { ...e2e.test, include: ['test/replica-selftest/**/*.e2e.ts'] },
});
