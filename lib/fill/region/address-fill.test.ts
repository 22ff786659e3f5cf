// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { checkPage } from '@/lib/check/check-page';
import { makeApplication } from '@/test/factories';
import { collectFields } from '../collect';
import { matchFields } from '../match';
import { describeOperation, type FillPlan, planFill } from '../plan';
import { parseRegions } from '.';

/**
 * An address asked in parts, in the shapes sites use: three selects (native or a library's)
 * plus a street input, or one cascader (element-ui, antd) plus a street input. The stored
 * address is split by the GB/T 2260 table at plan time; an address the table cannot split
 * fills no region control and says so.
 */
const table = parseRegions(readFileSync(join(import.meta.dirname, 'regions.data.txt'), 'utf8'));
const CATALOG = fieldsFor(EDITION_2020);
const values = makeApplication({
  'company.registeredAddress': '广东省深圳市南山区粤海街道科技园路1号',
  'company.officeAddress': '重庆市渝北区仙桃街道数据谷中路107号',
});

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

function plan(doc: Document, regions: typeof table | null = table, overrides = {}): FillPlan {
  const { snapshot } = collectFields(doc);
  const result = matchFields(snapshot, CATALOG);
  return planFill(
    snapshot,
    result.matches,
    { ...values, ...overrides },
    {
      edition: EDITION_2020,
      ...(regions ? { regions } : {}),
    },
  );
}

const described = (result: FillPlan) =>
  result.operations.map((operation) => `${operation.key} ${operation.type} ${describeOperation(operation)}`);

const nativeSelects = `<form><p><label>注册地址：</label>
  <select name="a1"><option value="">请选择省份</option><option>广东省</option></select>
  <select name="a2"><option value="">请选择城市</option></select>
  <select name="a3"><option value="">请选择区县</option></select>
  <input name="a4" placeholder="详细地址"></p></form>`;

const elementItem = (label: string, body: string) =>
  `<div class="el-form-item"><label class="el-form-item__label">${label}</label><div class="el-form-item__content">${body}</div></div>`;
const elSelect = (placeholder: string) =>
  `<div class="el-select"><div class="el-input"><input class="el-input__inner" readonly placeholder="${placeholder}"></div></div>`;
const elInput = (placeholder: string) =>
  `<div class="el-input"><input class="el-input__inner" placeholder="${placeholder}"></div>`;
const elCascader = (placeholder: string) =>
  `<div class="el-cascader"><div class="el-input"><input class="el-input__inner" readonly placeholder="${placeholder}"></div></div>`;

const antItem = (label: string, body: string) =>
  `<div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label>${label}</label></div>
  <div class="ant-col ant-form-item-control">${body}</div></div></div>`;
const antCascader = (placeholder: string) =>
  `<div class="ant-select ant-cascader ant-select-single"><div class="ant-select-selector"><span class="ant-select-selection-search">
  <input class="ant-select-selection-search-input" readonly autocomplete="off"></span>
  <span class="ant-select-selection-placeholder">${placeholder}</span></div></div>`;
const antInput = (placeholder: string) => `<input class="ant-input" placeholder="${placeholder}">`;

describe('an address asked as 省/市/区 and a street', () => {
  it('three native selects and a street input: each gets its part', () => {
    expect(described(plan(page(nativeSelects)))).toEqual([
      'company.registeredAddress chooseOption 广东省',
      'company.registeredAddress chooseOption 深圳市',
      'company.registeredAddress chooseOption 南山区',
      'company.registeredAddress setText 粤海街道科技园路1号',
    ]);
  });

  it('element-ui selects, a municipality (重庆市 / 重庆市 / 渝北区), with the whole address elsewhere', () => {
    const doc = page(`<form class="el-form">
      ${elementItem('办公地址', elSelect('请选择省') + elSelect('请选择市') + elSelect('请选择区/县') + elInput('请输入街道地址'))}
      ${elementItem('注册地址', elInput('请输入注册地址'))}</form>`);
    const result = plan(doc);
    expect(described(result)).toEqual([
      'company.officeAddress chooseOption 重庆市',
      'company.officeAddress chooseOption 重庆市',
      'company.officeAddress chooseOption 渝北区',
      'company.officeAddress setText 仙桃街道数据谷中路107号',
      'company.registeredAddress setText 广东省深圳市南山区粤海街道科技园路1号',
    ]);
    // A picker may show a municipality's city as 市辖区.
    expect(result.operations[1]).toMatchObject({ labels: expect.arrayContaining(['市辖区']) });
  });

  it('an element-ui cascader and a street input', () => {
    const doc = page(
      `<form class="el-form">${elementItem('注册地址', elCascader('请选择所在地区') + elInput('详细地址'))}</form>`,
    );
    const result = plan(doc);
    expect(described(result)).toEqual([
      'company.registeredAddress choosePath 广东省 / 深圳市 / 南山区',
      'company.registeredAddress setText 粤海街道科技园路1号',
    ]);
  });

  it('an antd cascader for a municipality: the repeated city level is optional', () => {
    const doc = page(
      `<form class="ant-form">${antItem('通讯地址', antCascader('省/市/区') + antInput('街道门牌'))}</form>`,
    );
    const result = plan(doc);
    expect(result.operations[0]).toEqual({
      type: 'choosePath',
      fieldId: expect.any(String),
      key: 'company.officeAddress',
      path: [
        { words: ['重庆市', '重庆'] },
        { words: ['重庆市', '市辖区', '重庆'], optional: true },
        { words: ['渝北区'] },
      ],
    });
    expect(described(result)[1]).toBe('company.officeAddress setText 仙桃街道数据谷中路107号');
  });

  it('an address the table cannot split: no region control is filled, the street input takes it all, and the report says why', () => {
    const result = plan(page(nativeSelects), table, { 'company.registeredAddress': '数据谷中路107号' });
    expect(described(result)).toEqual(['company.registeredAddress setText 数据谷中路107号']);
    expect(result.skipped).toHaveLength(3);
    for (const skip of result.skipped) {
      expect(skip).toMatchObject({ key: 'company.registeredAddress', reason: 'unsupported' });
      expect(skip.note).toMatch(/无法按省\/市\/区拆分/);
    }
  });

  it('without the table nothing is guessed either', () => {
    const doc = page(
      `<form class="el-form">${elementItem('注册地址', elCascader('请选择所在地区') + elInput('详细地址'))}</form>`,
    );
    const result = plan(doc, null);
    expect(described(result)).toEqual([
      'company.registeredAddress setText 广东省深圳市南山区粤海街道科技园路1号',
    ]);
    expect(result.skipped.map((skip) => skip.note)).toEqual([expect.stringMatching(/省市区未填写/)]);
  });

  it('a select beside an address with no part word stays out of it (never the whole address in a 省 list)', () => {
    const doc =
      page(`<form><p><label>注册地址：</label><select name="x"><option>甲</option><option>乙</option></select>
      <input name="y"></p></form>`);
    const result = plan(doc);
    expect(result.operations.filter((operation) => operation.type === 'chooseOption')).toEqual([]);
  });
});

describe('检查 reads the parts back as one address', () => {
  const filled = (district: string) =>
    page(`<form><p><label>注册地址：</label>
      <select name="a1"><option value="">请选择省份</option><option selected>广东省</option></select>
      <select name="a2"><option value="">请选择城市</option><option selected>深圳市</option></select>
      <select name="a3"><option value="">请选择区县</option><option selected>${district}</option></select>
      <input name="a4" placeholder="详细地址" value="粤海街道科技园路1号"></p></form>`);
  const differences = (doc: Document, stored: string) => {
    const { snapshot } = collectFields(doc);
    const { matches } = matchFields(snapshot, CATALOG);
    return checkPage({
      snapshot,
      matches,
      edition: EDITION_2020,
      draft: { ...values, 'company.registeredAddress': stored },
      regions: table,
    }).differences.filter((item) => item.key === 'company.registeredAddress');
  };

  it('the same place written with or without its province is no difference', () => {
    expect(differences(filled('南山区'), '广东省深圳市南山区粤海街道科技园路1号')).toEqual([]);
    expect(differences(filled('南山区'), '深圳市南山区粤海街道科技园路1号')).toEqual([]);
  });

  it('a cascader path (重庆市 / 重庆市 / 渝北区) and the street read back as the stored address', () => {
    const doc = page(
      `<form class="el-form">${elementItem(
        '注册地址',
        '<div class="el-cascader"><div class="el-input"><input class="el-input__inner" readonly value="重庆市 / 重庆市 / 渝北区"></div></div>' +
          '<div class="el-input"><input class="el-input__inner" placeholder="详细地址" value="仙桃街道数据谷中路107号"></div>',
      )}</form>`,
    );
    expect(differences(doc, '重庆市渝北区仙桃街道数据谷中路107号')).toEqual([]);
    expect(differences(doc, '重庆市江北区仙桃街道数据谷中路107号')).toHaveLength(1);
  });

  it('another district is a difference, shown as one address', () => {
    expect(differences(filled('福田区'), '深圳市南山区粤海街道科技园路1号')).toMatchObject([
      { page: '广东省深圳市福田区粤海街道科技园路1号', draft: '深圳市南山区粤海街道科技园路1号' },
    ]);
  });
});
