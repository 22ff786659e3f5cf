// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { loadFixture } from '@/test/dom-fixtures/load';
import type { Collected } from '../handles';
import type { EvidenceSource, FieldSnapshot } from '../types';
import { collectFields } from './index';

// The collector on the rendered DOM of each replica (fixtures saved from Chromium by
// scripts/capture-replica-fixtures.ts). test/e2e/collect.e2e.ts checks the same facts live.

const cache = new Map<string, Collected>();
function collect(name: string, includeHidden = false): Collected {
  const key = `${name}|${includeHidden}`;
  let found = cache.get(key);
  if (!found) {
    found = collectFields(loadFixture(name), { includeHidden });
    cache.set(key, found);
  }
  return found;
}

const bare = (text: string) => text.replace(/[*：:\s]/g, '');
const texts = (field: FieldSnapshot | undefined, source?: EvidenceSource) =>
  (field?.evidence ?? []).filter((item) => !source || item.source === source).map((item) => item.text);

/** Fields with this label (ignoring `*` and `：`) from that evidence source. */
function labelled(collected: Collected, label: string, source: EvidenceSource): FieldSnapshot[] {
  return collected.snapshot.fields.filter((field) =>
    texts(field, source).some((text) => bare(text) === label),
  );
}

function one(collected: Collected, label: string, source: EvidenceSource): FieldSnapshot {
  const [field, ...more] = labelled(collected, label, source);
  if (!field || more.length > 0) throw new Error(`expected one field labelled ${label} (${source})`);
  return field;
}

function named(collected: Collected, name: string): FieldSnapshot {
  const field = collected.snapshot.fields.find((item) => texts(item, 'name').includes(name));
  if (!field) throw new Error(`no field named ${name}`);
  return field;
}

const handle = (collected: Collected, field: FieldSnapshot) => {
  const found = collected.handles.get(field.id);
  if (!found) throw new Error(`no handle for ${field.id}`);
  return found;
};

describe('table replica (paper layout, nameless radios, iframe attachments)', () => {
  const page = () => collect('table');

  it('tells 申报联系人·手机 from 项目负责人·手机 by the rowspan group', () => {
    const mobiles = labelled(page(), '手机', 'cellLeft');
    expect(mobiles).toHaveLength(2);
    expect(mobiles[0]?.context[0]).toBe('申报联系人');
    expect(mobiles[1]?.context[0]).toBe('项目负责人');
    expect(mobiles[0]?.context).not.toContain('项目负责人');
    expect(mobiles[0]).toMatchObject({
      widget: 'text',
      framework: 'native',
      inputType: 'tel',
      maxLength: 11,
    });
    for (const label of ['姓名', '邮箱']) {
      expect(labelled(page(), label, 'cellLeft').map((field) => field.context[0])).toEqual([
        '申报联系人',
        '项目负责人',
      ]);
    }
    // The row group is context, never the field's own label.
    expect(texts(mobiles[0], 'cellLeft')).toEqual(['*手机：']);
  });

  it('groups nameless radios per question with their option labels', () => {
    const nature = labelled(page(), '单位性质', 'cellLeft').find((field) => field.widget === 'radioGroup');
    expect(nature?.options).toHaveLength(10);
    expect(nature?.options?.[0]).toEqual({ label: '政府机关', value: '政府机关', checked: false });
    expect(nature?.value).toBe('');
    const targets = handle(page(), nature as FieldSnapshot).optionTargets ?? [];
    expect(targets).toHaveLength(10);
    expect(targets.every((target) => target.localName === 'label')).toBe(true);
    expect(targets[4]?.textContent).toBe('民营企业');
    expect(
      handle(page(), nature as FieldSnapshot).controls.every((control) => control.localName === 'input'),
    ).toBe(true);

    const business = labelled(page(), '主营业务', 'cellLeft').find(
      (field) => field.widget === 'checkboxGroup',
    );
    expect(business?.options).toHaveLength(15);
    const direction = labelled(page(), '示范项目领域', 'cellLeft')[0];
    expect(direction?.widget).toBe('radioGroup');
    expect(direction?.options?.map((option) => option.label)).toContain('方向10：信息消费体验中心');
    // The 其他（请注明） text box right after the last option is named by it.
    const other = labelled(page(), '单位性质', 'cellLeft').find((field) => field.widget === 'text');
    expect(texts(other, 'precedingText')).toEqual(['其他（请注明）：']);
    expect(other?.disabled).toBe(true);
  });

  it('puts the honour before each 授予年份 in context', () => {
    const years = labelled(page(), '授予年份', 'precedingText');
    expect(years.map((field) => field.context[0])).toEqual(['高新技术企业', '企业技术中心', '重点实验室']);
    expect(years[0]?.maxLength).toBe(4);
    const levels = labelled(page(), '高新技术企业', 'precedingText');
    expect(levels[0]?.widget).toBe('radioGroup');
    expect(levels[0]?.options?.map((option) => option.label)).toEqual(['国家级', '省市级']);
  });

  it('collects the attachments inside the same-origin iframe with the frame path', () => {
    const files = page().snapshot.fields.filter((field) => field.widget === 'file');
    expect(files).toHaveLength(6);
    for (const file of files) {
      expect(file).toMatchObject({ frame: 'iframe[0]', inputType: 'file', multiple: true, visible: true });
      expect(texts(file, 'columnHeader')).toEqual(['选择文件']);
    }
    expect(texts(files[0], 'cellLeft')[0]).toMatch(/^1\.申报单位相关荣誉证明材料/);
    expect(files[0]?.context[0]).toBe('附1 申报单位相关证明材料');
    // Context goes on from the iframe element in the page (附件（证明材料） heading).
    expect(files[0]?.context.some((text) => text.startsWith('附件（证明材料）'))).toBe(true);
    const first = handle(page(), files[0] as FieldSnapshot);
    expect(first.root.localName).toBe('label');
    expect(first.controls[0]?.getAttribute('type')).toBe('file');
    // Order is document order: the frame's fields come where the iframe is, after the form.
    const fields = page().snapshot.fields;
    expect(fields.map((field) => field.order)).toEqual(fields.map((_, index) => index));
    expect(fields.at(-1)?.widget).toBe('file');
  });

  it('uses headings as context for the narrative texts of 三', () => {
    const qualification = page().snapshot.fields.find((field) =>
      texts(field, 'precedingText').includes('（1）项目承担方资质与能力'),
    );
    expect(qualification?.widget).toBe('textarea');
    expect(qualification?.context.slice(0, 3)).toEqual([
      '*（1）项目承担方资质与能力',
      '1.项目基本情况',
      '三、申报项目详细介绍',
    ]);
  });

  it('reads values after the reference fill', () => {
    const filled = collect('table-filled');
    const nature = labelled(filled, '单位性质', 'cellLeft').find((field) => field.widget === 'radioGroup');
    expect(nature?.value).toBe('民营企业');
    expect(nature?.options?.filter((option) => option.checked).map((option) => option.label)).toEqual([
      '民营企业',
    ]);
    const business = labelled(filled, '主营业务', 'cellLeft').find(
      (field) => field.widget === 'checkboxGroup',
    );
    expect(business?.value).toContain('人工智能');
    const name = one(filled, '单位名称', 'cellLeft');
    expect(name.value).toBe('重庆云栈数智科技股份有限公司');
    const listingDate = filled.snapshot.fields.find((field) =>
      texts(field, 'precedingText').includes('（上市时间：'),
    );
    expect(listingDate).toMatchObject({ widget: 'date', disabled: false, value: '2017-03-16' });
  });
});

describe('element-ui replica', () => {
  const page = () => collect('element-ui');
  const filled = () => collect('element-ui-filled', true);

  it('reads the el-form-item label and the widget kinds', () => {
    const name = one(page(), '单位名称', 'formItemLabel');
    expect(name).toMatchObject({ widget: 'text', framework: 'element', maxLength: 100, visible: true });
    expect(texts(name, 'placeholder')).toEqual(['单位全称（如实填写，与营业执照一致）']);
    expect(name.context).toEqual(['一、申报单位基本信息', '基本信息', '新型信息消费示范项目申报书']);
    expect(one(page(), '注册资本（万元）', 'formItemLabel').widget).toBe('number');
    const nature = one(page(), '单位性质', 'formItemLabel');
    expect(nature.widget).toBe('radioGroup');
    expect(nature.options).toHaveLength(10);
    const natureHandle = handle(page(), nature);
    expect(natureHandle.root.className).toBe('el-radio-group');
    expect(natureHandle.optionTargets?.every((target) => target.classList.contains('el-radio'))).toBe(true);
    expect(natureHandle.controls.every((control) => control.classList.contains('el-radio__original'))).toBe(
      true,
    );
    expect(one(page(), '主营业务', 'formItemLabel').widget).toBe('checkboxGroup');
    // The group's aria-label is its role, not a label.
    expect(texts(one(page(), '主营业务', 'formItemLabel'), 'ariaLabel')).toEqual([]);
  });

  it('leaves the panes of other tabs out unless hidden fields are asked for', () => {
    expect(labelled(page(), '项目名称', 'formItemLabel')).toHaveLength(0);
    const all = collect('element-ui', true);
    const project = one(all, '项目名称', 'formItemLabel');
    expect(project.visible).toBe(false);
    expect(project.context).toContain('项目信息');
    expect(all.snapshot.fields.length).toBeGreaterThan(page().snapshot.fields.length);
  });

  it('takes el-select options from the dropdown, inside the select or moved to <body>', () => {
    const recommender = one(collect('element-ui', true), '推荐单位', 'formItemLabel');
    expect(recommender.widget).toBe('customSelect');
    expect(recommender.options?.length).toBe(22);
    expect(recommender.value).toBe('');
    // After the reference fill the dropdowns were opened: popper moved them to <body>.
    const place = one(filled(), '上市地点', 'formItemLabel');
    expect(place.value).toBe('全国中小企业股份转让系统（新三板）');
    expect(place.options?.find((option) => option.checked)?.label).toBe('全国中小企业股份转让系统（新三板）');
    const placeHandle = handle(filled(), place);
    expect(placeHandle.root.classList.contains('el-select')).toBe(true);
    expect(placeHandle.controls[0]?.localName).toBe('input');
  });

  it('reports a daterange picker as one dateRange with two inputs', () => {
    const period = one(filled(), '起止日期', 'formItemLabel');
    expect(period.widget).toBe('dateRange');
    expect(period.value).toEqual(['2019-07-01', '2021-06-30']);
    expect(texts(period, 'placeholder')).toEqual(['开始日期', '结束日期']);
    expect(handle(filled(), period).controls).toHaveLength(2);
    expect(one(filled(), '上市时间', 'formItemLabel').widget).toBe('date');
  });

  it('puts the honour before each 授予年份 in context, then 相关荣誉', () => {
    const years = labelled(filled(), '授予年份', 'formItemLabel');
    expect(years.map((field) => field.context.slice(0, 2))).toEqual([
      ['高新技术企业', '相关荣誉'],
      ['企业技术中心', '相关荣誉'],
      ['重点实验室', '相关荣誉'],
    ]);
    expect(years.map((field) => field.value)).toEqual(['2017', '2018', '']);
  });

  it('reports el-upload as a file field with the files it lists', () => {
    const uploads = filled().snapshot.fields.filter((field) => field.widget === 'file');
    expect(uploads).toHaveLength(6);
    expect(uploads[0]?.value).toEqual([
      '高新技术企业证书.pdf',
      '重庆市企业技术中心、“专精特新”中小企业等认定文件.pdf',
    ]);
    expect(uploads[0]?.multiple).toBe(true);
    expect(uploads[0]?.context[0]).toBe('附1 申报单位相关证明材料');
    const upload = handle(filled(), uploads[0] as FieldSnapshot);
    expect(upload.root.classList.contains('el-upload')).toBe(true);
    expect(upload.controls[0]?.classList.contains('el-upload__input')).toBe(true);
  });
});

describe('antd replica (one fixture per step)', () => {
  it('step 1: labels, cards, the step title and choice groups', () => {
    const step = collect('antd-step1');
    const name = one(step, '企业名称', 'formItemLabel');
    expect(texts(name, 'labelFor')).toEqual(['企业名称']);
    expect(name.context[0]).toBe('基本信息');
    expect(name.context.at(-1)).toBe('单位信息');
    expect(labelled(step, '手机', 'formItemLabel')[0]?.context[0]).toBe('申报联系人');
    const nature = one(step, '单位性质', 'formItemLabel');
    expect(nature).toMatchObject({ widget: 'radioGroup', framework: 'antd', value: '民营企业' });
    expect(nature.options).toHaveLength(10);
    expect(handle(step, nature).optionTargets?.[0]?.classList.contains('ant-radio-wrapper')).toBe(true);
    const business = one(step, '主营业务', 'formItemLabel');
    expect(business.widget).toBe('checkboxGroup');
    expect(business.value).toContain('大数据');
    const place = one(step, '上市地点', 'formItemLabel');
    expect(place).toMatchObject({ widget: 'customSelect', value: '全国中小企业股份转让系统（新三板）' });
    expect(handle(step, place).root.classList.contains('ant-select')).toBe(true);
    expect(one(step, '上市时间', 'formItemLabel')).toMatchObject({ widget: 'date', value: '2017-03-16' });
    expect(one(step, '注册资金（万元）', 'formItemLabel').widget).toBe('number');
    expect(one(step, '申报单位简介', 'formItemLabel').maxLength).toBe(400);
  });

  it('step 1 before filling: sub-fields of 是 are absent', () => {
    const empty = collect('antd-step1-empty');
    expect(labelled(empty, '上市时间', 'formItemLabel')).toHaveLength(0);
    expect(one(empty, '是否上市公司', 'formItemLabel').value).toBe('');
  });

  it('step 2: honours rows give 授予年份 its honour', () => {
    const step = collect('antd-step2');
    const years = labelled(step, '授予年份', 'formItemLabel');
    expect(years.map((field) => field.context[0])).toEqual(['高新技术企业', '企业技术中心', '重点实验室']);
    expect(years.every((field) => field.context.includes('相关荣誉（提供证明材料）'))).toBe(true);
    // Form.List rows (noStyle) take the outer item's label.
    expect(labelled(step, '其他市级以上荣誉', 'formItemLabel')).toHaveLength(2);
  });

  it('step 3: the RangePicker is one dateRange', () => {
    const step = collect('antd-step3');
    const period = labelled(step, '起止日期', 'formItemLabel');
    expect(period).toHaveLength(1);
    expect(period[0]).toMatchObject({
      widget: 'dateRange',
      framework: 'antd',
      value: ['2019-07-01', '2021-06-30'],
    });
    expect(handle(step, period[0] as FieldSnapshot).controls).toHaveLength(2);
    expect(step.snapshot.fields.filter((field) => field.widget === 'date')).toHaveLength(0);
    expect(labelled(step, '手机', 'formItemLabel')[0]?.context[0]).toBe('项目负责人');
  });

  it('step 5: uploads with their file lists', () => {
    const step = collect('antd-step5');
    const uploads = step.snapshot.fields.filter((field) => field.widget === 'file');
    expect(uploads).toHaveLength(6);
    expect(uploads[0]?.value).toEqual([
      '高新技术企业证书.pdf',
      '重庆市企业技术中心、“专精特新”中小企业等认定文件.pdf',
    ]);
    expect(texts(uploads[0], 'formItemLabel')).toEqual(['1.申报单位相关荣誉证明材料']);
    expect(handle(step, uploads[0] as FieldSnapshot).root.classList.contains('ant-upload-select')).toBe(true);
  });
});

describe('layui replica (drawn widgets over hidden natives)', () => {
  const page = () => collect('layui');
  const filled = () => collect('layui-filled');

  it('reports layui selects as customSelect with the native options', () => {
    const nature = named(page(), 'dwxz');
    expect(nature).toMatchObject({ widget: 'customSelect', framework: 'layui', value: '' });
    expect(texts(nature, 'formItemLabel')).toEqual(['*企业性质']);
    expect(nature.options?.map((option) => option.label)).toEqual([
      '政府机关',
      '事业单位',
      '社会团体',
      '国有企业',
      '民营企业',
      '外资企业',
      '合资企业',
      '国有控股企业',
      '国有参股企业',
      '其他',
    ]);
    const select = handle(page(), nature);
    expect(select.root.classList.contains('layui-form-select')).toBe(true);
    expect(select.controls[0]?.localName).toBe('select');
    expect(named(filled(), 'dwxz').value).toBe('民营企业');
  });

  it('reports radios and checkboxes by group with the drawn boxes as option targets', () => {
    const listed = named(page(), 'sfss');
    expect(listed.widget).toBe('radioGroup');
    const radios = handle(page(), listed);
    expect(radios.optionTargets?.every((target) => target.classList.contains('layui-form-radio'))).toBe(true);
    expect(radios.controls.every((control) => control.localName === 'input')).toBe(true);
    expect(listed.options?.map((option) => option.label)).toEqual(['是', '否']);
    expect(named(filled(), 'sfss').value).toBe('是');
    const business = named(filled(), 'zyyw');
    expect(business.widget).toBe('checkboxGroup');
    expect(business.options).toHaveLength(15);
    expect(handle(filled(), business).optionTargets?.[0]?.classList.contains('layui-form-checkbox')).toBe(
      true,
    );
  });

  it('reads laydate inputs as date, the range input as dateRange', () => {
    expect(named(page(), 'qzrq').widget).toBe('dateRange');
    expect(named(filled(), 'qzrq').value).toEqual(['2019-07-01', '2021-06-30']);
    const year = named(filled(), 'gxqynf');
    expect(year).toMatchObject({ widget: 'date', value: '2017' });
    expect(year.context[0]).toBe('高新技术企业');
  });

  it('leaves blocks a 是 has not revealed out, unless asked', () => {
    expect(page().snapshot.fields.some((field) => texts(field, 'name').includes('ssrq'))).toBe(false);
    expect(named(collect('layui', true), 'ssrq').visible).toBe(false);
    expect(named(filled(), 'ssrq')).toMatchObject({ widget: 'date', visible: true });
  });

  it('reports upload buttons with their hidden file input', () => {
    const uploads = page().snapshot.fields.filter((field) => field.widget === 'file');
    expect(uploads).toHaveLength(6);
    const first = handle(page(), uploads[0] as FieldSnapshot);
    expect(first.root.localName).toBe('button');
    expect(first.controls[0]?.classList.contains('layui-upload-file')).toBe(true);
    expect(texts(uploads[0], 'columnHeader')).toEqual(['操作']);
    expect(texts(uploads[0], 'cellLeft')).toContain(
      '申报单位相关荣誉证明材料 （高新技术企业、企业技术中心、重点实验室等相关证明材料）',
    );
    expect(uploads[0]?.context[0]).toBe('附件材料');
  });
});

describe('stress replica (?controls=500, nested shadow roots, a 100 KB label)', () => {
  it('collects fields in open shadow roots, two levels deep, in order', () => {
    const started = performance.now();
    const page = collectFields(loadFixture('stress'));
    const ms = performance.now() - started;
    console.log(
      `stress fixture (500 controls): ${page.snapshot.fields.length} fields in ${ms.toFixed(0)} ms (jsdom)`,
    );
    const names = labelled(page, '单位名称', 'labelFor');
    expect(names.length).toBeGreaterThanOrEqual(8);
    const depth = (element: Element) => {
      let levels = 0;
      for (
        let root = element.getRootNode();
        root.nodeType === 11;
        root = (root as ShadowRoot).host.getRootNode()
      ) {
        levels++;
      }
      return levels;
    };
    expect(names.map((field) => depth(handle(page, field).root)).slice(0, 3)).toEqual([0, 1, 2]);
    expect(names[1]?.context[0]).toBe('第 2 份申报书 · 申报单位及项目基本信息');
    expect(names[2]?.context[0]).toBe('第 3 份申报书 · 申报单位及项目基本信息');
    const radios = page.snapshot.fields.filter((field) => field.widget === 'radioGroup');
    expect(radios.every((field) => field.options?.length === 2)).toBe(true);
    expect(page.snapshot.fields.map((field) => field.order)).toEqual(
      page.snapshot.fields.map((_, index) => index),
    );
  });

  it('caps the 100 KB label at 200 characters', () => {
    const page = collect('stress');
    const intro = page.snapshot.fields.find((field) =>
      texts(field, 'labelFor').some((text) => text.startsWith('申报单位简介（填表说明')),
    );
    expect(intro?.widget).toBe('textarea');
    for (const item of intro?.evidence ?? []) expect(item.text.length).toBeLessThanOrEqual(200);
  });
});
