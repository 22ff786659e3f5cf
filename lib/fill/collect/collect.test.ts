// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { Collected } from '../handles';
import type { EvidenceSource, FieldSnapshot } from '../types';
import { collectFields } from './index';

// Small hand-written pages for each rule of the collector; the replica fixtures are in
// replicas.test.ts.

function page(body: string, head = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** This window's document (it has a view, so stylesheets and getComputedStyle apply). */
function live(body: string, head = ''): Document {
  document.head.innerHTML = head;
  document.body.innerHTML = body;
  return document;
}

const fieldsOf = (collected: Collected) => collected.snapshot.fields;
const texts = (field: FieldSnapshot | undefined, source: EvidenceSource) =>
  (field?.evidence ?? []).filter((item) => item.source === source).map((item) => item.text);

describe('what counts as a field', () => {
  it('collects text-like inputs, textareas, selects and files (and a contenteditable it cannot read); not hidden/submit/button/reset/image', () => {
    const doc = page(`
      <input type="text" id="a"><input type="tel"><input type="email"><input type="number"><input>
      <input type="date"><input type="hidden"><input type="submit"><input type="button"><input type="reset">
      <input type="image"><textarea></textarea><select><option>甲</option></select><input type="file" multiple>
      <button>提交</button><div contenteditable="true">富文本</div>`);
    const fields = fieldsOf(collectFields(doc));
    expect(fields.map((field) => `${field.widget}:${field.inputType ?? ''}`)).toEqual([
      'text:text',
      'text:tel',
      'text:email',
      'text:number',
      'text:text',
      'date:date',
      'textarea:',
      'nativeSelect:',
      'file:file',
      // A contenteditable is a field whose value the collector cannot read (unreadable.ts).
      'text:',
    ]);
    expect(fields.at(-1)).toMatchObject({ unreadable: true, value: '' });
    expect(fields.at(-2)?.multiple).toBe(true);
    expect(fields.map((field) => field.id)).toEqual(fields.map((_, index) => `f${index}`));
  });

  it('groups radios by name (wherever they are) and nameless ones by position', () => {
    const doc = page(`
      <form>
        <p>是否上市：<label><input type="radio" name="ss" value="1">是</label></p>
        <p><input type="text" id="between"></p>
        <p><label><input type="radio" name="ss" value="0" checked>否</label></p>
      </form>
      <table><tr>
        <td>单位性质</td>
        <td><input type="radio" id="r1"><label for="r1">国企</label><input type="radio" id="r2"><label for="r2">民企</label>
            <input type="text"><input type="radio"> 其他</td>
      </tr></table>`);
    const collected = collectFields(doc);
    const fields = fieldsOf(collected);
    const listed = fields[0];
    expect(listed?.widget).toBe('radioGroup');
    expect(listed?.options).toEqual([
      { label: '是', value: '1', checked: false },
      { label: '否', value: '0', checked: true },
    ]);
    expect(listed?.value).toBe('否');
    expect(collected.handles.get(listed?.id ?? '')?.optionTargets?.map((target) => target.localName)).toEqual(
      ['label', 'label'],
    );
    // The nameless radios split at the text box between them.
    const nameless = fields.filter((field) => field.widget === 'radioGroup').slice(1);
    expect(nameless.map((field) => field.options?.map((option) => option.label))).toEqual([
      ['国企', '民企'],
      ['其他'],
    ]);
    // Label[for] options: the radio itself is what a user clicks.
    expect(collected.handles.get(nameless[0]?.id ?? '')?.optionTargets?.[0]?.localName).toBe('input');
    expect(texts(nameless[0], 'cellLeft')).toEqual(['单位性质']);
  });

  it('reports a lone checkbox as a checkbox and groups the others', () => {
    const doc = page(`
      <label><input type="checkbox" name="agree" checked> 我已阅读并同意</label>
      <div>主营业务：<label><input type="checkbox" name="yw" value="1">大数据</label><label><input type="checkbox" name="yw" value="2" checked>云计算</label></div>`);
    const [agree, business] = fieldsOf(collectFields(doc));
    expect(agree).toMatchObject({ widget: 'checkbox', value: ['我已阅读并同意'] });
    expect(texts(agree, 'wrappingLabel')).toEqual(['我已阅读并同意']);
    expect(business).toMatchObject({ widget: 'checkboxGroup', value: ['云计算'] });
    expect(texts(business, 'precedingText')).toEqual(['主营业务：']);
  });

  it('drops 请选择 prompts from select options and reads the chosen labels', () => {
    const doc = page(`
      <select id="one"><option value="">请选择</option><option value="1" selected>国家级</option><option value="2">省市级</option></select>
      <select multiple><option value="a" selected>甲</option><option value="b" selected>乙</option><option value="">无</option></select>`);
    const [single, multiple] = fieldsOf(collectFields(doc));
    expect(single?.options).toEqual([
      { label: '国家级', value: '1', checked: true },
      { label: '省市级', value: '2', checked: false },
    ]);
    expect(single?.value).toBe('国家级');
    expect(multiple?.value).toEqual(['甲', '乙']);
    expect(multiple?.options?.map((option) => option.label)).toEqual(['甲', '乙', '无']);
  });
});

describe('label evidence', () => {
  it('gathers label[for], wrapping label, aria, title, placeholder, name and id', () => {
    const doc = page(`
      <span id="cap">联系人手机</span>
      <label for="m">手机号码</label>
      <input id="m" name="lxrsj" placeholder="请输入11位手机号码" title="手机" aria-labelledby="cap missing" maxlength="11">
      <label>法定代表人 <input name="fddbr" aria-label="法人"></label>`);
    const [mobile, legal] = fieldsOf(collectFields(doc));
    expect(mobile?.evidence).toEqual([
      { source: 'labelFor', text: '手机号码' },
      { source: 'ariaLabelledBy', text: '联系人手机' },
      { source: 'title', text: '手机' },
      { source: 'placeholder', text: '11位手机号码' },
      { source: 'precedingText', text: '手机号码' },
      { source: 'name', text: 'lxrsj' },
      { source: 'id', text: 'm' },
    ]);
    expect(mobile?.maxLength).toBe(11);
    expect(texts(legal, 'wrappingLabel')).toEqual(['法定代表人']);
    expect(texts(legal, 'ariaLabel')).toEqual(['法人']);
  });

  it('reads the framework form-item labels', () => {
    const doc = page(`
      <div class="el-form-item"><label class="el-form-item__label">单位名称</label>
        <div class="el-form-item__content"><div class="el-input"><input class="el-input__inner"></div></div></div>
      <div class="ant-form-item"><div class="ant-row ant-form-item-row"><div class="ant-col ant-form-item-label"><label>企业名称</label></div>
        <div class="ant-col ant-form-item-control"><input class="ant-input"></div></div></div>
      <div class="layui-form-item"><div class="layui-inline"><label class="layui-form-label">联系人姓名</label>
        <div class="layui-input-inline"><input class="layui-input" name="lxrxm"></div></div>
        <div class="layui-inline"><label class="layui-form-label">联系人职务</label>
        <div class="layui-input-inline"><input class="layui-input" name="lxrzw"></div></div></div>`);
    const fields = fieldsOf(collectFields(doc));
    expect(fields.map((field) => [field.framework, texts(field, 'formItemLabel')])).toEqual([
      ['element', ['单位名称']],
      ['antd', ['企业名称']],
      ['layui', ['联系人姓名']],
      ['layui', ['联系人职务']],
    ]);
  });

  it('takes the nearest text before the control, past a bracketed note, never past another field', () => {
    const doc = page(`
      <div class="row"><span>研发能力</span><div class="hint">（提供证明材料）</div><textarea></textarea></div>
      <div class="row"><span>上市时间：</span><input type="date"> <span>上市地点：</span><input></div>
      <div class="row"><input id="first"><input id="second"></div>`);
    const fields = fieldsOf(collectFields(doc));
    expect(texts(fields[0], 'precedingText')).toEqual(['（提供证明材料）', '研发能力']);
    expect(texts(fields[1], 'precedingText')).toEqual(['上市时间：']);
    expect(texts(fields[2], 'precedingText')).toEqual(['上市地点：']);
    expect(texts(fields[4], 'precedingText')).toEqual([]);
  });

  it('caps huge labels at 200 characters', () => {
    const doc = page(`<label for="x">${'说明'.repeat(60_000)}</label><textarea id="x"></textarea>`);
    const [field] = fieldsOf(collectFields(doc));
    expect(field?.evidence.length).toBeGreaterThan(0);
    for (const item of field?.evidence ?? []) expect(item.text.length).toBeLessThanOrEqual(200);
  });
});

describe('select prompts', () => {
  it("reads a select's prompt option (「请选择是否上市公司」) as its placeholder, never as an option", () => {
    const doc = page(`
      <select id="listed"><option value="">请选择是否上市公司</option><option value="1">是</option><option value="0">否</option></select>
      <select id="bare"><option value="">--请选择--</option><option value="1">是</option></select>`);
    const [listed, bare] = fieldsOf(collectFields(doc));
    expect(texts(listed, 'placeholder')).toEqual(['是否上市公司']);
    expect(listed?.options?.map((option) => option.label)).toEqual(['是', '否']);
    expect(texts(bare, 'placeholder')).toEqual([]);
  });
});

describe('tables', () => {
  it('resolves rowspans and colspans: the cell to the left, row groups, section rows, column headers', () => {
    const doc = page(`
      <table>
        <tr><th colspan="5">一、申报单位基本信息</th></tr>
        <tr><td rowspan="2">申报联系人</td><td>姓名</td><td><input></td><td>手机</td><td><input></td></tr>
        <tr><td>职务</td><td><input></td><td>传真</td><td><input></td></tr>
        <tr><td rowspan="2">项目负责人</td><td>姓名</td><td><input></td><td>手机</td><td><input></td></tr>
        <tr><td>职务</td><td colspan="3"><input></td></tr>
      </table>
      <table>
        <thead><tr><th>序号</th><th>材料名称</th><th>操作</th></tr></thead>
        <tbody><tr><td>附1-1</td><td>荣誉证明</td><td><input type="file"></td></tr></tbody>
      </table>`);
    const fields = fieldsOf(collectFields(doc));
    const summary = fields.map((field) => [texts(field, 'cellLeft').join('|'), field.context.join('|')]);
    expect(summary.slice(0, 7)).toEqual([
      ['姓名', '申报联系人|一、申报单位基本信息'],
      ['手机', '申报联系人|一、申报单位基本信息'],
      ['职务', '申报联系人|一、申报单位基本信息'],
      ['传真', '申报联系人|一、申报单位基本信息'],
      ['姓名', '项目负责人|一、申报单位基本信息'],
      ['手机', '项目负责人|一、申报单位基本信息'],
      ['职务', '项目负责人|一、申报单位基本信息'],
    ]);
    const file = fields.at(-1);
    expect(texts(file, 'cellLeft')).toEqual(['荣誉证明', '附1-1']);
    expect(texts(file, 'columnHeader')).toEqual(['操作']);
  });

  it('survives odd spans', () => {
    const doc = page(`
      <table><tr><td rowspan="0">组</td><td colspan="99999">标签</td><td rowspan="abc"><input></td></tr>
      <tr><td><input></td></tr></table>`);
    const fields = fieldsOf(collectFields(doc));
    expect(fields).toHaveLength(2);
    expect(texts(fields[0], 'cellLeft')).toEqual(['标签']);
  });
});

describe('context', () => {
  it('uses legends, headings, card and divider titles, tab titles, nearest first', () => {
    const doc = page(`
      <h2>申报书</h2>
      <div role="tablist"><div role="tab" id="t1">基本信息</div></div>
      <div role="tabpanel" aria-labelledby="t1">
        <fieldset><legend>一、申报单位基本信息</legend>
          <div class="ant-card"><div class="ant-card-head"><div class="ant-card-head-title">申报联系人</div></div>
            <div class="ant-card-body"><label>手机<input id="contact"></label></div></div>
          <div class="ant-divider"><span class="ant-divider-inner-text">项目负责人</span></div>
          <label>手机<input id="leader"></label>
          <div><b>经营情况</b></div>
          <label>主营业务收入<input id="revenue"></label>
        </fieldset>
      </div>`);
    const [contact, leader, revenue] = fieldsOf(collectFields(doc));
    expect(contact?.context).toEqual(['申报联系人', '一、申报单位基本信息', '基本信息', '申报书']);
    expect(leader?.context).toEqual(['项目负责人', '一、申报单位基本信息', '基本信息', '申报书']);
    expect(revenue?.context).toEqual(['经营情况', '一、申报单位基本信息', '基本信息', '申报书']);
  });

  it("reads a generic card's or panel's head as context, not a page's top bar of links", () => {
    const doc = page(`
      <div class="top"><div class="top-header">申报系统 <a href="#">退出</a></div>
        <div class="card"><div class="card-header"><span class="card-title">项目负责人</span><button>收起</button></div>
          <div class="card-body"><label>手机<input id="leader"></label></div></div>
        <div class="panel"><div class="panel-heading">第二联系人</div><div><label>手机<input id="second"></label></div></div>
        <div class="row"><label>手机<input id="bare"></label><label>邮箱<input></label></div></div>`);
    const [leader, second, bare] = fieldsOf(collectFields(doc));
    expect(leader?.context).toEqual(['项目负责人']);
    expect(second?.context).toEqual(['第二联系人']);
    expect(bare?.context).toEqual([]);
  });

  it('gives the second field of a small block the text that leads the block', () => {
    const doc = page(`
      <div class="honour"><span>高新技术企业</span>
        <label><input type="radio" name="gx" value="1">国家级</label><label><input type="radio" name="gx" value="2">省市级</label>
        <span>授予年份：<input id="year"></span></div>
      <div class="pair"><span>主营业务收入</span><input><span>研发投入</span><input></div>`);
    const fields = fieldsOf(collectFields(doc));
    expect(fields[1]?.context[0]).toBe('高新技术企业');
    expect(texts(fields[1], 'precedingText')).toEqual(['授予年份：']);
    // Only after a choice: two text boxes side by side do not lead each other.
    expect(fields[3]?.context).toEqual([]);
  });
});

describe('visibility, state and options', () => {
  it('knows hidden elements: hidden attribute, inline and stylesheet display:none, visibility:hidden', () => {
    const doc = live(
      `<input id="shown"><div hidden><input id="a"></div><div style="display:none"><input id="b"></div>
       <div class="gone"><input id="c"></div><input id="d" style="visibility:hidden">`,
      '<style>.gone { display: none }</style>',
    );
    expect(fieldsOf(collectFields(doc)).map((field) => texts(field, 'id')[0])).toEqual(['shown']);
    const all = fieldsOf(collectFields(doc, { includeHidden: true }));
    expect(all.map((field) => [texts(field, 'id')[0], field.visible])).toEqual([
      ['shown', true],
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
  });

  it('reads disabled and readOnly, but pickers stay writable', () => {
    const doc = page(`
      <input id="ro" readonly><input id="off" disabled>
      <fieldset disabled><input id="inFieldset"></fieldset>
      <input class="layui-input" lay-key="1" readonly id="laydate">
      <div class="el-select is-disabled"><div class="el-input"><input readonly class="el-input__inner"></div></div>`);
    const fields = fieldsOf(collectFields(doc));
    expect(fields.map((field) => [field.widget, field.readOnly, field.disabled])).toEqual([
      ['text', true, false],
      ['text', false, true],
      ['text', false, true],
      ['date', false, false],
      ['customSelect', false, true],
    ]);
  });

  it('splits a laydate range and reads a one-input range', () => {
    const doc = page(`<input class="layui-input" lay-key="2" value="2019-07-01 - 2021-06-30">`);
    const [range] = fieldsOf(collectFields(doc));
    expect(range).toMatchObject({ widget: 'dateRange', value: ['2019-07-01', '2021-06-30'] });
  });
});

describe('shadow roots and frames', () => {
  it('walks open shadow roots in document order, with label[for] scoped to the shadow tree', () => {
    const doc = live('<input id="top"><div id="host"></div><input id="after">');
    const host = doc.getElementById('host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<h3>第 2 份</h3><label for="x">单位名称</label><input id="x"><div id="inner"></div>';
    const inner = (shadow.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<label for="x">联系人</label><input id="x">';
    const fields = fieldsOf(collectFields(doc));
    expect(fields.map((field) => texts(field, 'labelFor')[0] ?? texts(field, 'id')[0])).toEqual([
      'top',
      '单位名称',
      '联系人',
      'after',
    ]);
    expect(fields[1]?.context).toEqual(['第 2 份']);
    expect(fields[2]?.context).toEqual(['第 2 份']);
  });

  it('reads same-origin iframes with their path and keeps going when a frame is empty', () => {
    // Frames need a browsing context: use this window's document.
    document.head.replaceChildren();
    document.body.innerHTML =
      '<input id="top"><iframe id="f1"></iframe><iframe id="f2"></iframe><input id="end">';
    const first = (document.getElementById('f1') as HTMLIFrameElement).contentDocument as Document;
    first.body.innerHTML = '<label>附件<input type="file"></label><iframe></iframe>';
    const nested = (first.querySelector('iframe') as HTMLIFrameElement).contentDocument as Document;
    nested.body.innerHTML = '<input id="deep">';
    const fields = fieldsOf(collectFields(document));
    expect(fields.map((field) => [texts(field, 'id')[0] ?? field.widget, field.frame])).toEqual([
      ['top', ''],
      ['file', 'iframe[0]'],
      ['deep', 'iframe[0]/iframe[0]'],
      ['end', ''],
    ]);
    document.body.replaceChildren();
  });
});

describe('robustness', () => {
  it('never throws on odd markup', () => {
    const doc = page(`
      <label for="">空</label><label for="nowhere">无</label>
      <input aria-labelledby="   "><select></select><textarea maxlength="-5"></textarea>
      <div class="el-select"></div><div class="ant-picker ant-picker-range"></div><div class="el-upload"></div>
      <div class="ant-select"><span class="ant-select-selection-item"></span></div>
      <div class="layui-form-select"><dl><dd>甲</dd></dl></div>
      <table><tr><td rowspan="2"><table><tr><td><input></td></tr></table></td></tr></table>
      <svg><foreignObject><input></foreignObject></svg>`);
    expect(() => collectFields(doc)).not.toThrow();
    const fields = fieldsOf(collectFields(doc));
    expect(fields.map((field) => field.widget)).toEqual([
      'text',
      'nativeSelect',
      'textarea',
      'customSelect',
      'dateRange',
      'customSelect',
      'customSelect',
      'text',
    ]);
    expect(fields.find((field) => field.widget === 'dateRange')?.value).toEqual(['', '']);
  });

  it('handles an empty document and very deep nesting', () => {
    const empty = document.implementation.createDocument(null, null, null);
    expect(collectFields(empty).snapshot.fields).toEqual([]);
    const doc = page('');
    let node: Element = doc.body;
    for (let depth = 0; depth < 1500; depth++) {
      const child = doc.createElement('div');
      node.append(child);
      node = child;
    }
    node.innerHTML = '<label>深<input></label>';
    const [field] = fieldsOf(collectFields(doc));
    expect(texts(field, 'wrappingLabel')).toEqual(['深']);
  });
});
