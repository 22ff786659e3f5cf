import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// House rules of the test suite as assertions: tests wait for states, never for time, and
// nothing retries a failed test (a flaky test is a bug to fix, not to retry).
const ROOT = resolve(import.meta.dirname, '..');

interface Rule {
  pattern: RegExp;
  why: string;
}

const RULES: readonly Rule[] = [
  {
    pattern: /\bwaitForTimeout\s*\(/,
    why: 'a fixed sleep: wait for the state instead (locator.waitFor, expect.poll)',
  },
  { pattern: /\bsetTimeout\s*\(/, why: 'a timer in a test: wait for the state instead' },
  {
    pattern: /\.resolves\b/,
    why: 'a one-shot read of a changing page: use expect.poll or a locator wait',
  },
  { pattern: /\bretry\s*:\s*[1-9]/, why: 'retries hide flaky tests' },
];

/** Every rule a source text breaks, with its line number. */
function ruleBreaches(source: string): { line: number; why: string }[] {
  const breaches: { line: number; why: string }[] = [];
  source.split('\n').forEach((text, index) => {
    for (const rule of RULES) if (rule.pattern.test(text)) breaches.push({ line: index + 1, why: rule.why });
  });
  return breaches;
}

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return entry.name === 'dist' || entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return /\.(ts|tsx|mjs)$/.test(entry.name) && path !== resolve(import.meta.filename) ? [path] : [];
  });
}

describe('test suite hygiene', () => {
  it('finds each kind of breach (the rules can fail)', () => {
    const source = [
      'await page.waitForTimeout(400);',
      'await new Promise((done) => setTimeout(done, 50));',
      'await expect(locator.count()).resolves.toBe(2);',
      '  retry: 1,',
      'await expect.poll(() => locator.count()).toBe(2);',
      '  retry: 0,',
    ].join('\n');
    expect(ruleBreaches(source).map((breach) => breach.line)).toEqual([1, 2, 3, 4]);
  });

  it('no sleep, one-shot page read or retry anywhere in test/ or the test configs', () => {
    const files = [
      ...sourcesUnder(join(ROOT, 'test')),
      join(ROOT, 'vitest.config.ts'),
      join(ROOT, 'vitest.e2e.config.ts'),
      join(ROOT, 'vitest.replicas.config.ts'),
    ];
    const found = files.flatMap((file) =>
      ruleBreaches(readFileSync(file, 'utf8')).map(
        (breach) => `${relative(ROOT, file)}:${breach.line}: ${breach.why}`,
      ),
    );
    expect(found).toEqual([]);
  });
});
