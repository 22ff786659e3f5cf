import { describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
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
