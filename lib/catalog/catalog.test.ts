import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderCatalogMarkdown } from './docs';
import { EDITION_2018 } from './editions/edition-2018';
import { EDITION_2020 } from './editions/edition-2020';
import {
  BASE_FIELDS,
  type Condition,
  CROSS_FIELD_RULES,
  EDITIONS,
  type FieldDef,
  fieldsFor,
  findEdition,
} from './index';

const root = resolve(import.meta.dirname, '../..');
/** The source documents, kept in the repo so the tests run on a fresh clone. */
const form2020 = readFileSync(resolve(root, 'docs/sources/2020-notice-and-form.txt'), 'utf8');
const notice2018 = readFileSync(resolve(root, 'docs/sources/2018-notice.txt'), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, '');

function conditionKeys(condition: Condition): string[] {
  return 'anyOf' in condition ? condition.anyOf.flatMap(conditionKeys) : [condition.key];
}

describe('catalog meta-test: every field is complete data', () => {
  const fields = fieldsFor(EDITION_2020);

  it.each(fields.map((field) => [field.key, field] as const))(
    '%s has label, kind, scope and rules',
    (_key, field) => {
      expect(field.label.trim()).not.toBe('');
      expect(field.kind).toBeTruthy();
      expect(field.scope).toBeTruthy();
      expect(field.rules.required).toBeTruthy();
      expect(field.key).toMatch(/^[a-z]+(\.[a-zA-Z0-9]+)+$/);
    },
  );

  it('keys are unique', () => {
    const keys = fields.map((field) => field.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('choice fields have options; 其他 options point at an existing text field', () => {
    const byKey = new Map(fields.map((field) => [field.key, field]));
    for (const field of fields.filter((f) => f.kind === 'singleChoice' || f.kind === 'multiChoice')) {
      expect(field.options?.length, field.key).toBeGreaterThan(1);
      const values = field.options?.map((option) => option.value) ?? [];
      expect(new Set(values).size, field.key).toBe(values.length);
      if (field.otherKey) {
        expect(byKey.get(field.otherKey)?.kind, field.key).toBe('text');
        expect(
          field.options?.some((option) => option.isOther),
          field.key,
        ).toBe(true);
      }
    }
  });

  it('every condition and cross-field rule names an existing field', () => {
    const keys = new Set(fields.map((field) => field.key));
    const referenced = fields.flatMap((field: FieldDef) => [
      ...(typeof field.rules.required === 'object' ? conditionKeys(field.rules.required.when) : []),
      ...(field.rules.exchangeKey ? [field.rules.exchangeKey] : []),
    ]);
    for (const rule of CROSS_FIELD_RULES) {
      if (rule.type === 'sumEquals') referenced.push(rule.total, ...rule.parts);
      if (rule.type === 'notGreaterThan') referenced.push(rule.key, rule.limit);
      if (rule.type === 'samePersonAgrees') referenced.push(...rule.names, ...rule.pairs.flat());
    }
    for (const key of referenced) expect(keys.has(key), key).toBe(true);
  });

  it('labels are printed exactly as in the 2020 申报书 (whitespace of the layout aside)', () => {
    const printed = squash(form2020);
    for (const field of fields.filter((f) => !f.auxiliary && !f.extra)) {
      expect(printed, `${field.key}: ${field.label}`).toContain(squash(field.label));
      for (const option of field.optionsFromEditionDirections ? [] : (field.options ?? [])) {
        expect(printed, `${field.key}: ${option.label}`).toContain(squash(option.label));
      }
    }
  });

  it('has every cell the foundation issue names, with its kind', () => {
    const expected: Record<string, string> = {
      'company.name': 'text',
      'contact.name': 'text',
      'contact.title': 'text',
      'contact.mobile': 'mobile',
      'contact.fax': 'phone',
      'contact.email': 'email',
      'company.registeredCapital': 'amount',
      'company.legalRepresentative': 'text',
      'company.registeredAddress': 'text',
      'company.officeAddress': 'text',
      'company.creditCode': 'creditCode',
      'company.nature': 'singleChoice',
      'company.mainBusiness': 'multiChoice',
      'company.listed': 'yesNo',
      'company.listingDate': 'date',
      'company.listingPlace': 'text',
      'company.stockCode': 'stockCode',
      'company.exports': 'yesNo',
      'company.exportDestinations': 'text',
      'honours.highTech.level': 'singleChoice',
      'honours.highTech.year': 'year',
      'honours.techCenter.level': 'singleChoice',
      'honours.techCenter.year': 'year',
      'honours.keyLab.level': 'singleChoice',
      'honours.keyLab.year': 'year',
      'honours.other': 'textList',
      'company.rdCapability': 'longText',
      'figures.mainRevenue': 'amount',
      'figures.rdInvestment': 'amount',
      'figures.infoConsumptionRevenue': 'amount',
      'figures.rdStaff': 'integer',
      'figures.softwareRevenue': 'amount',
      'figures.softwareProductRevenue': 'amount',
      'figures.itServiceRevenue': 'amount',
      'figures.embeddedSoftwareRevenue': 'amount',
      'company.intro': 'longText',
      'project.name': 'text',
      'project.period': 'dateRange',
      'project.investment': 'amount',
      'leader.name': 'text',
      'leader.title': 'text',
      'leader.mobile': 'mobile',
      'leader.email': 'email',
      'project.direction': 'singleChoice',
      'project.summary': 'longText',
    };
    const byKey = new Map(fields.map((field) => [field.key, field.kind]));
    for (const [key, kind] of Object.entries(expected)) expect(byKey.get(key), key).toBe(kind);
    expect(fields.filter((field) => field.section === 'detail')).toHaveLength(9);
  });

  it('单位性质 has the 9 printed choices plus 其他, 主营业务 the 14 plus 其他', () => {
    const options = (key: string) => fields.find((field) => field.key === key)?.options ?? [];
    expect(options('company.nature')).toHaveLength(10);
    expect(options('company.mainBusiness')).toHaveLength(15);
  });

  it('the 400-字 limits of 申报单位简介 and 项目概述 are data', () => {
    const limited = fields.filter((field) => field.rules.maxWords !== undefined).map((field) => field.key);
    expect(limited.sort()).toEqual(['company.intro', 'project.summary']);
  });

  it('scopes: figures belong to a fiscal year, table 二 and 三 to the draft, 附 to attachments', () => {
    for (const field of fields) {
      if (field.key.startsWith('figures.')) expect(field.scope).toBe('figures');
      if (field.section === 'project' || field.section === 'detail') expect(field.scope).toBe('project');
      if (field.section === 'attachments') expect(field.scope).toBe('attachment');
      if (field.kind === 'attachment') expect(field.scope).toBe('attachment');
    }
  });

  it('fields beyond the 申报书 are extra: their own section, never required, never printed', () => {
    const extra = fields.filter((field) => field.extra);
    expect(extra.map((field) => field.key)).toEqual(
      expect.arrayContaining([
        'company.foundedDate',
        'company.postalCode',
        'company.website',
        'company.bankName',
        'company.bankAccount',
        'company.employees',
        'company.industry',
        'contact.landline',
        'contact.secondName',
        'attachment.businessLicense',
        'attachment.legalRepresentativeId',
      ]),
    );
    for (const field of extra) {
      expect(field.section, field.key).toBe('extra');
      expect(field.rules.required, field.key).toBe('optional');
    }
    for (const field of fields.filter((f) => f.section === 'extra'))
      expect(field.extra, field.key).toBe(true);
  });

  it('rules where a standard exists: 邮政编码, 银行账号, 网址, dates, phones', () => {
    const byKey = new Map(fields.map((field) => [field.key, field]));
    expect(byKey.get('company.postalCode')?.rules.format).toBe('postalCode');
    expect(byKey.get('company.bankAccount')?.rules.format).toBe('bankAccount');
    expect(byKey.get('company.website')?.rules.format).toBe('url');
    expect(byKey.get('company.foundedDate')?.kind).toBe('date');
    expect(byKey.get('contact.landline')?.kind).toBe('phone');
  });

  it('所属行业 holds GB/T 4754—2017: 20 门类, 97 大类 numbered 01–97', () => {
    const byKey = new Map(fields.map((field) => [field.key, field]));
    expect(
      byKey
        .get('company.industrySection')
        ?.options?.map((option) => option.value)
        .join(''),
    ).toBe('ABCDEFGHIJKLMNOPQRST');
    const divisions = byKey.get('company.industry')?.options?.map((option) => option.value) ?? [];
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, index) => String(index + 1).padStart(2, '0')));
  });
});

describe('editions', () => {
  it('2020 has its 10 directions as printed in 附件1 and 申报书', () => {
    expect(EDITION_2020.directions.map((direction) => direction.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    for (const direction of EDITION_2020.directions) {
      expect(squash(form2020)).toContain(squash(`方向${direction.number}：${direction.label}`));
      expect(form2020).toContain(`${direction.number}.${direction.label}`);
    }
    expect(EDITION_2020.fiscalYear).toBe(2019);
  });

  it('2018 has its 10 directions as printed in the 2018 notice', () => {
    expect(EDITION_2018.directions.map((direction) => direction.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    for (const direction of EDITION_2018.directions) {
      expect(notice2018).toContain(`${direction.number}．${direction.label}`);
    }
  });

  it('direction ids are unique across editions and continuations point at earlier editions', () => {
    const all = EDITIONS.flatMap((edition) =>
      edition.directions.map((direction) => ({ edition, direction })),
    );
    expect(new Set(all.map(({ direction }) => direction.id)).size).toBe(all.length);
    const byId = new Map(all.map((entry) => [entry.direction.id, entry]));
    for (const { edition, direction } of all) {
      for (const id of direction.continues ?? [])
        expect(byId.get(id)?.edition.year).toBeLessThan(edition.year);
    }
  });

  it('附1 has 3 items, 附2 has 2, 附3 the 申报主体责任声明; the revenue proof names the fiscal year', () => {
    for (const edition of EDITIONS) {
      const count = (appendix: string) =>
        edition.attachments.filter((item) => item.appendix === appendix).length;
      expect([count('附1'), count('附2'), count('附3')]).toEqual([3, 2, 1]);
      const revenue = edition.attachments.find((item) => item.key === 'attachment.revenueProof');
      expect(revenue?.label).toContain(`${edition.fiscalYear}年`);
      expect(revenue?.proof).toContain('财务审计报告');
    }
  });

  it('the direction field takes its options from the edition', () => {
    const direction = (editionId: string) =>
      fieldsFor(findEdition(editionId) ?? EDITION_2020).find((field) => field.key === 'project.direction');
    expect(direction('2020')?.options?.map((option) => option.value)).toContain('2020-09');
    expect(direction('2018')?.options?.map((option) => option.value)).toContain('2018-06');
    expect(BASE_FIELDS.find((field) => field.key === 'project.direction')?.options).toBeUndefined();
  });
});

describe('docs/catalog.md', () => {
  it('is up to date with the catalog (run `npm run generate`)', () => {
    const onDisk = readFileSync(resolve(root, 'docs/catalog.md'), 'utf8');
    expect(onDisk).toBe(renderCatalogMarkdown());
  });

  it('lists every field key and every direction of both editions', () => {
    const markdown = renderCatalogMarkdown();
    for (const edition of EDITIONS) {
      for (const field of fieldsFor(edition)) expect(markdown).toContain(`\`${field.key}\``);
      for (const direction of edition.directions) expect(markdown).toContain(direction.label);
    }
  });
});
