// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication } from '@/test/factories';
import { matchOf } from '@/test/snapshot-factory';
import { applyOperation } from '../apply';
import { planFill } from '../plan';
import { collectFields } from './index';

// Choice controls and selects in the shapes government forms draw them (issue #11): each rule
// is about a kind of page, so each case is a small hand-written page of that kind.

function live(body: string): Document {
  document.body.innerHTML = body;
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const noFiles = async () => undefined;

/** Plans and applies the values of `keys` to the page's fields, in order, as the fill does. */
async function fill(doc: Document, keys: readonly string[]) {
  const { snapshot, handles } = collectFields(doc);
  const matches = snapshot.fields.map((field, index) => matchOf(field, keys[index] ?? ''));
  const plan = planFill(snapshot, matches, makeApplication(), { edition: EDITION_2020 });
  const outcomes = [];
  for (const operation of plan.operations) {
    const field = snapshot.fields.find((item) => item.id === operation.fieldId);
    const handle = handles.get(operation.fieldId);
    if (!field || !handle) throw new Error(`no field ${operation.fieldId}`);
    outcomes.push(await applyOperation(operation, { field, handle }, noFiles));
  }
  return { plan, outcomes, after: collectFields(doc).snapshot.fields };
}

describe('checkbox groups whose names differ per option', () => {
  it('reads x[a], x[b] and x_1, x_2 in one cell as one question each', () => {
    const doc = live(`
      <table><tr>
        <td>主营业务</td>
        <td><label><input type="checkbox" name="zyyw[cloud]">云计算</label>
            <label><input type="checkbox" name="zyyw[iot]" checked>物联网</label></td>
      </tr><tr>
        <td>企业性质</td>
        <td><label><input type="checkbox" name="qyxz_1">国有企业</label>
            <label><input type="checkbox" name="qyxz_2">民营企业</label>
            <label><input type="checkbox" name="qyxz_3">外资企业</label></td>
      </tr></table>`);
    const fields = collectFields(doc).snapshot.fields;
    expect(fields.map((field) => [field.widget, field.options?.map((option) => option.label)])).toEqual([
      ['checkboxGroup', ['云计算', '物联网']],
      ['checkboxGroup', ['国有企业', '民营企业', '外资企业']],
    ]);
    expect(fields[0]?.value).toEqual(['物联网']);
  });

  it('keeps same-stem boxes in different cells apart (one yes/no box per row)', () => {
    const doc = live(`
      <table>
        <tr><td>是否上市</td><td><label><input type="checkbox" name="flag_1">是</label></td></tr>
        <tr><td>是否出口</td><td><label><input type="checkbox" name="flag_2">是</label></td></tr>
      </table>`);
    const fields = collectFields(doc).snapshot.fields;
    expect(fields.map((field) => field.widget)).toEqual(['checkbox', 'checkbox']);
  });
});

describe('ARIA chips without a native input', () => {
  it('reads role=radio chips in a radiogroup as one question, labelled by aria-labelledby', () => {
    const doc = live(`
      <span id="nature">企业性质</span>
      <div role="radiogroup" aria-labelledby="nature">
        <span role="radio" aria-checked="false" tabindex="0">国有企业</span>
        <span role="radio" aria-checked="true" tabindex="-1">民营企业</span>
      </div>`);
    const [nature] = collectFields(doc).snapshot.fields;
    expect(nature).toMatchObject({ widget: 'radioGroup', value: '民营企业' });
    expect(nature?.options?.map((option) => option.label)).toEqual(['国有企业', '民营企业']);
    expect(nature?.evidence).toContainEqual({ source: 'ariaLabelledBy', text: '企业性质' });
  });

  it('reads role=checkbox chips as a group and role=switch as one yes/no box', () => {
    const doc = live(`
      <div role="group" aria-label="主营业务">
        <button role="checkbox" aria-checked="true">云计算</button>
        <button role="checkbox" aria-checked="false">物联网</button>
      </div>
      <div>是否上市公司 <button role="switch" aria-checked="false"></button></div>`);
    const [business, listed] = collectFields(doc).snapshot.fields;
    expect(business).toMatchObject({ widget: 'checkboxGroup', value: ['云计算'] });
    expect(listed).toMatchObject({ widget: 'checkbox', value: [] });
  });

  it('ticks and unticks chips through their own click handlers', async () => {
    const doc = live(`
      <div role="radiogroup" aria-label="企业性质">
        <span role="radio" aria-checked="true">国有企业</span>
        <span role="radio" aria-checked="false">民营企业</span>
      </div>
      <button role="switch" aria-checked="false" aria-label="是否上市公司"></button>`);
    // The site's own script: a chip click moves aria-checked, as chip libraries do.
    for (const chip of doc.querySelectorAll('[role="radio"]'))
      chip.addEventListener('click', () => {
        for (const other of doc.querySelectorAll('[role="radio"]'))
          other.setAttribute('aria-checked', 'false');
        chip.setAttribute('aria-checked', 'true');
      });
    const toggle = doc.querySelector('[role="switch"]');
    toggle?.addEventListener('click', () =>
      toggle.setAttribute('aria-checked', String(toggle.getAttribute('aria-checked') !== 'true')),
    );
    const { outcomes, after } = await fill(doc, ['company.nature', 'company.listed']);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(after.map((field) => field.value)).toEqual(['民营企业', ['on']]);
    expect(after[1]?.evidence).toContainEqual({ source: 'ariaLabel', text: '是否上市公司' });
  });
});

describe('a single choice drawn as checkboxes', () => {
  it('ticks the one answer and unticks the others', async () => {
    const doc = live(`
      <div>企业性质：
        <label><input type="checkbox" name="nature" value="1" checked>国有企业</label>
        <label><input type="checkbox" name="nature" value="2">民营企业</label>
        <label><input type="checkbox" name="nature" value="3">外资企业</label>
      </div>
      <div>是否上市公司：
        <label><input type="checkbox" name="listed" value="1">是</label>
        <label><input type="checkbox" name="listed" value="0" checked>否</label>
      </div>`);
    const { plan, outcomes, after } = await fill(doc, ['company.nature', 'company.listed']);
    expect(plan.operations.map((operation) => operation.type)).toEqual(['checkOptions', 'checkOptions']);
    expect(outcomes.every((outcome) => outcome.ok)).toBe(true);
    expect(after.map((field) => field.value)).toEqual([['民营企业'], ['是']]);
  });
});

describe('select placeholders', () => {
  it('are never options nor the value, whatever their text says', () => {
    const doc = live(`
      <label for="a">单位性质</label>
      <select id="a"><option value="">单位性质</option><option value="1">国有企业</option></select>
      <label for="b">推荐单位</label>
      <select id="b"><option value="-1">--请选择--</option><option value="2">某市工信局</option></select>
      <label for="c">所属行业</label>
      <select id="c"><option disabled selected>所属行业（必选）</option><option>软件业</option></select>
      <label for="d">企业规模</label>
      <select id="d"><option hidden>请挑一个</option><option>中型</option></select>
      <label for="e">申报方向</label>
      <select id="e"><option value="x">申报方向</option><option value="y">方向1</option></select>`);
    const fields = collectFields(doc).snapshot.fields;
    expect(fields.map((field) => field.value)).toEqual(['', '', '', '', '']);
    expect(fields.map((field) => field.options?.map((option) => option.label))).toEqual([
      ['国有企业'],
      ['某市工信局'],
      ['软件业'],
      ['中型'],
      ['方向1'],
    ]);
  });

  it('keeps an empty-valued 「无」 of a multiple select as a choice', () => {
    const doc = live(`<select multiple><option value="a">甲</option><option value="">无</option></select>`);
    const [multiple] = collectFields(doc).snapshot.fields;
    expect(multiple?.options?.map((option) => option.label)).toEqual(['甲', '无']);
  });
});
