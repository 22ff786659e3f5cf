// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type { FieldSnapshot } from '../types';
import { collectFields } from './index';

/**
 * Widgets the collector cannot read (issue #16): they are fields (the check must say it cannot
 * read them) whose value is never guessed; every widget it can read stays as it was.
 */
const PAGE = `
  <form>
    <div><span>项目概述：</span><div id="editor" contenteditable="true"><p>本项目建设</p><p>第二段</p></div></div>
    <div><span id="kind-label">单位性质</span><div id="aria-select" role="combobox" aria-labelledby="kind-label">民营企业</div></div>
    <label>成立日期 <ux-date-picker id="custom" name="foundedDate" value="2012-08-21"></ux-date-picker></label>
    <label>所属行业
      <span class="ux-select"><input id="drawn" role="combobox" aria-haspopup="listbox" readonly><span class="ux-select__value">软件和信息技术服务业</span></span>
    </label>
    <div class="el-form-item"><label class="el-form-item__label">单位类型</label><div class="el-form-item__content">
      <div id="span-select" class="el-select"><div class="el-select__wrapper"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper"><input class="el-select__input" role="combobox" aria-haspopup="listbox" readonly></div>
        <div class="el-select__selected-item el-select__placeholder"><span>国有企业</span></div>
      </div></div></div>
    </div></div>
    <div class="el-form-item"><label class="el-form-item__label">注册类型</label><div class="el-form-item__content">
      <div id="empty-select" class="el-select"><div class="el-select__wrapper"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper"><input class="el-select__input" role="combobox" aria-haspopup="listbox" readonly></div>
        <div class="el-select__selected-item el-select__placeholder is-transparent"><span>请选择</span></div>
      </div></div></div>
    </div></div>
    <div class="el-form-item"><label class="el-form-item__label">项目起止时间</label><div class="el-form-item__content">
      <div id="range" class="el-date-editor el-range-editor el-input__inner el-date-editor--daterange">
        <i class="el-input__icon el-range__icon el-icon-date"></i><input placeholder="开始日期" class="el-range-input"><span class="el-range-separator">至</span><input placeholder="结束日期" class="el-range-input">
      </div>
    </div></div>
    <label>单位名称 <input id="plain" value="重庆某某科技有限公司"></label>
    <label>注册资本 <input id="fixed" readonly value="3600"></label>
    <label>单位规模 <select id="native"><option value="">请选择</option><option selected>中型</option></select></label>
    <label>联系人 <ux-field id="with-shadow" name="contact"></ux-field></label>
  </form>`;

let fields: FieldSnapshot[];
let rootOf: (field: FieldSnapshot) => Element | undefined;

beforeAll(() => {
  document.body.innerHTML = PAGE;
  const host = document.querySelector('#with-shadow') as HTMLElement;
  host.attachShadow({ mode: 'open' }).innerHTML = '<input id="inner" value="张三">';
  const collected = collectFields(document);
  fields = collected.snapshot.fields;
  rootOf = (field) => collected.handles.get(field.id)?.root;
});

const byRoot = (selector: string) => {
  const element = document.querySelector(selector);
  return fields.find((field) => {
    const root = rootOf(field);
    return !!root && !!element && (root === element || root.contains(element));
  });
};

describe('widgets the collector cannot read', () => {
  it.each([
    ['a contenteditable editor', '#editor', 'textarea'],
    ['a div with an ARIA value role', '#aria-select', 'customSelect'],
    ['a custom element with a form attribute and no control of its own', '#custom', 'text'],
    ['a read-only combobox input of a drawn select no adapter knows', '#drawn', 'text'],
    ['a drawn select that reads empty but shows its choice in a span', '#span-select', 'customSelect'],
  ])('%s is a field marked unreadable, its value never guessed', (_, selector, widget) => {
    const field = byRoot(selector);
    expect(field).toMatchObject({ widget, unreadable: true, value: '' });
  });

  it('labels them like any field, so the check can name them', () => {
    expect(byRoot('#editor')?.evidence.map((item) => item.text)).toContain('项目概述：');
    expect(byRoot('#aria-select')?.evidence.map((item) => item.text)).toContain('单位性质');
  });

  it('the paragraphs inside an editor are its content, not fields of their own', () => {
    expect(fields.filter((field) => rootOf(field)?.closest('#editor'))).toHaveLength(1);
  });

  it('everything it can read stays readable', () => {
    // An empty range picker shows only the 「至」 between its halves.
    for (const selector of ['#empty-select', '#range', '#plain', '#fixed', '#native']) {
      expect(byRoot(selector)?.unreadable, selector).toBeUndefined();
    }
    expect(byRoot('#plain')?.value).toBe('重庆某某科技有限公司');
    expect(byRoot('#fixed')?.value).toBe('3600');
    expect(byRoot('#native')?.value).toBe('中型');
    // A select that shows only its prompt holds nothing, and says so.
    expect(byRoot('#empty-select')?.value).toBe('');
    expect(byRoot('#range')?.widget).toBe('dateRange');
  });

  it('a custom element built on native controls is read through them', () => {
    const inner = fields.find((field) => field.value === '张三');
    expect(inner?.unreadable).toBeUndefined();
    expect(fields.filter((field) => rootOf(field)?.id === 'with-shadow')).toHaveLength(0);
  });
});
