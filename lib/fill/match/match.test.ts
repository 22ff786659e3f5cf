import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { confident, explain, makeField, makeSnapshot, pageBuilder, unsure } from '@/test/match-factories';
import type { EvidenceSource, FieldSnapshot, MatchResult, WidgetKind } from '../types';
import { DEFAULT_THRESHOLD, fieldSignature, fieldSignatures, matchFields } from './index';

const fields = fieldsFor(EDITION_2020);
const byKey = new Map(fields.map((field) => [field.key, field]));

describe('matchFields', () => {
  it('leaves search boxes, captchas and logins unmatched', () => {
    const page = pageBuilder('native');
    page.add('search', 'text', { placeholder: '请输入关键字搜索', ariaLabel: '搜索' });
    page.add('captcha', 'text', { formItemLabel: '验证码', name: 'yzm' });
    page.add('password', 'text', { formItemLabel: '密码', name: 'password' });
    page.add('nothing', 'text', {});
    const result = matchFields(page.snapshot(), fields);
    expect(result.matches).toEqual([]);
    expect(result.unmatched).toEqual(['search', 'captcha', 'password', 'nothing']);
  });

  it('maps 项目开始日期 / 项目结束日期 date inputs to the two halves of project.period', () => {
    const page = pageBuilder('native');
    page.add('a', 'date', { precedingText: '项目结束日期' });
    page.add('b', 'date', { precedingText: '项目开始日期' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({
      a: 'project.period#end',
      b: 'project.period#start',
    });
  });

  it('reads the half from the placeholder of a lone date input under 建设周期', () => {
    const page = pageBuilder('element');
    page.add('from', 'date', { formItemLabel: '建设周期', placeholder: '开始日期' });
    page.add('to', 'date', { placeholder: '结束日期' }, { context: [] });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({
      from: 'project.period#start',
      to: 'project.period#end',
    });
  });

  it('keeps a single unlabelled date under 起止日期 待确认 (which half is unclear)', () => {
    const page = pageBuilder('native');
    page.add('only', 'date', { cellLeft: '起止日期：' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result)).toEqual({});
    expect(unsure(result)).toEqual({ only: 'project.period' });
  });

  it('a range picker takes the whole key and leaves no half to a stray date', () => {
    const page = pageBuilder('antd');
    page.add('range', 'dateRange', { formItemLabel: '起止日期' });
    page.add('stray', 'date', { formItemLabel: '项目开始日期' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({ range: 'project.period' });
  });

  it('honours the threshold option', () => {
    const page = pageBuilder('element');
    page.add('place', 'customSelect', { formItemLabel: '上市地点' }, { options: ['上海证券交易所'] });
    expect(confident(matchFields(page.snapshot(), fields))).toEqual({ place: 'company.listingPlace' });
    const strict = matchFields(page.snapshot(), fields, [], { threshold: 0.95 });
    expect(confident(strict)).toEqual({});
    expect(unsure(strict)).toEqual({ place: 'company.listingPlace' });
    expect(DEFAULT_THRESHOLD).toBe(0.6);
  });

  it('rejects a threshold outside (0, 1] instead of quietly using the default', () => {
    const page = pageBuilder('native');
    page.add('name', 'text', { formItemLabel: '单位名称' });
    for (const threshold of [Number.NaN, 0, -0.5, 1.5]) {
      expect(() => matchFields(page.snapshot(), fields, [], { threshold })).toThrow(
        /threshold must be in \(0, 1\]/,
      );
    }
  });

  it('matches the 2018 edition (its revenue proof names 2017)', () => {
    const page = pageBuilder('native');
    page.add(
      'proof',
      'file',
      { formItemLabel: '3.申报单位主营业务收入(2017年)证明材料' },
      { context: ['附1'] },
    );
    const result = matchFields(page.snapshot(), fieldsFor(EDITION_2018));
    expect(confident(result)).toEqual({ proof: 'attachment.revenueProof' });
  });

  it('a second look-alike of a matched field is a 待确认 guess, not a second fill', () => {
    const page = pageBuilder('native');
    page.add('name1', 'text', { formItemLabel: '单位名称' });
    page.add('name2', 'text', { formItemLabel: '单位名称' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result)).toEqual({ name1: 'company.name' });
    expect(result.unsure[0]).toMatchObject({ fieldId: 'name2', key: 'company.name', confident: false });
    expect(result.unsure[0]?.reason).toContain('already matched by name1');
  });
});

describe('learned mappings', () => {
  const taughtPage = () => {
    const page = pageBuilder('native');
    page.add('f0', 'text', { formItemLabel: '甲方名称', id: 'f_k2j3h4l5' }, { context: ['基本信息'] });
    page.add('f1', 'text', { formItemLabel: '单位名称' }, { context: ['基本信息'] });
    return page;
  };

  it('maps a field with a learned signature to its key with score 1', () => {
    const page = taughtPage();
    const signature = fieldSignature(page.fields[0] as FieldSnapshot);
    const result = matchFields(page.snapshot(), fields, [{ signature, key: 'company.name' }]);
    expect(result.matches[0]).toMatchObject({
      fieldId: 'f0',
      key: 'company.name',
      score: 1,
      confident: true,
    });
    // …and takes the key away from the field that would have had it.
    expect(confident(result)).toEqual({ f0: 'company.name' });
    expect(unsure(result)).toEqual({ f1: 'company.name' });
  });

  it('survives a reload with new generated ids and a new order', () => {
    const signature = fieldSignature(taughtPage().fields[0] as FieldSnapshot);
    const reloaded = makeSnapshot([
      makeField({
        id: 'x9',
        order: 40,
        evidence: { formItemLabel: '甲方名称：', id: 'f_9q8w7e6r' },
        context: ['基本信息'],
      }),
    ]);
    expect(fieldSignature(reloaded.fields[0] as FieldSnapshot)).toBe(signature);
    expect(confident(matchFields(reloaded, fields, [{ signature, key: 'company.name' }]))).toEqual({
      x9: 'company.name',
    });
  });

  it('tells look-alikes apart by occurrence (the second 授予年份 of a card)', () => {
    const page = pageBuilder('antd');
    for (const id of ['y1', 'y2', 'y3'])
      page.add(id, 'date', { formItemLabel: '授予年份' }, { context: ['荣誉'] });
    const signatures = fieldSignatures(page.snapshot());
    const base = fieldSignature(page.fields[0] as FieldSnapshot);
    expect([...signatures.values()]).toEqual([base, `${base}#2`, `${base}#3`]);
    const result = matchFields(page.snapshot(), fields, [
      { signature: `${base}#2`, key: 'honours.keyLab.year' },
      { signature: base, key: 'honours.techCenter.year' },
    ]);
    expect(confident(result)).toEqual({ y1: 'honours.techCenter.year', y2: 'honours.keyLab.year' });
    expect(unsure(result)).toEqual({ y3: 'honours.highTech.year' });
  });

  it('ignores mappings to keys the catalog does not have (taught under another edition)', () => {
    const page = taughtPage();
    const signature = fieldSignature(page.fields[1] as FieldSnapshot);
    const learned = [{ signature, key: 'company.nonexistent' }];
    expect(confident(matchFields(page.snapshot(), fields, learned))).toEqual({ f1: 'company.name' });
  });

  it('signatures leave out ids, generated names and order, keep labels, names and context', () => {
    const a = makeField({
      id: 'a',
      order: 1,
      evidence: { formItemLabel: '联系人手机', name: 'lxrsj', id: 'x1' },
    });
    const b = makeField({
      id: 'b',
      order: 9,
      evidence: { formItemLabel: '*联系人手机：', name: 'lxrsj', id: 'x2' },
    });
    const c = makeField({ id: 'c', evidence: { formItemLabel: '负责人手机', name: 'fzrsj' } });
    const d = makeField({
      id: 'd',
      evidence: { formItemLabel: '手机', name: 'f_a1b2c3d4' },
      context: ['项目负责人'],
    });
    const e = makeField({
      id: 'e',
      evidence: { formItemLabel: '手机', name: 'f_z9y8x7w6' },
      context: ['项目负责人'],
    });
    expect(fieldSignature(a)).toBe(fieldSignature(b));
    expect(fieldSignature(a)).not.toBe(fieldSignature(c));
    expect(fieldSignature(d)).toBe(fieldSignature(e));
    expect(fieldSignature(d)).toContain('项目负责人');
  });
});

describe('odd but valid input', () => {
  it('an empty page matches nothing and has no signatures', () => {
    expect(matchFields(makeSnapshot([]), fields)).toEqual({ matches: [], unsure: [], unmatched: [] });
    expect(fieldSignatures(makeSnapshot([])).size).toBe(0);
  });

  it('fields without evidence, context or options are unmatched, each reported once', () => {
    const page = pageBuilder('native');
    page.add('bare', 'text', {});
    page.add('blank', 'textarea', { formItemLabel: '', placeholder: '   ' });
    page.add('choice', 'radioGroup', {}, { options: [] });
    expect(matchFields(page.snapshot(), fields)).toEqual({
      matches: [],
      unsure: [],
      unmatched: ['bare', 'blank', 'choice'],
    });
    expect(fieldSignature(page.fields[0] as FieldSnapshot)).toBe('text|||');
  });

  it('reads full-width, bracketed and zero-width spellings of a label as the label', () => {
    const page = pageBuilder('native');
    page.add('a', 'text', { formItemLabel: '【单\u200b位名称】：' });
    page.add('b', 'text', { formItemLabel: '＊统一社会信用代码（必填）' });
    page.add('c', 'text', { formItemLabel: '𠀋𠀍𠀎' });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result), explain(result)).toEqual({ a: 'company.name', b: 'company.creditCode' });
    expect(result.unmatched).toEqual(['c']);
  });

  it('a 100 KB label is matched by its start and costs nothing', () => {
    const guidance = '填表说明：申报单位简介应包括发展历程、主营业务、市场销售等方面的基本情况。'.repeat(
      3000,
    );
    const page = pageBuilder('native');
    page.add('intro', 'textarea', {
      precedingText: `申报单位简介（${guidance}）`,
      formItemLabel: '申报单位简介',
    });
    const result = matchFields(page.snapshot(), fields);
    expect(confident(result)).toEqual({ intro: 'company.intro' });
  });
});

describe('programming errors', () => {
  it('throw, naming the field, instead of reporting every field as unmatched', () => {
    const page = pageBuilder('native');
    page.add('name', 'text', { formItemLabel: '单位名称' });
    const broken = { ...makeField({ id: 'broken' }), evidence: undefined } as unknown as FieldSnapshot;
    const snapshot = makeSnapshot([...page.fields, broken]);
    expect(() => matchFields(snapshot, fields)).toThrow(/matchFields: field broken \(text\): TypeError/);
    try {
      matchFields(snapshot, fields);
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(TypeError);
    }
  });
});

describe('properties', () => {
  const widgets: WidgetKind[] = [
    'text',
    'textarea',
    'number',
    'nativeSelect',
    'customSelect',
    'radioGroup',
    'checkboxGroup',
    'checkbox',
    'date',
    'dateRange',
    'file',
  ];
  const sources: EvidenceSource[] = [
    'formItemLabel',
    'labelFor',
    'placeholder',
    'cellLeft',
    'precedingText',
    'name',
    'id',
  ];
  const text = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom('单位名称', '姓名', '手机', '附1-1', '起止日期', '开始日期', '至', '授予年份', 'lxrsj'),
  );
  const field = fc.record({
    widget: fc.constantFrom(...widgets),
    evidence: fc.array(fc.record({ source: fc.constantFrom(...sources), text }), { maxLength: 5 }),
    context: fc.array(text, { maxLength: 3 }),
    options: fc.option(fc.array(text, { maxLength: 5 }), { nil: undefined }),
  });
  /** Valid snapshots: unique ids, distinct orders, as the collector makes them. */
  const page = fc.array(field, { maxLength: 25 }).map((specs) =>
    makeSnapshot(
      specs.map((spec, position) =>
        makeField({
          id: `p${position}`,
          order: position,
          widget: spec.widget,
          evidence: spec.evidence,
          context: spec.context,
          ...(spec.options ? { options: spec.options } : {}),
        }),
      ),
    ),
  );

  it('every field is reported exactly once, scores are in [0, 1], and a single key is matched once', () => {
    fc.assert(
      fc.property(page, (snapshot) => {
        const result = matchFields(snapshot, fields);
        const reported = [
          ...result.matches.map((match) => match.fieldId),
          ...result.unsure.map((match) => match.fieldId),
          ...result.unmatched,
        ];
        expect(reported.sort()).toEqual(snapshot.fields.map((item) => item.id).sort());
        for (const match of [...result.matches, ...result.unsure]) {
          expect(match.score).toBeGreaterThanOrEqual(0);
          expect(match.score).toBeLessThanOrEqual(1);
        }
        for (const match of result.matches) expect(match.confident).toBe(true);
        for (const match of result.unsure) expect(match.confident).toBe(false);
        // A list (textList) and a proof take any number of fields (assign.ts); every other
        // key at most one.
        const claimed = result.matches
          .filter((match) => !['textList', 'attachment'].includes(byKey.get(match.key)?.kind ?? ''))
          .map((match) => `${match.key}#${match.part ?? 'whole'}`);
        expect(new Set(claimed).size).toBe(claimed.length);
      }),
      { numRuns: 150 },
    );
  });

  it('gives one proof every upload slot under its heading (the counterexample the property once drew)', () => {
    const slot = (id: string, order: number) =>
      makeField({ id, order, widget: 'file', framework: 'native', evidence: [], context: ['附1-1'] });
    const result = matchFields(makeSnapshot([slot('p0', 0), slot('p1', 1)]), fields);
    const keys = [...result.matches, ...result.unsure].map((match) => [match.fieldId, match.key]);
    expect(keys).toEqual([
      ['p0', 'attachment.honourProof'],
      ['p1', 'attachment.honourProof'],
    ]);
  });

  it('does not depend on the order fields are listed in, only on their document order', () => {
    fc.assert(
      fc.property(page, (snapshot) => {
        const reversed = { ...snapshot, fields: [...snapshot.fields].reverse() };
        const sortById = (result: MatchResult) => ({
          matches: [...result.matches].sort((a, b) => a.fieldId.localeCompare(b.fieldId)),
          unsure: [...result.unsure].sort((a, b) => a.fieldId.localeCompare(b.fieldId)),
          unmatched: [...result.unmatched].sort(),
        });
        expect(sortById(matchFields(reversed, fields))).toEqual(sortById(matchFields(snapshot, fields)));
        expect(fieldSignatures(reversed)).toEqual(fieldSignatures(snapshot));
      }),
      { numRuns: 80 },
    );
  });
});

describe('performance', () => {
  /** The stress replica: copies of the 申报书 fields, each copy under its own heading. */
  function stressPage(copies: number) {
    const page = pageBuilder('native');
    const texts = [
      '单位名称',
      '申报联系人',
      '联系人职务',
      '联系人手机',
      '联系人传真',
      '联系人邮箱',
      '注册资本（万元）',
    ];
    const more = [
      '法定代表人',
      '单位注册地址',
      '单位办公地址',
      '统一社会信用代码',
      '上市地点',
      '股票代码',
      '项目名称',
    ];
    for (let copy = 1; copy <= copies; copy += 1) {
      const context = [`第${copy}份`];
      for (const label of [...texts, ...more])
        page.add(`${copy}.${label}`, 'text', { precedingText: `${label}：` }, { context });
      page.add(
        `${copy}.单位性质`,
        'nativeSelect',
        { precedingText: '单位性质：' },
        {
          context,
          options: ['请选择', '政府机关', '事业单位', '民营企业', '其他'],
        },
      );
      page.add(
        `${copy}.是否上市公司`,
        'radioGroup',
        { precedingText: '是否上市公司：' },
        { context, options: ['否', '是'] },
      );
      page.add(`${copy}.项目开始日期`, 'date', { precedingText: '项目开始日期：' }, { context });
      page.add(`${copy}.项目结束日期`, 'date', { precedingText: '项目结束日期：' }, { context });
      page.add(`${copy}.申报单位简介`, 'textarea', { precedingText: '申报单位简介：' }, { context });
      page.add(`${copy}.项目概述`, 'textarea', { precedingText: '项目概述：' }, { context });
    }
    return page;
  }

  it('matches a 2,000-field page in roughly linear time', () => {
    const time = (copies: number) => {
      const snapshot = stressPage(copies).snapshot();
      const start = performance.now();
      const result = matchFields(snapshot, fields);
      return { ms: performance.now() - start, result, count: snapshot.fields.length };
    };
    time(10); // warm the catalog index
    const small = time(20);
    const large = time(100);
    console.log(
      `match: ${small.count} fields in ${small.ms.toFixed(1)} ms; ${large.count} fields in ${large.ms.toFixed(1)} ms`,
    );
    expect(large.count).toBe(2000);
    // The first copy is matched; later copies are look-alikes, never second fills.
    const first = Object.entries(confident(large.result)).filter(([id]) => id.startsWith('1.'));
    expect(Object.fromEntries(first)).toMatchObject({
      '1.单位名称': 'company.name',
      '1.申报联系人': 'contact.name',
      '1.联系人手机': 'contact.mobile',
      '1.项目开始日期': 'project.period#start',
      '1.项目结束日期': 'project.period#end',
      '1.项目概述': 'project.summary',
    });
    const keys = large.result.matches.filter((match) => !match.part).map((match) => match.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
