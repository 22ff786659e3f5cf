import { describe, expect, it } from 'vitest';
import { customFieldDef, LATEST_EDITION, SECTIONS } from '@/lib/catalog';
import { CUSTOM_SECTION, issuesBySection } from './by-section';
import { validateValues } from './index';

describe('issuesBySection', () => {
  it('lists every issue of an empty draft once, under its section, in printed order', () => {
    const issues = validateValues({}, { edition: LATEST_EDITION, today: new Date('2020-06-01') });
    const groups = issuesBySection(issues, LATEST_EDITION);
    expect(groups.flatMap((group) => group.issues)).toHaveLength(issues.length);
    const order = SECTIONS.map((section) => section.id);
    const ids = groups.map((group) => group.id);
    expect(ids).toEqual(order.filter((id) => ids.includes(id)));
    expect(issues.length).toBeGreaterThan(30);
  });

  it('puts the user’s own fields (custom.<id>) last, under 自定义栏目, only when they have issues', () => {
    const issues = validateValues(
      { 'custom.f1': undefined },
      {
        edition: LATEST_EDITION,
        today: new Date('2020-06-01'),
        extraFields: [
          customFieldDef({ id: 'f1', label: '省级补充说明', aliases: [], kind: 'text', required: true }),
        ],
      },
    );
    const groups = issuesBySection(issues, LATEST_EDITION);
    expect(groups.at(-1)).toEqual({
      ...CUSTOM_SECTION,
      issues: [expect.objectContaining({ key: 'custom.f1' })],
    });
    expect(groups.at(-1)?.title).toBe('自定义栏目');
    expect(
      groups
        .slice(0, -1)
        .flatMap((group) => group.issues)
        .map((issue) => issue.key),
    ).not.toContain('custom.f1');
  });

  it('keeps empty sections when asked (the section navigation shows them all)', () => {
    expect(issuesBySection([], LATEST_EDITION, { keepEmpty: true })).toHaveLength(SECTIONS.length);
    expect(issuesBySection([], LATEST_EDITION)).toEqual([]);
  });
});
