import { describe, expect, it } from 'vitest';
import { LATEST_EDITION, SECTIONS } from '@/lib/catalog';
import { issuesBySection } from './by-section';
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

  it('keeps empty sections when asked (the section navigation shows them all)', () => {
    expect(issuesBySection([], LATEST_EDITION, { keepEmpty: true })).toHaveLength(SECTIONS.length);
    expect(issuesBySection([], LATEST_EDITION)).toEqual([]);
  });
});
