import { describe, expect, it } from 'vitest';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { firstRunState, neededFiscalYears, proposedFigureYear } from './first-run';

describe('neededFiscalYears', () => {
  it('is the fiscal year of each edition the drafts are for', () => {
    expect(neededFiscalYears([EDITION_2020, EDITION_2018, EDITION_2020])).toEqual([
      EDITION_2018.fiscalYear,
      2019,
    ]);
  });
  it('is the newest edition’s year for a company without drafts', () => {
    expect(neededFiscalYears([], EDITION_2020)).toEqual([2019]);
  });
});

describe('proposedFigureYear', () => {
  const today = new Date('2026-12-07');
  it('proposes the needed year first, not the current year', () => {
    expect(proposedFigureYear([], [2019], today)).toBe(2019);
    expect(proposedFigureYear([2018], [2019], today)).toBe(2019);
  });
  it('then the year after the newest, up to last year', () => {
    expect(proposedFigureYear([2019], [2019], today)).toBe(2020);
    expect(proposedFigureYear([2019, 2025], [2019], today)).toBe(2025);
  });
});

describe('firstRunState', () => {
  it('walks 新建单位 → 年度经营数据 → 新建草稿', () => {
    expect(firstRunState([], 0, EDITION_2020)).toEqual({ step: 'company' });
    const company = { id: 'c1', createdAt: 1, figureYears: [] };
    expect(firstRunState([company], 0, EDITION_2020)).toEqual({ step: 'figures', companyId: 'c1' });
    expect(firstRunState([{ ...company, figureYears: [2019] }], 0, EDITION_2020)).toEqual({
      step: 'draft',
      companyId: 'c1',
    });
    expect(firstRunState([company], 1, EDITION_2020)).toEqual({ step: 'done' });
  });
  it('is about the newest company', () => {
    const older = { id: 'old', createdAt: 1, figureYears: [2019] };
    const newer = { id: 'new', createdAt: 2, figureYears: [] };
    expect(firstRunState([older, newer], 0, EDITION_2020).companyId).toBe('new');
  });
});
