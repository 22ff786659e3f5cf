import { describe, expect, it } from 'vitest';
import { countChars, countWords } from '../validate/formats/wordCount';
import { EDITION_2020 } from './editions/edition-2020';
import { applicationValues, fieldIndex, fieldsFor, findEdition } from './index';
import { SAMPLE_APPLICANT } from './sample';
import type { AttachmentRef, Condition, FieldDef, FieldValue, FieldValues } from './types';

const { company, figuresByYear, draft } = SAMPLE_APPLICANT;
const fields = fieldsFor(EDITION_2020);
const byKey = fieldIndex(EDITION_2020);
const application = applicationValues(company, figuresByYear, draft.values, EDITION_2020);
const YEARS = [2017, 2018, 2019] as const;

// Independent of lib/validate on purpose: the sample is checked against the form's rules,
// not against the implementation that it is used to test.

function isFilled(value: FieldValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return true;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) {
    return (
      value.length > 0 &&
      value.every((item: string | AttachmentRef) =>
        typeof item === 'string' ? item.trim() !== '' : item.name.trim() !== '',
      )
    );
  }
  const range = value as { start: string; end: string };
  return range.start.trim() !== '' && range.end.trim() !== '';
}

function holds(condition: Condition, values: FieldValues): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((inner) => holds(inner, values));
  const value = values[condition.key];
  if ('filled' in condition) return isFilled(value);
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  return value === condition.equals;
}

function isRequired(field: FieldDef, values: FieldValues): boolean {
  const required = field.rules.required;
  if (required === 'always') return true;
  if (required === 'optional') return false;
  return holds(required.when, values);
}

const text = (values: FieldValues, key: string): string => {
  const value = values[key];
  if (typeof value !== 'string') throw new Error(`${key} is not a string`);
  return value;
};

/** 万元 as hundredths, so sums compare exactly. */
function hundredths(amount: string): number {
  expect(amount).toMatch(/^(0|[1-9]\d*)(\.\d{1,2})?$/);
  const [whole = '0', fraction = ''] = amount.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** GB 32100-2015, written from the standard's text (not from lib/validate). */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function usccValid(code: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += USCC_CHARS.indexOf(code.charAt(i)) * weight;
    weight = (weight * 3) % 31;
  }
  return USCC_CHARS.charAt((31 - (sum % 31)) % 31) === code.charAt(17);
}

/** GB 11714-1997 组织机构代码: 8 body characters (0–9, A=10 … Z=35) and a check character. */
function organizationCodeValid(code: string): boolean {
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return false;
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  const value = (c: string) => (c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c.charCodeAt(0) - 55);
  const sum = weights.reduce((acc, w, i) => acc + value(code.charAt(i)) * w, 0);
  const check = 11 - (sum % 11);
  return code.charAt(8) === (check === 10 ? 'X' : check === 11 ? '0' : String(check));
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

describe('sample applicant: shape', () => {
  it('is a draft of the 2020 edition', () => {
    expect(draft.editionId).toBe('2020');
    expect(findEdition(draft.editionId)).toBe(EDITION_2020);
  });

  it('has figures for fiscal years 2017, 2018 and 2019', () => {
    expect(Object.keys(figuresByYear).map(Number).sort()).toEqual([...YEARS]);
  });

  it('uses only catalog keys, each in the part its scope belongs to', () => {
    const parts: [string, FieldValues, readonly string[]][] = [
      ['company', company, ['company']],
      ...YEARS.map((year): [string, FieldValues, readonly string[]] => [
        `figures ${year}`,
        figuresByYear[year] ?? {},
        ['figures'],
      ]),
      ['draft', draft.values, ['project', 'attachment']],
    ];
    for (const [part, values, scopes] of parts) {
      for (const key of Object.keys(values)) {
        const field = byKey.get(key);
        expect(field, `${part}: ${key} is not in the catalog`).toBeDefined();
        expect(scopes, `${part}: ${key} has scope ${field?.scope}`).toContain(field?.scope);
      }
    }
  });

  it('holds no empty values and no placeholders', () => {
    const all = [company, ...YEARS.map((year) => figuresByYear[year] ?? {}), draft.values];
    for (const values of all) {
      for (const [key, value] of Object.entries(values)) {
        expect(isFilled(value), key).toBe(true);
        const serialized = JSON.stringify(value);
        expect(serialized, key).not.toMatch(
          /TODO|TBD|FIXME|lorem|XX|xx|某某|待填|待定|示例|placeholder|\?\?/i,
        );
      }
    }
  });

  it('stores each value in the shape of its kind', () => {
    for (const [key, value] of Object.entries(application)) {
      const field = byKey.get(key);
      if (!field || value === undefined) continue;
      switch (field.kind) {
        case 'yesNo':
          expect(typeof value, key).toBe('boolean');
          break;
        case 'multiChoice':
        case 'textList':
          expect(Array.isArray(value) && value.every((item) => typeof item === 'string'), key).toBe(true);
          break;
        case 'attachment':
          expect(Array.isArray(value) && value.every((item) => typeof item === 'object'), key).toBe(true);
          break;
        case 'dateRange': {
          const range = value as { start: string; end: string };
          expect(isIsoDate(range.start) && isIsoDate(range.end), key).toBe(true);
          expect(range.start <= range.end, key).toBe(true);
          break;
        }
        case 'amount':
          expect(value, key).toMatch(/^(0|[1-9]\d*)(\.\d{1,2})?$/);
          break;
        case 'integer':
          expect(value, key).toMatch(/^(0|[1-9]\d*)$/);
          break;
        case 'year':
          expect(value, key).toMatch(/^(19|20)\d{2}$/);
          expect(Number(value), key).toBeLessThanOrEqual(EDITION_2020.year);
          break;
        case 'date':
          expect(isIsoDate(value as string), key).toBe(true);
          break;
        case 'mobile':
          expect(value, key).toMatch(/^1[3-9]\d{9}$/);
          break;
        case 'phone':
          expect(value, key).toMatch(/^0\d{2,3}-[2-9]\d{6,7}$/);
          break;
        case 'email':
          expect(value, key).toMatch(/^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/);
          break;
        default:
          expect(typeof value, key).toBe('string');
      }
    }
  });

  it('chooses only options the catalog offers, with the 其他 text when 其他 is chosen', () => {
    for (const field of fields.filter((f) => f.kind === 'singleChoice' || f.kind === 'multiChoice')) {
      const value = application[field.key];
      if (value === undefined) continue;
      const chosen = Array.isArray(value) ? (value as readonly string[]) : [value as string];
      const options = (field.options ?? []).map((option) => option.value);
      for (const choice of chosen) expect(options, field.key).toContain(choice);
      const other = field.options?.find((option) => option.isOther)?.value;
      if (field.otherKey && other && chosen.includes(other)) {
        expect(isFilled(application[field.otherKey]), field.otherKey).toBe(true);
      }
    }
  });
});

describe('sample applicant: every rule of the 2020 申报书', () => {
  it('fills every always-required field', () => {
    const missing = fields
      .filter((field) => field.rules.required === 'always')
      .filter((field) => !isFilled(application[field.key]))
      .map((field) => field.key);
    expect(missing).toEqual([]);
  });

  it('fills every field whose condition holds for the sample', () => {
    const missing = fields
      .filter((field) => isRequired(field, application) && !isFilled(application[field.key]))
      .map((field) => field.key);
    expect(missing).toEqual([]);
  });

  it('exercises the conditional parts of the form', () => {
    const conditional = fields.filter((field) => typeof field.rules.required === 'object');
    const triggered = conditional.filter((field) => isRequired(field, application)).map((field) => field.key);
    expect(triggered).toEqual(
      expect.arrayContaining([
        'company.mainBusinessOther',
        'company.listingDate',
        'company.listingPlace',
        'company.stockCode',
        'company.exportDestinations',
        'honours.highTech.level',
        'honours.highTech.year',
        'honours.techCenter.level',
        'honours.techCenter.year',
        'figures.softwareRevenue',
        'figures.softwareProductRevenue',
        'figures.itServiceRevenue',
        'figures.embeddedSoftwareRevenue',
        'attachment.honourProof',
      ]),
    );
    expect(company['company.nature']).toBe('private');
    expect(company['company.natureOther']).toBeUndefined();
    const business = company['company.mainBusiness'] as readonly string[];
    expect(business).toContain('other');
    expect(business.length).toBeGreaterThanOrEqual(4);
    expect(company['company.listed']).toBe(true);
    expect(company['company.listingPlace']).toBe('全国中小企业股份转让系统（新三板）');
    expect(company['company.stockCode']).toMatch(/^87\d{4}$/);
    expect(text(company, 'company.listingDate')).toMatch(/^2017-/);
    expect(company['company.exports']).toBe(true);
    expect(company['company.isSoftwareEnterprise']).toBe(true);
    expect(company['honours.highTech.level']).toBe('national');
    expect(company['honours.techCenter.level']).toBe('provincial');
    // 重点实验室 not held: level and year both empty, so neither is required.
    expect(company['honours.keyLab.level']).toBeUndefined();
    expect(company['honours.keyLab.year']).toBeUndefined();
    expect(company['honours.other']).toHaveLength(2);
  });

  it('has a valid 统一社会信用代码 with a valid embedded 组织机构代码', () => {
    const code = text(company, 'company.creditCode');
    expect(code).toMatch(/^91500/);
    expect(usccValid(code)).toBe(true);
    expect(organizationCodeValid(code.slice(8, 17))).toBe(true);
  });

  it('the independent check-code implementations reject altered codes', () => {
    const code = text(company, 'company.creditCode');
    const altered = `${code.slice(0, 10)}${code.charAt(10) === '1' ? '2' : '1'}${code.slice(11)}`;
    expect(usccValid(altered)).toBe(false);
    expect(organizationCodeValid(altered.slice(8, 17))).toBe(false);
    expect(usccValid('91350100M000100Y43')).toBe(true); // the worked example of GB 32100-2015
  });

  it('keeps the two 不超过400字 texts between 340 and 358 by both counts', () => {
    for (const [values, key] of [
      [company, 'company.intro'],
      [draft.values, 'project.summary'],
    ] as const) {
      expect(byKey.get(key)?.rules.maxWords).toBe(400);
      const value = text(values, key);
      for (const count of [countWords(value), countChars(value)]) {
        expect(count, key).toBeGreaterThanOrEqual(340);
        expect(count, key).toBeLessThanOrEqual(358);
      }
    }
  });

  it('writes 研发能力 in 100–250 字 and each section-三 text in 250–700 characters', () => {
    const rd = text(company, 'company.rdCapability');
    for (const count of [countWords(rd), countChars(rd)]) {
      expect(count).toBeGreaterThanOrEqual(100);
      expect(count).toBeLessThanOrEqual(250);
    }
    const details = fields.filter((field) => field.section === 'detail');
    expect(details).toHaveLength(9);
    for (const field of details) {
      const length = countChars(text(draft.values, field.key));
      expect(length, field.key).toBeGreaterThanOrEqual(250);
      expect(length, field.key).toBeLessThanOrEqual(700);
    }
  });

  it('has a consistent project: direction, period, investment, dates', () => {
    expect(draft.values['project.direction']).toBe('2020-03');
    expect(EDITION_2020.directions.map((direction) => direction.id)).toContain('2020-03');
    const period = draft.values['project.period'] as { start: string; end: string };
    expect(period.start < period.end).toBe(true);
    expect(text(draft.values, 'project.applicationDate') > period.start).toBe(true);
    expect(text(draft.values, 'project.applicationDate') < period.end).toBe(true);
    expect(draft.values['project.recommender']).toBe('重庆市经济和信息化委员会');
    expect(hundredths(text(draft.values, 'project.investment'))).toBeGreaterThan(0);
  });

  it('names two different people as 申报联系人 and 项目负责人, on the company domain', () => {
    const values = application;
    expect(values['contact.name']).not.toBe(values['leader.name']);
    expect(values['contact.mobile']).not.toBe(values['leader.mobile']);
    expect(values['contact.email']).not.toBe(values['leader.email']);
    const domain = (key: string) => text(values, key).split('@')[1];
    expect(domain('contact.email')).toBe(domain('leader.email'));
    expect(text(values, 'contact.fax')).toMatch(/^023-\d{8}$/);
  });

  it('attaches 1–2 plausible files for every 附1–附3 item, the revenue proof of 2019', () => {
    expect(EDITION_2020.attachments.length).toBeGreaterThan(0);
    for (const requirement of EDITION_2020.attachments) {
      const refs = draft.values[requirement.key] as readonly AttachmentRef[] | undefined;
      expect(refs, requirement.key).toBeDefined();
      expect(refs?.length, requirement.key).toBeGreaterThanOrEqual(1);
      expect(refs?.length, requirement.key).toBeLessThanOrEqual(2);
      for (const ref of refs ?? []) {
        expect(ref.name, requirement.key).toMatch(/^[^/\\:*?"<>|]+\.pdf$/);
        if (ref.year !== undefined) expect(ref.year, requirement.key).toBeLessThanOrEqual(EDITION_2020.year);
        if (requirement.fiscalYearBound) expect(ref.year, requirement.key).toBe(EDITION_2020.fiscalYear);
      }
    }
  });
});

describe('sample applicant: figures', () => {
  const figureKeys = fields.filter((field) => field.scope === 'figures').map((field) => field.key);
  const amount = (year: number, key: string) => hundredths(text(figuresByYear[year] ?? {}, key));

  it('fills every figure of every year', () => {
    for (const year of YEARS) {
      expect(Object.keys(figuresByYear[year] ?? {}).sort(), String(year)).toEqual([...figureKeys].sort());
    }
  });

  it('software revenue is exactly the sum of its three parts', () => {
    for (const year of YEARS) {
      const parts =
        amount(year, 'figures.softwareProductRevenue') +
        amount(year, 'figures.itServiceRevenue') +
        amount(year, 'figures.embeddedSoftwareRevenue');
      expect(amount(year, 'figures.softwareRevenue'), String(year)).toBe(parts);
    }
  });

  it('no part figure exceeds 主营业务收入', () => {
    for (const year of YEARS) {
      const main = amount(year, 'figures.mainRevenue');
      for (const key of [
        'figures.rdInvestment',
        'figures.infoConsumptionRevenue',
        'figures.softwareRevenue',
      ]) {
        expect(amount(year, key), `${year} ${key}`).toBeLessThanOrEqual(main);
      }
    }
  });

  it('grows from 2017 to 2019', () => {
    for (const key of figureKeys) {
      expect(amount(2017, key), key).toBeLessThan(amount(2018, key));
      expect(amount(2018, key), key).toBeLessThan(amount(2019, key));
    }
  });
});

describe('sample applicant: the texts agree with the tables', () => {
  const details = fields
    .filter((field) => field.section === 'detail')
    .map((field) => text(draft.values, field.key));
  const all = [text(company, 'company.intro'), text(draft.values, 'project.summary'), ...details].join('\n');

  it('names the company, the leader and the platform of the tables', () => {
    expect(text(draft.values, 'detail.qualification')).toContain(text(company, 'company.name'));
    expect(text(draft.values, 'detail.subjects')).toContain(text(company, 'company.name'));
    expect(text(draft.values, 'detail.team')).toContain(text(draft.values, 'leader.name'));
    expect(text(draft.values, 'detail.team')).toContain(text(draft.values, 'leader.title'));
    expect(text(draft.values, 'project.name')).toContain('云栈医联');
    expect(text(draft.values, 'project.summary')).toContain('云栈医联互联网医疗服务平台');
  });

  it('quotes the figures of 2019, the investment and the dates as the tables give them', () => {
    const fy = figuresByYear[2019] ?? {};
    expect(text(company, 'company.intro')).toContain(`研发人员${text(fy, 'figures.rdStaff')}人`);
    expect(text(draft.values, 'detail.qualification')).toContain(
      `研发投入${text(fy, 'figures.rdInvestment')}万元`,
    );
    expect(text(draft.values, 'detail.qualification')).toContain(
      `注册资本${text(company, 'company.registeredCapital')}万元`,
    );
    expect(text(draft.values, 'detail.qualification')).toContain(text(company, 'company.stockCode'));
    expect(text(draft.values, 'project.summary')).toContain(
      `总投资${text(draft.values, 'project.investment')}万元`,
    );
    expect(text(draft.values, 'detail.progress')).toContain('2019年7月启动');
    expect(text(draft.values, 'detail.implementationPlan')).toContain('2021年6月');
    expect(text(company, 'company.exportDestinations')).toContain('越南、泰国、老挝');
    expect(text(draft.values, 'detail.replicability')).toContain('越南、泰国、老挝');
    // 1710 of 3860 万元 spent, 2150 left: the two texts agree.
    expect(all).toContain('1710万元');
    expect(all).toContain('2150万元');
    expect(3860 - 1710).toBe(2150);
  });
});
