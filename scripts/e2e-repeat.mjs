// The flake check: runs the end-to-end suite N times in a row (default 5) on one build and
// prints, per test, how often it failed. Usage: npm run test:e2e:repeat [-- N] [-- --no-build]
// Exit code 1 when any run had a failure: a test that fails once in N is a bug to fix.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args.find((arg) => /^\d+$/.test(arg)) ?? 5);
const build = !args.includes('--no-build');
const npx = (...command) => execFileSync('npx', command, { stdio: 'inherit' });

if (build) {
  npx('wxt', 'build');
  npx('tsx', 'scripts/build-replicas.ts');
}
execFileSync('node', ['scripts/ensure-chromium.mjs'], { stdio: 'inherit' });

const folder = mkdtempSync(join(tmpdir(), 'shenbao-e2e-repeat-'));
/** failures per test name, and how many runs each test took part in */
const failures = new Map();
const seen = new Map();
const durations = [];
for (let run = 1; run <= runs; run += 1) {
  const report = join(folder, `run-${run}.json`);
  const started = Date.now();
  const result = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--config',
      'vitest.e2e.config.ts',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  durations.push((Date.now() - started) / 1000);
  let parsed;
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8'));
  } catch (error) {
    console.error(`run ${run}: no report was written (vitest exited with ${result.status}): ${error}`);
    process.exit(1);
  }
  for (const file of parsed.testResults) {
    for (const test of file.assertionResults) {
      const name = `${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}`;
      seen.set(name, (seen.get(name) ?? 0) + 1);
      if (test.status === 'failed') failures.set(name, (failures.get(name) ?? 0) + 1);
    }
  }
  console.log(
    `run ${run}/${runs}: ${parsed.numPassedTests} passed, ${parsed.numFailedTests} failed in ${durations.at(-1).toFixed(0)} s`,
  );
}
rmSync(folder, { recursive: true, force: true });

console.log(
  `\n${runs} runs of ${seen.size} end-to-end tests, ${durations.map((s) => s.toFixed(0)).join(' / ')} s each`,
);
if (failures.size === 0) {
  console.log('0 failures: every test passed in every run.');
} else {
  console.log('Tests that failed at least once:');
  for (const [name, count] of [...failures].sort((a, b) => b[1] - a[1])) {
    console.log(`  ${count}/${seen.get(name)}  ${name}`);
  }
}
process.exit(failures.size === 0 ? 0 : 1);
