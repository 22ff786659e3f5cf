// @vitest-environment jsdom
/**
 * Documents Shenbao did not write (issue 13, measured): 申报书 files and figures sheets made
 * with LibreOffice from the sources in test/fixtures/import/sources (scripts/
 * generate-import-fixtures.sh), each with its expected values. Every imported value must be
 * right (0 wrong, nothing extra), every expected value present, and every value the file
 * holds but that cannot be read listed as not imported.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './index';

const FOLDER = join(__dirname, '../../test/fixtures/import');

interface Expected {
  editionId?: string;
  company?: Record<string, unknown>;
  figuresByYear: Record<string, Record<string, unknown>>;
  draft?: Record<string, unknown>;
  notImported: string[];
}

const cases = readdirSync(FOLDER)
  .filter((name) => name.endsWith('.expected.json'))
  .map((name) => {
    const base = name.replace('.expected.json', '');
    const file = readdirSync(FOLDER).find(
      (other) => other.startsWith(`${base}.`) && !other.endsWith('.json'),
    );
    return {
      base,
      file: file as string,
      expected: JSON.parse(readFileSync(join(FOLDER, name), 'utf8')) as Expected,
    };
  });

/** Flattens company, figures per year and draft into `scope:key` → value for counting. */
function flatten(result: Pick<Expected, 'company' | 'figuresByYear' | 'draft'>): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  for (const [key, value] of Object.entries(result.company ?? {})) entries.set(key, value);
  for (const [year, values] of Object.entries(result.figuresByYear))
    for (const [key, value] of Object.entries(values)) entries.set(`${key}@${year}`, value);
  for (const [key, value] of Object.entries(result.draft ?? {})) entries.set(key, value);
  return entries;
}

describe('fixtures Shenbao did not write', () => {
  it('has at least five 申报书 files, an .xlsx and a .csv', () => {
    expect(cases.filter((item) => item.file.endsWith('.docx')).length).toBeGreaterThanOrEqual(5);
    expect(cases.some((item) => item.file.endsWith('.xlsx'))).toBe(true);
    expect(cases.some((item) => item.file.endsWith('.csv'))).toBe(true);
  });

  it.each(cases)(
    '$file: 0 wrong values, nothing missed, every unreadable value reported',
    { timeout: 30_000 },
    ({ file, expected }) => {
      const result = readImportFile(file, new Uint8Array(readFileSync(join(FOLDER, file))));
      if (expected.editionId) expect(result.editionId).toBe(expected.editionId);
      const got = flatten({
        company: result.company,
        figuresByYear: result.figuresByYear as Expected['figuresByYear'],
        draft: result.draft ?? {},
      });
      const want = flatten(expected);
      const wrong = [...got].filter(
        ([key, value]) => !want.has(key) || JSON.stringify(want.get(key)) !== JSON.stringify(value),
      );
      const missed = [...want.keys()].filter((key) => !got.has(key));
      expect({ wrong: Object.fromEntries(wrong), missed }).toEqual({ wrong: {}, missed: [] });
      expect(result.notImported.map((item) => item.label).sort()).toEqual([...expected.notImported].sort());
      // Every value carries its source.
      for (const value of result.values) expect(value.source.row).not.toBe('');
    },
  );
});
