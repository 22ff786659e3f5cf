import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldValues, fieldsFor } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { anyUnicodeString } from '@/test/arbitraries';
import { hanText, makeApplication, TEST_TODAY } from '@/test/factories';
import { validateChange, validateValues } from './index';

const options = { edition: EDITION_2020, today: TEST_TODAY };
const issuesOf = (overrides: Record<string, unknown>) => validateValues(makeApplication(overrides), options);
const only = (overrides: Record<string, unknown>) => {
  const issues = issuesOf(overrides);
  return issues.map((issue) => ({ key: issue.key, severity: issue.severity, code: issue.code }));
};

describe('validateValues on the sample applicant', () => {
  it('finds nothing to fix in the built-in sample (errors or warnings)', () => {
    expect(validateValues(makeApplication(), options)).toEqual([]);
  });
});

describe('required: 除另有说明外，申报表中栏目不得空缺', () => {
  it('an empty required cell is an error that says to fill it', () => {
    const issues = issuesOf({ 'company.name': '  ' });
    expect(issues).toEqual([
      expect.objectContaining({
        key: 'company.name',
        severity: 'error',
        code: 'required',
        label: '单位名称',
      }),
    ]);
    expect(issues[0]?.message).toContain('不能为空');
  });

  it('labels repeated sub-fields with their row group', () => {
    const issues = issuesOf({ 'leader.mobile': '' });
    expect(issues[0]?.label).toBe('项目负责人·手机');
  });

  it('上市=是 requires 上市时间, 上市地点 and 股票代码; 上市=否 does not', () => {
    const cleared = {
      'company.listingDate': undefined,
      'company.listingPlace': undefined,
      'company.stockCode': undefined,
    };
    expect(only({ ...cleared, 'company.listed': true })).toEqual([
      { key: 'company.listingDate', severity: 'error', code: 'required' },
      { key: 'company.listingPlace', severity: 'error', code: 'required' },
      { key: 'company.stockCode', severity: 'error', code: 'required' },
    ]);
    expect(only({ ...cleared, 'company.listed': false })).toEqual([]);
  });

  it('出口=是 requires 主要出口地点', () => {
    expect(only({ 'company.exportDestinations': '' })).toEqual([
      { key: 'company.exportDestinations', severity: 'error', code: 'required' },
    ]);
    expect(only({ 'company.exportDestinations': '', 'company.exports': false })).toEqual([]);
  });

  it('其他 requires 请注明 text, for 单位性质 and 主营业务', () => {
    expect(only({ 'company.nature': 'other', 'company.natureOther': '' })).toEqual([
      { key: 'company.natureOther', severity: 'error', code: 'required' },
    ]);
    expect(only({ 'company.mainBusiness': ['ai', 'other'], 'company.mainBusinessOther': undefined })).toEqual(
      [{ key: 'company.mainBusinessOther', severity: 'error', code: 'required' }],
    );
  });

  it('a ticked honour needs its year, and a year needs its level', () => {
    expect(only({ 'honours.keyLab.level': 'national' })).toEqual([
      { key: 'honours.keyLab.year', severity: 'error', code: 'required' },
    ]);
    expect(only({ 'honours.keyLab.year': '2018' })).toEqual([
      { key: 'honours.keyLab.level', severity: 'error', code: 'required' },
    ]);
  });

  it('软件业务收入 is required only from 软件业企业', () => {
    const cleared = {
      'figures.softwareRevenue': undefined,
      'figures.softwareProductRevenue': undefined,
      'figures.itServiceRevenue': undefined,
      'figures.embeddedSoftwareRevenue': undefined,
    };
    expect(only({ ...cleared, 'company.isSoftwareEnterprise': false })).toEqual([]);
    expect(only({ ...cleared, 'company.isSoftwareEnterprise': true }).map((issue) => issue.key)).toEqual([
      'figures.softwareRevenue',
      'figures.softwareProductRevenue',
      'figures.itServiceRevenue',
      'figures.embeddedSoftwareRevenue',
    ]);
  });

  it('a missing proof is an error; 其他荣誉 and 申报日期 are optional', () => {
    expect(only({ 'attachment.declaration': [] })).toEqual([
      { key: 'attachment.declaration', severity: 'error', code: 'required' },
    ]);
    expect(only({ 'honours.other': [], 'project.applicationDate': '' })).toEqual([]);
  });
});

describe('字数: 不超过400字, read with Word’s 字数统计', () => {
  it('401 字 is an error that says how much to cut', () => {
    const issues = issuesOf({ 'project.summary': hanText(401) });
    expect(issues).toEqual([
      expect.objectContaining({ key: 'project.summary', severity: 'error', code: 'tooLong' }),
    ]);
    expect(issues[0]?.message).toBe('超过 400 字上限：按 Word 字数统计为 401 字，请删减 1 字。');
  });

  it('within 10% of the limit is a warning; 360 字 is fine', () => {
    expect(only({ 'company.intro': hanText(361) })).toEqual([
      { key: 'company.intro', severity: 'warning', code: 'nearLimit' },
    ]);
    expect(only({ 'company.intro': hanText(360) })).toEqual([]);
  });

  it('characters above the limit with 字数 within it is a warning, never an error', () => {
    // 300 字 and 101 spaces: 401 characters.
    const spaced = `${hanText(300)}${' '.repeat(101)}`;
    expect(only({ 'project.summary': spaced })).toEqual([
      { key: 'project.summary', severity: 'warning', code: 'charsOverLimit' },
    ]);
    expect(issuesOf({ 'project.summary': spaced })[0]?.message).toBe(
      '按 Word 字数统计为 300 字，未超过 400 字上限；但按字符计为 401 个（空格不计入 Word 字数，按字符则计入）。' +
        '如果审核方按字符计数，可能被认为超出，建议删减 1 个字符。',
    );
  });

  it('figures and Latin words count as Word counts them', () => {
    // 2019年营业收入12360万元 is 9 字 and 16 characters: × 44 is 396 字, 704 characters.
    const figures = '2019年营业收入12360万元'.repeat(44);
    expect(only({ 'project.summary': figures })).toEqual([
      { key: 'project.summary', severity: 'warning', code: 'charsOverLimit' },
    ]);
    // Then 5G(1) SaaS(1) 应用平台(4): 402 字.
    expect(only({ 'project.summary': `${figures}5G SaaS 应用平台` })).toEqual([
      { key: 'project.summary', severity: 'error', code: 'tooLong' },
    ]);
  });
});

describe('formats', () => {
  it('a 统一社会信用代码 with a wrong check character', () => {
    const issues = issuesOf({ 'company.creditCode': '91110000600037341M' });
    expect(issues).toEqual([
      expect.objectContaining({ key: 'company.creditCode', code: 'format', severity: 'error' }),
    ]);
  });

  it('accepts the 9-character 组织机构代码 because the label allows it', () => {
    expect(only({ 'company.creditCode': '60003734-1' })).toEqual([]);
  });

  it('a mobile with 10 digits', () => {
    const issues = issuesOf({ 'contact.mobile': '1380013800' });
    expect(issues).toEqual([expect.objectContaining({ key: 'contact.mobile', code: 'format' })]);
    expect(issues[0]?.message).toContain('11');
  });

  it('a fax without area code', () => {
    expect(only({ 'contact.fax': '6820' })).toEqual([
      { key: 'contact.fax', severity: 'error', code: 'format' },
    ]);
  });

  it('an end date before the start date', () => {
    expect(only({ 'project.period': { start: '2021-06-30', end: '2019-07-01' } })).toEqual([
      { key: 'project.period', severity: 'error', code: 'format' },
    ]);
  });

  it('a year in the future', () => {
    expect(only({ 'honours.highTech.year': '2021' })).toEqual([
      { key: 'honours.highTech.year', severity: 'error', code: 'format' },
    ]);
  });

  it('a stock code that does not belong to the stated exchange', () => {
    expect(only({ 'company.listingPlace': '上海证券交易所', 'company.stockCode': '000001' })).toEqual([
      { key: 'company.stockCode', severity: 'error', code: 'format' },
    ]);
  });

  it('an amount with a thousands separator is accepted with a note', () => {
    expect(only({ 'company.registeredCapital': '5,000' })).toEqual([
      { key: 'company.registeredCapital', severity: 'warning', code: 'normalized' },
    ]);
  });

  it('a direction of another edition is not an option of this one', () => {
    const issues = issuesOf({ 'project.direction': '2018-06' });
    expect(issues).toEqual([expect.objectContaining({ key: 'project.direction', code: 'unknownOption' })]);
    expect(issues[0]?.message).toContain('方向3：在线医疗服务');
  });

  it('a value of the wrong type is reported, not thrown', () => {
    expect(only({ 'company.name': 42, 'company.listed': '是' })).toEqual([
      { key: 'company.name', severity: 'error', code: 'wrongType' },
      { key: 'company.listed', severity: 'error', code: 'wrongType' },
    ]);
  });

  it('a revenue proof of another fiscal year is stale', () => {
    const issues = issuesOf({ 'attachment.revenueProof': [{ name: '2018年度审计报告.pdf', year: 2018 }] });
    expect(issues).toEqual([
      expect.objectContaining({ key: 'attachment.revenueProof', severity: 'warning', code: 'staleProof' }),
    ]);
    expect(issues[0]?.message).toContain('2019');
  });
});

describe('cross-field warnings', () => {
  it('软件业务收入 should equal the sum of its three parts', () => {
    const issues = issuesOf({ 'figures.softwareRevenue': '1' });
    expect(issues).toEqual([
      expect.objectContaining({ key: 'figures.softwareRevenue', severity: 'warning', code: 'crossField' }),
    ]);
  });

  it('研发投入 should not exceed 主营业务收入', () => {
    expect(only({ 'figures.rdInvestment': '99999999' })).toEqual([
      { key: 'figures.rdInvestment', severity: 'warning', code: 'crossField' },
    ]);
  });

  it('the same person as 联系人 and 负责人 should have one phone', () => {
    const values = makeApplication({});
    const sameName = { 'leader.name': values['contact.name'], 'leader.email': values['contact.email'] };
    expect(only(sameName)).toEqual([{ key: 'leader.mobile', severity: 'warning', code: 'crossField' }]);
    expect(only({ ...sameName, 'leader.mobile': values['contact.mobile'] })).toEqual([]);
  });
});

describe('validateChange (per keystroke)', () => {
  it('re-checks the fields that depend on the changed one', () => {
    const values = makeApplication({ 'company.stockCode': '' });
    expect(validateChange('company.listed', values, options).map((issue) => issue.key)).toEqual([
      'company.stockCode',
    ]);
  });

  it('returns the changed field’s own issues and the cross rules that read it', () => {
    const values = makeApplication({ 'figures.softwareProductRevenue': '0' });
    expect(
      validateChange('figures.softwareProductRevenue', values, options).map((issue) => issue.code),
    ).toEqual(['crossField']);
  });

  it('ignores keys the catalog does not know', () => {
    expect(validateChange('no.such.key', makeApplication(), options)).toEqual([]);
  });
});

describe('validators are total', () => {
  const keys = fieldsFor(EDITION_2020).map((field) => field.key);
  const anyValue = fc.oneof(
    anyUnicodeString(),
    fc.string({ unit: 'grapheme' }),
    fc.boolean(),
    fc.array(fc.string()),
    fc.record({ start: fc.string(), end: fc.string() }),
    fc.array(fc.record({ name: fc.string(), year: fc.integer() })),
    fc.constant(null),
    fc.integer(),
  );

  it('never throws, whatever the values hold, and every issue has a zh-CN message', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...keys), anyValue), (values) => {
        for (const edition of [EDITION_2020, EDITION_2018]) {
          const issues = validateValues(values as FieldValues, { edition, today: TEST_TODAY });
          for (const issue of issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles a 1 MB text and control characters in every field', () => {
    const huge = `${'申'.repeat(500_000)}\u0000\u0007\ud800😀${'a'.repeat(500_000)}`;
    const values = Object.fromEntries(keys.map((key) => [key, huge]));
    expect(() => validateValues(values, options)).not.toThrow();
  });
});

describe('short fields', () => {
  it('a pasted paragraph in a code field is an error that says so', () => {
    const issues = validateValues(makeApplication({ 'contact.mobile': hanText(300) }), options);
    expect(issues).toEqual([expect.objectContaining({ key: 'contact.mobile', code: 'format' })]);
    expect(issues[0]?.message).toContain('内容过长');
  });
});
