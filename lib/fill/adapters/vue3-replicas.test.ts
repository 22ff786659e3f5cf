// @vitest-environment jsdom
/**
 * The Vue 3 adapters (element-plus.ts, ant-design-vue.ts) on the rendered DOM of their
 * replicas (test/dom-fixtures, saved from Chromium by scripts/capture-replica-fixtures.ts):
 * collect, match, plan and the 检查's read-back. Both replicas carry the element-ui replica's
 * form and backend, so what the fill finds there is the yardstick. test/e2e/fill.e2e.ts fills
 * both through the real extension.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { checkPage } from '@/lib/check/check-page';
import { readPageValues } from '@/lib/check/page-values';
import type { Collected } from '@/lib/fill/handles';
import { loadFixture } from '@/test/dom-fixtures/load';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { collectFields } from '../collect';
import { matchFields } from '../match';
import { planFill } from '../plan';
import type { FieldMatch, FieldSnapshot } from '../types';

const FIELDS = fieldsFor(EDITION_2020);
const DRAFT = makeApplication();

interface Run extends Collected {
  matches: readonly FieldMatch[];
}

// One collect and match per fixture and file (the pages are large for jsdom).
const runs = new Map<string, Run>();
function run(name: string, includeHidden = true): Run {
  const id = `${name}|${includeHidden}`;
  let found = runs.get(id);
  if (!found) {
    const collected = collectFields(loadFixture(name), { includeHidden });
    found = { ...collected, matches: matchFields(collected.snapshot, FIELDS).matches };
    runs.set(id, found);
  }
  return found;
}

const keysOf = (matches: readonly FieldMatch[]) => [...new Set(matches.map((match) => match.key))].sort();
const frameworks = (fields: readonly FieldSnapshot[]) => [...new Set(fields.map((field) => field.framework))];
const fieldOf = (page: Run, key: string): FieldSnapshot => {
  const id = page.matches.find((match) => match.key === key)?.fieldId;
  const field = page.snapshot.fields.find((item) => item.id === id);
  if (!field) throw new Error(`no field matched to ${key}`);
  return field;
};

describe('Element Plus (element-plus.ts)', () => {
  it('claims the widgets of its own page, and none of the element-ui page', () => {
    const plus = run('element-plus');
    const widgets = plus.snapshot.fields.filter(
      (field) => field.widget !== 'text' && field.widget !== 'textarea',
    );
    expect(frameworks(widgets)).toEqual(['element-plus']);
    expect(frameworks(run('element-ui').snapshot.fields)).not.toContain('element-plus');
  });

  it('finds every field the element-ui replica’s same form has, with the same widget kinds', () => {
    const plus = run('element-plus');
    const ui = run('element-ui');
    expect(keysOf(plus.matches)).toEqual(keysOf(ui.matches));
    for (const key of ['project.recommender', 'project.direction']) {
      expect(fieldOf(plus, key).widget, key).toBe('customSelect');
    }
    expect(fieldOf(plus, 'project.period').widget).toBe('dateRange');
    expect(fieldOf(plus, 'honours.highTech.year').widget).toBe('date');
  });

  it('reads a select’s options from its teleported listbox and the placeholder as empty', () => {
    const recommender = fieldOf(run('element-plus'), 'project.recommender');
    expect(recommender.value).toBe('');
    expect(recommender.options?.length).toBe(22);
    expect(recommender.options?.some((option) => option.checked)).toBe(false);
    expect(recommender.evidence.map((item) => item.text)).toContain('推荐单位');
  });

  it('plans a chooseOption for each select of the empty page', () => {
    const page = run('element-plus');
    const plan = planFill(page.snapshot, page.matches, DRAFT, { edition: EDITION_2020 });
    const chosen = plan.operations.filter((operation) => operation.type === 'chooseOption');
    const ids = ['project.recommender', 'project.direction'].map((key) => fieldOf(page, key).id);
    for (const id of ids) expect(chosen.map((operation) => operation.fieldId)).toContain(id);
  });

  it('检查 after the fill: the selects read back as chosen, no false 未生效, no issue, no difference', () => {
    const page = run('element-plus-filled', false);
    const { values, sources } = readPageValues(page.snapshot, page.matches, FIELDS);
    expect(sources.size).toBeGreaterThanOrEqual(38);
    expect(values['company.listingPlace']).toBe(DRAFT['company.listingPlace']);
    expect(values['company.listingDate']).toBe(DRAFT['company.listingDate']);
    expect(values['honours.highTech.year']).toBe(DRAFT['honours.highTech.year']);
    const check = checkPage({
      snapshot: page.snapshot,
      matches: page.matches,
      edition: EDITION_2020,
      draft: DRAFT,
      today: TEST_TODAY,
    });
    expect(check.issues).toEqual([]);
    expect(check.differences).toEqual([]);
  });
});

describe('ant-design-vue (ant-design-vue.ts)', () => {
  it('claims the widgets of its own page, and none of the antd page', () => {
    const widgets = run('antdv-step1-empty').snapshot.fields.filter(
      (field) => field.widget !== 'text' && field.widget !== 'textarea',
    );
    expect(frameworks(widgets)).toEqual(['antdv']);
    expect(frameworks(run('antd-step1').snapshot.fields)).not.toContain('antdv');
  });

  it('tells 申报联系人·姓名 from the card titles, and matches step 1 whole', () => {
    const page = run('antdv-step1-empty');
    expect(fieldOf(page, 'contact.name').context[0]).toBe('申报联系人');
    for (const key of [
      'company.name',
      'company.creditCode',
      'contact.mobile',
      'company.nature',
      'company.mainBusiness',
      'company.listed',
      'honours.keyLab.year',
      'figures.rdStaff',
      'company.intro',
    ]) {
      expect(keysOf(page.matches), key).toContain(key);
    }
  });

  it('matches the Select whose filter box is type=search, and reads back what was picked', () => {
    const page = run('antdv-step1-listed');
    const place = fieldOf(page, 'company.listingPlace');
    expect(place).toMatchObject({ widget: 'customSelect', framework: 'antdv', inputType: 'search' });
    expect(place.options?.find((option) => option.checked)?.label).toBe('全国中小企业股份转让系统（新三板）');
    const { values } = readPageValues(page.snapshot, page.matches, FIELDS);
    expect(values['company.listingPlace']).toBe(DRAFT['company.listingPlace']);
    expect(values['company.listingDate']).toBe('2017-03-16');
    expect(values['company.nature']).toBe('private');
    expect(values['company.listed']).toBe(true);
  });

  it('plans the picker dates as setDate, the Select as chooseOption', () => {
    const page = run('antdv-step1-listed');
    const plan = planFill(page.snapshot, page.matches, DRAFT, { edition: EDITION_2020 });
    const byField = new Map(plan.operations.map((operation) => [operation.fieldId, operation.type]));
    expect(byField.get(fieldOf(page, 'honours.highTech.year').id)).toBe('setDate');
    const empty = run('antdv-step1-empty');
    const first = planFill(empty.snapshot, empty.matches, DRAFT, { edition: EDITION_2020 });
    expect(
      first.operations.find((operation) => operation.fieldId === fieldOf(empty, 'company.nature').id)?.type,
    ).toBe('chooseOption');
  });
});
