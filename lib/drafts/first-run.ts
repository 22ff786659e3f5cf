import { type Edition, LATEST_EDITION } from '@/lib/catalog';

/**
 * The fiscal years whose figures a company needs: those of the editions its drafts are for
 * (the 2020 edition asks for 2019), or the newest edition's when it has no draft yet.
 * Ascending, without repeats.
 */
export function neededFiscalYears(editions: readonly Edition[], latest: Edition = LATEST_EDITION): number[] {
  const years = new Set((editions.length > 0 ? editions : [latest]).map((edition) => edition.fiscalYear));
  return [...years].toSorted((a, b) => a - b);
}

/**
 * The year 「添加年度」 proposes: the first needed fiscal year not entered yet, otherwise the
 * year after the newest entered one (never past last year: figures are of a closed year).
 */
export function proposedFigureYear(
  entered: readonly number[],
  needed: readonly number[],
  today = new Date(),
): number {
  const missing = needed.find((year) => !entered.includes(year));
  if (missing !== undefined) return missing;
  const newest = Math.max(...entered, ...needed);
  return Math.min(newest + 1, today.getFullYear() - 1);
}

export type FirstRunStep = 'company' | 'figures' | 'draft' | 'done';

export interface FirstRunState {
  /** The step the user is at; 'done' once a draft exists. */
  step: FirstRunStep;
  /** The company the next step is about (the newest one). */
  companyId?: string;
}

interface CompanyFacts {
  id: string;
  createdAt: number;
  /** Fiscal years with at least one figure entered. */
  figureYears: readonly number[];
}

/**
 * The first run's guide: 新建单位 → 年度经营数据 (of the year the newest edition asks for) →
 * 新建草稿. Once any draft exists the guide is done.
 */
export function firstRunState(
  companies: readonly CompanyFacts[],
  draftCount: number,
  latest: Edition = LATEST_EDITION,
): FirstRunState {
  if (draftCount > 0) return { step: 'done' };
  const newest = companies.toSorted((a, b) => b.createdAt - a.createdAt)[0];
  if (!newest) return { step: 'company' };
  if (!newest.figureYears.includes(latest.fiscalYear)) return { step: 'figures', companyId: newest.id };
  return { step: 'draft', companyId: newest.id };
}
