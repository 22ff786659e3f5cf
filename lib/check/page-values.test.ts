import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import type { ChoiceSnapshot, FieldMatch, FieldSnapshot } from '@/lib/fill/types';
import { makeField, makeSnapshot, matchOf } from '@/test/snapshot-factory';
import { optionForLabel, readPageValues } from './page-values';

const FIELDS = fieldsFor(EDITION_2020);

/** Reads one page made of (field, key[, part]) pairs. */
function read(pairs: [FieldSnapshot, string, FieldMatch['part']?][], fields = FIELDS) {
  const snapshot = makeSnapshot(pairs.map(([field]) => field));
  const matches = pairs.map(([field, key, part]) => matchOf(field, key, part ? { part } : {}));
  return readPageValues(snapshot, matches, fields);
}

function storedValue(field: FieldSnapshot, key: string, fields = FIELDS) {
  return read([[field, key]], fields).values[key];
}

const options = (labels: string[], checked: string[] = []): ChoiceSnapshot[] =>
  labels.map((label) => ({ label, checked: checked.includes(label) }));

describe('readPageValues: text kinds keep what the page holds', () => {
  it.each([
    ['company.name', ' 重庆云栈数智科技股份有限公司 '],
    ['company.rdCapability', '第一段\n第二段'],
    ['contact.fax', '023-67392815'],
    ['contact.mobile', '139 8362 7415'],
    ['contact.email', 'ZhouXiaolan@yunzhanshuzhi.com'],
    ['company.creditCode', '91500112056187230p'],
    ['company.stockCode', '871263'],
    ['figures.rdStaff', '165'],
  ])('%s → the string as shown', (key, text) => {
    expect(storedValue(makeField({ value: text }), key)).toBe(text);
  });

  it('keeps an amount widget’s trailing .00 (the validator normalises it)', () => {
    expect(
      storedValue(
        makeField({ widget: 'number', framework: 'element', value: '3600.00' }),
        'company.registeredCapital',
      ),
    ).toBe('3600.00');
  });

  it('leaves an empty field out of the values but lists it in sources', () => {
    const field = makeField({ value: '   ' });
    const result = read([[field, 'company.name']]);
    expect(result.values).not.toHaveProperty('company.name');
    expect(result.sources.get('company.name')).toEqual([field.id]);
  });

  it('reads a text kind shown in a select or radio group (上市地点 as a dropdown)', () => {
    const select = makeField({
      widget: 'customSelect',
      value: '全国中小企业股份转让系统（新三板）',
      options: [],
    });
    expect(storedValue(select, 'company.listingPlace')).toBe('全国中小企业股份转让系统（新三板）');
    const radios = makeField({
      widget: 'radioGroup',
      value: '深圳证券交易所',
      options: options(['上海证券交易所', '深圳证券交易所'], ['深圳证券交易所']),
    });
    expect(storedValue(radios, 'company.listingPlace')).toBe('深圳证券交易所');
  });
});

describe('readPageValues: dates and years', () => {
  it.each([
    ['2017-03-16', '2017-03-16'],
    ['2017/3/16', '2017-03-16'],
    ['2017.03.16', '2017-03-16'],
    ['2017年3月16日', '2017-03-16'],
    ['2017-03-16 00:00:00', '2017-03-16'],
    ['16/03/2017', '16/03/2017'],
  ])('date %s → %s', (shown, stored) => {
    expect(
      storedValue(makeField({ widget: 'date', inputType: 'date', value: shown }), 'company.listingDate'),
    ).toBe(stored);
  });

  it.each([
    ['2017', '2017'],
    ['2017-01-01', '2017'],
    ['2017年', '2017年'],
  ])('year picker %s → %s', (shown, stored) => {
    expect(storedValue(makeField({ widget: 'date', value: shown }), 'honours.highTech.year')).toBe(stored);
  });
});

describe('readPageValues: 起止日期', () => {
  it('from a range picker’s [start, end]', () => {
    const field = makeField({ widget: 'dateRange', value: ['2019-07-01', '2021/6/30'] });
    expect(storedValue(field, 'project.period')).toEqual({ start: '2019-07-01', end: '2021-06-30' });
  });

  it.each([
    '2019-07-01 - 2021-06-30',
    '2019-07-01 至 2021-06-30',
    '2019-07-01至2021-06-30',
    '2019-07-01 ~ 2021-06-30',
  ])('from one input holding %s', (text) => {
    expect(storedValue(makeField({ value: text }), 'project.period')).toEqual({
      start: '2019-07-01',
      end: '2021-06-30',
    });
  });

  it('from two halves matched with part start/end, whatever order the matches come in', () => {
    const start = makeField({ widget: 'date', inputType: 'date', value: '2019-07-01' });
    const end = makeField({ widget: 'date', inputType: 'date', value: '2021-06-30' });
    const result = read([
      [end, 'project.period', 'end'],
      [start, 'project.period', 'start'],
    ]);
    expect(result.values['project.period']).toEqual({ start: '2019-07-01', end: '2021-06-30' });
    expect(result.sources.get('project.period')).toEqual([start.id, end.id]);
  });

  it('keeps one empty half (the validator reports it) and drops a wholly empty range', () => {
    expect(
      storedValue(makeField({ widget: 'dateRange', value: ['2019-07-01', ''] }), 'project.period'),
    ).toEqual({
      start: '2019-07-01',
      end: '',
    });
    expect(
      storedValue(makeField({ widget: 'dateRange', value: ['', ''] }), 'project.period'),
    ).toBeUndefined();
  });

  it('marks a lone half as unreadable rather than inventing the other', () => {
    const start = makeField({ widget: 'date', value: '2019-07-01' });
    const result = read([[start, 'project.period', 'start']]);
    expect(result.values).not.toHaveProperty('project.period');
    expect(result.unreadable.get('project.period')).toEqual({ reason: 'partialRange', part: 'start' });
  });
});

describe('readPageValues: choices back to option values', () => {
  it('maps a checked radio label to its value', () => {
    const field = makeField({
      widget: 'radioGroup',
      value: '民营企业',
      options: options(['政府机关', '国有企业', '民营企业'], ['民营企业']),
    });
    expect(storedValue(field, 'company.nature')).toBe('private');
  });

  it('maps a select’s shown text when its options are not rendered', () => {
    const field = makeField({ widget: 'customSelect', framework: 'antd', value: '民营企业', options: [] });
    expect(storedValue(field, 'company.nature')).toBe('private');
  });

  it.each([
    ['民企', 'private'],
    ['其他（请注明）：', 'other'],
    ['其他(请注明)', 'other'],
    ['*国有控股企业', 'stateControlled'],
    ['中外合资企业', 'jointVenture'],
  ])('alias or decorated label %s → %s', (label, value) => {
    const field = makeField({ widget: 'nativeSelect', value: label, options: options([label], [label]) });
    expect(storedValue(field, 'company.nature')).toBe(value);
  });

  it.each([
    ['方向3：在线医疗服务', '2020-03'],
    ['方向3:在线医疗服务', '2020-03'],
    ['在线医疗服务', '2020-03'],
    ['方向10', '2020-10'],
    ['3.在线医疗服务', '2020-03'],
  ])('the edition’s direction %s → %s', (label, value) => {
    const field = makeField({ widget: 'radioGroup', value: label, options: options([label], [label]) });
    expect(storedValue(field, 'project.direction')).toBe(value);
  });

  it('uses the draft’s edition for directions (2018 labels → 2018 ids)', () => {
    const field = makeField({ widget: 'customSelect', value: '方向3：健康医疗服务', options: [] });
    expect(storedValue(field, 'project.direction', fieldsFor(EDITION_2018))).toBe('2018-03');
    expect(read([[field, 'project.direction']]).unreadable.get('project.direction')).toEqual({
      reason: 'unknownOption',
      labels: ['方向3：健康医疗服务'],
    });
  });

  it('leaves an unanswered group out', () => {
    const field = makeField({ widget: 'radioGroup', value: '', options: options(['国家级', '省市级']) });
    expect(read([[field, 'honours.keyLab.level']]).values).toEqual({});
  });

  it('maps checked boxes to option values (multiChoice), in page order', () => {
    const field = makeField({
      widget: 'checkboxGroup',
      value: ['大数据', '人工智能', '其他（请注明）：'],
      options: options(
        ['大数据', '云计算', '人工智能', '其他（请注明）：'],
        ['大数据', '人工智能', '其他（请注明）：'],
      ),
    });
    expect(storedValue(field, 'company.mainBusiness')).toEqual(['bigData', 'ai', 'other']);
  });

  it('reads a multiple select’s tags (el-select multiple: no options, tags as value)', () => {
    const field = makeField({ widget: 'customSelect', value: ['云计算', 'AI'], options: [] });
    expect(storedValue(field, 'company.mainBusiness')).toEqual(['cloud', 'ai']);
  });

  it('marks a label that names no option as unreadable instead of guessing', () => {
    const field = makeField({
      widget: 'checkboxGroup',
      value: ['大数据', '元宇宙'],
      options: options(['大数据', '元宇宙'], ['大数据', '元宇宙']),
    });
    const result = read([[field, 'company.mainBusiness']]);
    expect(result.values).toEqual({});
    expect(result.unreadable.get('company.mainBusiness')).toEqual({
      reason: 'unknownOption',
      labels: ['元宇宙'],
    });
  });

  it('prefers a label over an alias of another option', () => {
    const opts = [
      { value: 'a', label: '省级', aliases: [] },
      { value: 'b', label: '省市级', aliases: ['省级'] },
    ];
    expect(optionForLabel(opts, '省级')?.value).toBe('a');
    expect(optionForLabel(opts, '')).toBeUndefined();
  });
});

describe('readPageValues: 是/否', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
  ])('radio %s → %s', (label, value) => {
    const field = makeField({
      widget: 'radioGroup',
      value: label,
      options: options(['是', '否', '有', '无'], [label]),
    });
    expect(storedValue(field, 'company.listed')).toBe(value);
  });

  it('reads a select’s shown text', () => {
    expect(
      storedValue(
        makeField({ widget: 'nativeSelect', value: '否', options: options(['是', '否'], ['否']) }),
        'company.exports',
      ),
    ).toBe(false);
  });

  it('reads a lone checkbox or switch: ticked 是, unticked 否', () => {
    const on = makeField({ widget: 'checkbox', value: ['是'], options: [{ label: '是', checked: true }] });
    const off = makeField({
      widget: 'checkbox',
      value: [],
      options: [{ label: '软件企业', checked: false }],
    });
    expect(storedValue(on, 'company.isSoftwareEnterprise')).toBe(true);
    expect(storedValue(off, 'company.isSoftwareEnterprise')).toBe(false);
  });

  it('leaves an unanswered question out and an odd answer unreadable', () => {
    expect(
      storedValue(
        makeField({ widget: 'radioGroup', value: '', options: options(['是', '否']) }),
        'company.listed',
      ),
    ).toBeUndefined();
    const odd = makeField({
      widget: 'radioGroup',
      value: '不确定',
      options: options(['不确定'], ['不确定']),
    });
    expect(read([[odd, 'company.listed']]).unreadable.get('company.listed')).toEqual({
      reason: 'unknownOption',
      labels: ['不确定'],
    });
  });
});

describe('readPageValues: lists', () => {
  it('splits a textarea into its non-empty lines', () => {
    const field = makeField({ widget: 'textarea', value: '荣誉一（2019年）\n\n  荣誉二（2018年）  \n' });
    expect(storedValue(field, 'honours.other')).toEqual(['荣誉一（2019年）', '荣誉二（2018年）']);
  });

  it('collects several inputs of one key in page order, skipping empty ones', () => {
    const first = makeField({ value: '荣誉一' });
    const blank = makeField({ value: '' });
    const second = makeField({ value: '荣誉二' });
    const result = read([
      [second, 'honours.other'],
      [first, 'honours.other'],
      [blank, 'honours.other'],
    ]);
    expect(result.values['honours.other']).toEqual(['荣誉一', '荣誉二']);
    expect(result.sources.get('honours.other')).toEqual([first.id, blank.id, second.id]);
  });

  it('leaves an empty list out', () => {
    expect(storedValue(makeField({ widget: 'textarea', value: '\n \n' }), 'honours.other')).toBeUndefined();
  });
});

describe('readPageValues: file slots', () => {
  it('turns listed names into AttachmentRefs', () => {
    const field = makeField({ widget: 'file', framework: 'antd', value: ['审计报告.pdf', '纳税证明.pdf'] });
    expect(storedValue(field, 'attachment.revenueProof')).toEqual([
      { name: '审计报告.pdf' },
      { name: '纳税证明.pdf' },
    ]);
  });

  it('reads chosen files of a native input', () => {
    const field = makeField({ widget: 'file', inputType: 'file', value: ['声明.pdf'] });
    expect(storedValue(field, 'attachment.declaration')).toEqual([{ name: '声明.pdf' }]);
  });

  it('trusts an empty element-ui / antd upload list (the widget lists its uploads)', () => {
    for (const framework of ['element', 'antd'] as const) {
      const field = makeField({ widget: 'file', framework, value: [] });
      const result = read([[field, 'attachment.declaration']]);
      expect(result.values['attachment.declaration']).toEqual([]);
      expect(result.unreadable.size).toBe(0);
    }
  });

  it('calls an empty native or layui slot unknown (the input forgets uploaded files)', () => {
    for (const framework of ['native', 'layui'] as const) {
      const field = makeField({ widget: 'file', framework, value: [] });
      const result = read([[field, 'attachment.declaration']]);
      expect(result.values).toEqual({});
      expect(result.unreadable.get('attachment.declaration')).toEqual({ reason: 'noFileInfo' });
    }
  });
});

describe('readPageValues: robustness', () => {
  it('ignores matches to fields not in the snapshot or keys not in the catalog', () => {
    const field = makeField({ value: '陈立峰' });
    const snapshot = makeSnapshot([field]);
    const result = readPageValues(
      snapshot,
      [
        matchOf(field, 'company.legalRepresentative'),
        matchOf(makeField({ value: 'x' }), 'company.name'),
        matchOf(field, 'no.such.key'),
      ],
      FIELDS,
    );
    expect(result.values).toEqual({ 'company.legalRepresentative': '陈立峰' });
    expect([...result.sources.keys()]).toEqual(['company.legalRepresentative']);
  });

  it('uses the first non-empty field when two fields hold one key', () => {
    const empty = makeField({ value: '' });
    const filled = makeField({ value: '陈立峰' });
    expect(
      read([
        [empty, 'company.legalRepresentative'],
        [filled, 'company.legalRepresentative'],
      ]).values['company.legalRepresentative'],
    ).toBe('陈立峰');
  });
});
