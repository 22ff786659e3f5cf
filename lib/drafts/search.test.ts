import { describe, expect, it } from 'vitest';
import { LATEST_EDITION } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { CHOICE_LIMIT, choiceList, matchesQuery, pageOf } from './search';
import type { DraftSummary } from './summary';

const summary = (name: string, company: string, edition = LATEST_EDITION): DraftSummary => ({
  draft: {
    id: name,
    companyId: 'c',
    editionId: edition.id,
    status: 'editing',
    title: name,
    checklist: [],
    filled: 0,
    required: 0,
    errors: 0,
    warnings: 0,
    basis: 'test',
    createdAt: 0,
    updatedAt: 0,
  },
  company: { id: 'c', profile: { 'company.name': company }, createdAt: 0, updatedAt: 0 },
  edition,
});

describe('matchesQuery', () => {
  const smartHome = summary('智慧家庭服务平台', '天津信息科技有限公司');
  it('finds by project name, company and edition, every word', () => {
    expect(matchesQuery(smartHome, '智慧')).toBe(true);
    expect(matchesQuery(smartHome, '天津')).toBe(true);
    expect(matchesQuery(smartHome, `${LATEST_EDITION.year}年`)).toBe(true);
    expect(matchesQuery(smartHome, `天津 ${LATEST_EDITION.year}`)).toBe(true);
    expect(matchesQuery(smartHome, `天津 ${EDITION_2018.year}`)).toBe(false);
    expect(matchesQuery(smartHome, '  ')).toBe(true);
  });
});

describe('pageOf', () => {
  const items = Array.from({ length: 120 }, (_, index) => index);
  it('cuts a page and clamps the page number', () => {
    expect(pageOf(items, 0, 50)).toMatchObject({ page: 0, pages: 3 });
    expect(pageOf(items, 2, 50).items).toHaveLength(20);
    expect(pageOf(items, 9, 50).page).toBe(2);
    expect(pageOf([], 0, 50)).toEqual({ items: [], page: 0, pages: 1 });
  });
});

describe('choiceList', () => {
  const many = Array.from({ length: 500 }, (_, index) => summary(`项目${index}`, '单位'));
  it('offers the newest drafts only, and the current one wherever it is', () => {
    expect(choiceList(many, undefined).map(({ draft }) => draft.id)).toEqual(
      many.slice(0, CHOICE_LIMIT).map(({ draft }) => draft.id),
    );
    const withCurrent = choiceList(many, '项目450');
    expect(withCurrent).toHaveLength(CHOICE_LIMIT + 1);
    expect(withCurrent.at(-1)?.draft.id).toBe('项目450');
    expect(choiceList(many, '项目3')).toHaveLength(CHOICE_LIMIT);
    expect(choiceList(many, 'gone')).toHaveLength(CHOICE_LIMIT);
  });
});
