// @vitest-environment jsdom
/**
 * 「检查」 on the rendered replicas (test/dom-fixtures): collect → match → checkPage,
 * with the sample applicant's 2020 application as the draft. After a clean fill the check
 * must be silent; faults seeded into the DOM before collecting must be found on the right key
 * and the right field.
 */
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { collectFields } from '@/lib/fill/collect';
import { matchFields } from '@/lib/fill/match';
import type { FieldMatch } from '@/lib/fill/types';
import { loadFixture } from '@/test/dom-fixtures/load';
import { hanText, makeApplication, TEST_TODAY } from '@/test/factories';
import { checkPage } from './check-page';
import { readPageValues } from './page-values';

const FIELDS = fieldsFor(EDITION_2020);
const DRAFT = makeApplication();

function run(doc: Document) {
  const { snapshot, handles } = collectFields(doc);
  const { matches } = matchFields(snapshot, FIELDS);
  const check = checkPage({ snapshot, matches, edition: EDITION_2020, draft: DRAFT, today: TEST_TODAY });
  return { snapshot, handles, matches, check };
}

const idsOf = (matches: readonly FieldMatch[], key: string, part?: 'start' | 'end') =>
  matches
    .filter((match) => match.key === key && (!part || match.part === part))
    .map((match) => match.fieldId);

/** The clean fills: every replica as the fill leaves it. The antd replica is a 5-step wizard. */
const FILLED: [string, number][] = [
  ['element-ui-filled', 38],
  ['antd-step1', 20],
  ['antd-step2', 17],
  ['antd-step3', 10],
  ['antd-step4', 9],
  ['antd-step5', 6],
  ['layui-filled', 63],
  ['table-filled', 63],
];

describe('clean fill: 检查 is silent', () => {
  it.each(FILLED)('%s: no errors, no warnings, no differences', (name, keys) => {
    const { check, snapshot, matches } = run(loadFixture(name));
    // Not vacuous: the page's fields were recognised and read.
    const { sources } = readPageValues(snapshot, matches, FIELDS);
    expect(sources.size).toBeGreaterThanOrEqual(keys);
    expect(check.issues).toEqual([]);
    expect(check.differences).toEqual([]);
  });

  it('reads the antd upload lists as the draft’s files, all required ones attached', () => {
    const { check } = run(loadFixture('antd-step5'));
    const draft = SAMPLE_APPLICANT.draft.values;
    expect(check.attachments.map((item) => item.key)).toEqual(
      EDITION_2020.attachments.map((item) => item.key),
    );
    for (const item of check.attachments) {
      expect(item.required).toBe(true); // 附1-1 too: the honours of step 2 come from the draft
      expect(item.attached).toEqual((draft[item.key] as { name: string }[]).map((ref) => ref.name));
    }
  });

  it.each(['layui-filled', 'table-filled'])(
    '%s: native and layui upload slots are read from the site’s list of uploaded files',
    (name) => {
      const { check } = run(loadFixture(name));
      expect(check.attachments).toHaveLength(6);
      for (const item of check.attachments) {
        const shipped = (SAMPLE_APPLICANT.draft.values[item.key] as { name: string }[]).map(
          (ref) => ref.name,
        );
        expect(item.attached, item.key).toEqual(shipped);
      }
      expect(check.issues.filter((issue) => issue.key.startsWith('attachment.'))).toEqual([]);
    },
  );
});

interface Seed {
  key: string;
  value?: string;
  part?: 'start' | 'end';
  /** Which of the field's controls (a range picker's end input is 1). */
  control?: number;
  /** Untick every box of a choice. */
  uncheck?: boolean;
}

/** Loads a fixture, changes what the page holds (as a user would), then checks it. */
function seeded(name: string, seeds: Seed[]) {
  const doc = loadFixture(name);
  const before = run(doc);
  for (const seed of seeds) {
    const [fieldId] = idsOf(before.matches, seed.key, seed.part);
    const handle = fieldId ? before.handles.get(fieldId) : undefined;
    if (!handle) throw new Error(`${name}: no field for ${seed.key}`);
    if (seed.uncheck) {
      for (const control of handle.controls) (control as HTMLInputElement).checked = false;
      continue;
    }
    const control = handle.controls[seed.control ?? 0] as HTMLInputElement | HTMLTextAreaElement | undefined;
    if (!control) throw new Error(`${name}: no control for ${seed.key}`);
    control.value = seed.value ?? '';
  }
  return run(doc);
}

const COMPANY_FAULTS: Seed[] = [
  { key: 'company.creditCode', value: '91500112056187230Q' }, // wrong check character (P)
  { key: 'contact.mobile', value: '1398362741' }, // 10 digits
  { key: 'company.stockCode', value: '' }, // 上市 = 是 on the page
  { key: 'company.legalRepresentative', value: '' },
];
const COMPANY_EXPECTED = [
  'contact.mobile:format',
  'company.legalRepresentative:required',
  'company.creditCode:format',
  'company.stockCode:required',
];
const SUMMARY_FAULT: Seed = { key: 'project.summary', value: hanText(401) };
const PROJECT_EXPECTED = ['project.period:format', 'project.summary:tooLong'];

const CASES: [string, Seed[], string[]][] = [
  ['element-ui-filled', COMPANY_FAULTS, COMPANY_EXPECTED],
  ['antd-step1', COMPANY_FAULTS, COMPANY_EXPECTED],
  [
    'antd-step3',
    [
      SUMMARY_FAULT,
      { key: 'project.period', control: 1, value: '2019-06-30' },
      { key: 'leader.name', value: '' },
    ],
    ['project.period:format', 'leader.name:required', 'project.summary:tooLong'],
  ],
  [
    'layui-filled',
    [...COMPANY_FAULTS, SUMMARY_FAULT, { key: 'project.period', value: '2021-06-30 - 2019-07-01' }],
    [...COMPANY_EXPECTED, ...PROJECT_EXPECTED],
  ],
  [
    'table-filled',
    [
      ...COMPANY_FAULTS,
      SUMMARY_FAULT,
      { key: 'project.period', part: 'end', value: '2019-06-30' },
      { key: 'company.nature', uncheck: true },
    ],
    [...COMPANY_EXPECTED, 'company.nature:required', ...PROJECT_EXPECTED],
  ],
];

describe('seeded faults are found on the right key and field', () => {
  it.each(CASES)('%s', (name, seeds, expected) => {
    const { check, matches } = seeded(name, seeds);
    const errors = check.issues.filter((issue) => issue.severity === 'error');
    expect(errors.map((issue) => `${issue.key}:${issue.code}`).sort()).toEqual([...expected].sort());
    for (const issue of errors) {
      expect(issue.fieldIds).toEqual(idsOf(matches, issue.key));
      expect(issue.fieldIds.length).toBeGreaterThan(0);
    }
    expect(check.issues.filter((issue) => issue.severity === 'warning')).toEqual([]);
    // Every seeded field now differs from the draft, and nothing else does.
    expect(check.differences.map((item) => item.key).sort()).toEqual(
      [...new Set(seeds.map((seed) => seed.key))].sort(),
    );
  });

  it('says why: the messages name the fault', () => {
    const { check } = seeded('layui-filled', [
      ...COMPANY_FAULTS,
      SUMMARY_FAULT,
      { key: 'project.period', value: '2021-06-30 - 2019-07-01' },
    ]);
    const message = (key: string) => check.issues.find((issue) => issue.key === key)?.message ?? '';
    expect(message('company.creditCode')).toContain('校验位');
    expect(message('contact.mobile')).toContain('当前为10位');
    expect(message('project.summary')).toContain('超过 400 字');
    expect(message('project.period')).toContain('结束日期早于开始日期');
  });

  it('写回草稿 gets the page’s value in the stored shape', () => {
    const { snapshot, matches } = seeded('table-filled', [
      { key: 'project.period', part: 'end', value: '2021-12-31' },
      { key: 'company.registeredCapital', value: '3800.00' },
    ]);
    const { values } = readPageValues(snapshot, matches, FIELDS);
    expect(values['project.period']).toEqual({ start: '2019-07-01', end: '2021-12-31' });
    expect(values['company.registeredCapital']).toBe('3800.00');
    expect(values['company.nature']).toBe('private');
    expect(values['company.mainBusiness']).toEqual(DRAFT['company.mainBusiness']);
    expect(values['company.listed']).toBe(true);
    expect(values['project.direction']).toBe('2020-03');
    expect(values['honours.other']).toEqual(DRAFT['honours.other']);
  });
});
