import { describe, expect, it } from 'vitest';
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { diffValues, valueText } from './revision-diff';

const fields = fieldsFor(LATEST_EDITION);

describe('diffValues', () => {
  it('lists changed fields in printed order with their labels, before → after', () => {
    const changes = diffValues(
      { 'project.name': '旧名称', 'project.summary': '概述' },
      { 'project.name': '新名称', 'project.summary': '概述', 'contact.fax': '022-12345678' },
      fields,
    );
    expect(changes.map(({ key, before, after }) => [key, before, after])).toEqual(
      [
        ['contact.fax', '（空）', '022-12345678'],
        ['project.name', '旧名称', '新名称'],
      ].toSorted((a, b) => fields.findIndex((f) => f.key === a[0]) - fields.findIndex((f) => f.key === b[0])),
    );
    expect(changes.every((change) => !/[a-z]+\.[a-z]+/i.test(change.label))).toBe(true);
  });

  it('says nothing when nothing changed', () => {
    expect(diffValues({ 'project.name': '同' }, { 'project.name': '同' }, fields)).toEqual([]);
  });
});

describe('valueText', () => {
  it('reads every kind of value as the user would', () => {
    expect(valueText(undefined)).toBe('（空）');
    expect(valueText(true)).toBe('是');
    expect(valueText({ start: '2020-01-01', end: '2021-12-31' })).toBe('2020-01-01 至 2021-12-31');
    expect(valueText([{ id: 'a', name: '审计报告.pdf' } as never])).toBe('审计报告.pdf');
  });
});
