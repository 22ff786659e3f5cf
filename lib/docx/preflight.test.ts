import { describe, expect, it } from 'vitest';
import { customFieldDef } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { issuesBySection } from '@/lib/validate/by-section';
import { judgeWordLimit } from '@/lib/validate/formats';
import { makeApplication, TEST_TODAY } from '@/test/factories';
import { exportFileName, preflight } from './preflight';

describe('preflight before export', () => {
  it('lets the complete sample through', () => {
    expect(preflight(makeApplication(), EDITION_2020, TEST_TODAY)).toEqual([]);
  });

  it('reports an empty required cell with the dashboard rules', () => {
    const issues = preflight(
      makeApplication({ 'contact.fax': '', 'project.summary': undefined }),
      EDITION_2020,
      TEST_TODAY,
    );
    expect(issues.map((issue) => [issue.key, issue.code, issue.label])).toEqual([
      ['contact.fax', 'required', '申报联系人·传真'],
      ['project.summary', 'required', '项目概述'],
    ]);
  });

  it('reports format errors and missing proofs, but not warnings', () => {
    const issues = preflight(
      makeApplication({
        'company.creditCode': '91110000600037341M',
        'attachment.declaration': undefined,
        // 软件业务收入 ≠ the sum of its parts: a warning only.
        'figures.softwareRevenue': '1',
      }),
      EDITION_2020,
      TEST_TODAY,
    );
    expect(issues.map((issue) => issue.key)).toEqual(['company.creditCode', 'attachment.declaration']);
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
  });
});

describe('preflight: 不超过400字 by Word’s 字数', () => {
  const summaryIssues = (text: string) =>
    preflight(makeApplication({ 'project.summary': text }), EDITION_2020, TEST_TODAY).filter(
      (issue) => issue.key === 'project.summary',
    );

  it('blocks when 字数 is above the limit, in the words of the dashboard', () => {
    const text = `${'2019年营业收入12360万元'.repeat(44)}5G SaaS 应用平台`;
    expect(summaryIssues(text)).toEqual([
      expect.objectContaining({ code: 'tooLong', message: judgeWordLimit(text, 400).message }),
    ]);
    expect(summaryIssues(text)[0]?.message).toContain('请删减 2 字；按字符计为 716 个');
  });

  it('does not block when only the characters are above it (a warning)', () => {
    expect(summaryIssues('2019年营业收入12360万元'.repeat(44))).toEqual([]);
  });
});

describe('preflight: the user’s own fields', () => {
  const spec = {
    id: 'f1',
    label: '省级补充说明',
    aliases: [],
    kind: 'longText',
    required: true,
    maxWords: 10,
  } as const;
  const custom = (value: string | undefined) => ({
    fields: [customFieldDef(spec)],
    values: value === undefined ? {} : { 'custom.f1': value },
  });

  it('lists a custom long text over its 字数 and an empty required one, after the form’s, under 自定义栏目', () => {
    const text = `${'字'.repeat(10)}5G SaaS`;
    const issues = preflight(makeApplication({ 'contact.fax': '' }), EDITION_2020, TEST_TODAY, custom(text));
    expect(issues.map((issue) => [issue.key, issue.message])).toEqual([
      ['contact.fax', expect.any(String)],
      ['custom.f1', judgeWordLimit(text, 10).message],
    ]);
    expect(
      issuesBySection(issues, EDITION_2020).map((section) => [section.title, section.issues.length]),
    ).toEqual([
      ['一、申报单位基本信息', 1],
      ['自定义栏目', 1],
    ]);
    expect(preflight(makeApplication(), EDITION_2020, TEST_TODAY, custom(undefined))).toEqual([
      expect.objectContaining({ key: 'custom.f1', code: 'required' }),
    ]);
  });

  it('lets a custom text within its limit through', () => {
    expect(preflight(makeApplication(), EDITION_2020, TEST_TODAY, custom('字'.repeat(10)))).toEqual([]);
  });
});

describe('the file name', () => {
  it('is 申报书-<项目名称>-YYYYMMDD.docx', () => {
    expect(exportFileName(makeApplication(), TEST_TODAY, false)).toBe(
      '申报书-基于5G和人工智能的“云栈医联”互联网医疗服务平台-20200506.docx',
    );
  });

  it('marks a draft and drops characters file systems refuse', () => {
    expect(exportFileName({ 'project.name': 'A/B:C*平台?' }, TEST_TODAY, true)).toBe(
      '申报书-ABC平台-20200506-草稿.docx',
    );
    expect(exportFileName({}, TEST_TODAY, false)).toBe('申报书-未命名项目-20200506.docx');
  });
});
