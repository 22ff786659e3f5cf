import { describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication } from '@/test/factories';
import { makeField, makeSnapshot, matchOf } from '@/test/snapshot-factory';
import { planFill } from './plan';

const values = makeApplication();
const edition = EDITION_2020;

describe('planFill', () => {
  it('sets text in page order, formatted as stored', () => {
    const name = makeField({ order: 2 });
    const capital = makeField({ order: 1, widget: 'number' });
    const plan = planFill(
      makeSnapshot([name, capital]),
      [matchOf(name, 'company.name'), matchOf(capital, 'company.registeredCapital')],
      values,
      { edition },
    );
    expect(plan.operations).toEqual([
      { type: 'setText', fieldId: capital.id, key: 'company.registeredCapital', text: '3600' },
      { type: 'setText', fieldId: name.id, key: 'company.name', text: values['company.name'] },
    ]);
  });

  it('chooses options by their printed label and aliases, 是/否 by their words', () => {
    const nature = makeField({ widget: 'radioGroup' });
    const listed = makeField({ widget: 'customSelect' });
    const direction = makeField({ widget: 'customSelect' });
    const plan = planFill(
      makeSnapshot([nature, listed, direction]),
      [
        matchOf(nature, 'company.nature'),
        matchOf(listed, 'company.listed'),
        matchOf(direction, 'project.direction'),
      ],
      values,
      { edition },
    );
    expect(
      plan.operations.map((operation) => operation.type === 'chooseOption' && operation.labels[0]),
    ).toEqual(['民营企业', '是', '方向3：在线医疗服务']);
  });

  it('ticks the chosen boxes of a multiple choice, with their aliases', () => {
    const business = makeField({ widget: 'checkboxGroup' });
    const plan = planFill(makeSnapshot([business]), [matchOf(business, 'company.mainBusiness')], values, {
      edition,
    });
    const [operation] = plan.operations;
    expect(operation?.type).toBe('checkOptions');
    expect(operation?.type === 'checkOptions' && operation.choices.map((words) => words[0])).toContain(
      '人工智能',
    );
  });

  it('splits 起止日期 over a range widget or two date inputs', () => {
    const range = makeField({ widget: 'dateRange' });
    const start = makeField({ widget: 'date' });
    const end = makeField({ widget: 'date' });
    const whole = planFill(makeSnapshot([range]), [matchOf(range, 'project.period')], values, { edition });
    expect(whole.operations).toEqual([
      {
        type: 'setDateRange',
        fieldId: range.id,
        key: 'project.period',
        start: '2019-07-01',
        end: '2021-06-30',
      },
    ]);
    const halves = planFill(
      makeSnapshot([start, end]),
      [matchOf(start, 'project.period', { part: 'start' }), matchOf(end, 'project.period', { part: 'end' })],
      values,
      { edition },
    );
    expect(halves.operations.map((operation) => operation.type === 'setDate' && operation.text)).toEqual([
      '2019-07-01',
      '2021-06-30',
    ]);
  });

  it('gives each input of a 其他荣誉 list one item, and a textarea all lines', () => {
    const first = makeField();
    const second = makeField();
    const list = planFill(
      makeSnapshot([first, second]),
      [matchOf(first, 'honours.other'), matchOf(second, 'honours.other')],
      values,
      { edition },
    );
    const honours = values['honours.other'] as string[];
    expect(list.operations.map((operation) => operation.type === 'setText' && operation.text)).toEqual(
      honours,
    );
    const area = makeField({ widget: 'textarea' });
    const joined = planFill(makeSnapshot([area]), [matchOf(area, 'honours.other')], values, { edition });
    expect(joined.operations[0]).toMatchObject({ text: honours.join('\n') });
  });

  it('attaches the stored files to a file slot', () => {
    const slot = makeField({ widget: 'file' });
    const plan = planFill(makeSnapshot([slot]), [matchOf(slot, 'attachment.revenueProof')], values, {
      edition,
    });
    expect(plan.operations[0]).toMatchObject({
      type: 'attachFiles',
      files: values['attachment.revenueProof'],
    });
  });

  it('never overwrites what the user typed on the page unless confirmed', () => {
    const name = makeField({ value: '用户自己填的名称' });
    const matches = [matchOf(name, 'company.name')];
    const plan = planFill(makeSnapshot([name]), matches, values, { edition });
    expect(plan.operations).toEqual([]);
    expect(plan.skipped).toEqual([
      {
        fieldId: name.id,
        key: 'company.name',
        reason: 'pageHasValue',
        current: '用户自己填的名称',
        proposed: values['company.name'],
      },
    ]);
    const confirmed = planFill(makeSnapshot([name]), matches, values, {
      edition,
      overwrite: new Set([name.id]),
    });
    expect(confirmed.operations).toHaveLength(1);
  });

  it('a page value equal to the draft is neither overwritten nor reported', () => {
    const name = makeField({ value: String(values['company.name']) });
    const plan = planFill(makeSnapshot([name]), [matchOf(name, 'company.name')], values, { edition });
    expect(plan).toEqual({ operations: [], skipped: [] });
  });

  it('reports fields the draft has no value for', () => {
    const lab = makeField();
    const plan = planFill(makeSnapshot([lab]), [matchOf(lab, 'honours.keyLab.year')], values, { edition });
    expect(plan.skipped).toEqual([{ fieldId: lab.id, key: 'honours.keyLab.year', reason: 'noValue' }]);
  });
});
