// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { captureOffer, selectCaptureCandidates } from './capture';
import { collectFields } from './collect';

/** A provincial page after a fill: what the user typed by hand beside the fill, and decoys. */
const PAGE = `
  <div role="search"><label>站内搜索 <input name="q" value="信息消费"></label></div>
  <form id="login">
    <label>用户名 <input name="user" value="zhouxiaolan"></label>
    <label>密码 <input type="password" name="pwd" value="secret-1"></label>
  </form>
  <form id="apply">
    <label>单位名称 <input name="dwmc" value="重庆云栈数智科技股份有限公司"></label>
    <label>是否获得省级专精特新认定 <select name="zjtx"><option value="">请选择</option><option selected>是</option><option>否</option></select></label>
    <label>省级专项资金申报编号 <input name="bh" value="CQ-ZX-2020-017"></label>
    <label>本单位负责人意见 <textarea name="yj">同意申报。</textarea></label>
    <label>还没填的栏目 <input name="empty"></label>
    <label>图形验证码 <input name="yzm" value="8K3P"></label>
    <label>关键词 <input type="search" name="kw" value="医疗"></label>
  </form>`;

describe('capture from the page: what the fill could not place and the user typed', () => {
  it('offers the unplaced fields with a value, by their labels and kinds; never secrets or search boxes', () => {
    document.body.innerHTML = PAGE;
    const collected = collectFields(document);
    const idOf = (name: string) => {
      const element = document.querySelector(`[name=${name}]`);
      return [...collected.handles].find(
        ([, handle]) => handle.root === element || handle.controls.includes(element as Element),
      )?.[0];
    };
    const placed = new Set([idOf('dwmc') ?? '']);
    const selection = selectCaptureCandidates(collected, placed);
    expect(selection.candidates).toEqual([
      {
        fieldId: idOf('zjtx'),
        label: '是否获得省级专精特新认定',
        kind: 'choice',
        value: '是',
        options: ['是', '否'],
      },
      { fieldId: idOf('bh'), label: '省级专项资金申报编号', kind: 'text', value: 'CQ-ZX-2020-017' },
      { fieldId: idOf('yj'), label: '本单位负责人意见', kind: 'longText', value: '同意申报。' },
    ]);
    const withheld = Object.fromEntries(selection.withheld.map((item) => [item.fieldId, item.reason]));
    expect(withheld).toEqual({
      [idOf('q') ?? '']: 'search',
      [idOf('user') ?? '']: 'loginForm',
      [idOf('pwd') ?? '']: 'password',
      [idOf('yzm') ?? '']: 'captcha',
      [idOf('kw') ?? '']: 'search',
    });
  });
});

describe('captureOffer: after the match', () => {
  const page = `
    <form>
      <label>单位名称 <input name="dwmc" value="重庆云栈数智科技股份有限公司"></label>
      <label>省级推荐批次编号 <input name="bh" value="CQ-2020-017"></label>
      <label>入驻园区 <input name="yq" value="两江新区"></label>
    </form>
    <label>动态口令 <input type="password" name="kl" value="x"></label>`;

  it('leaves out confident matches only, keeps 待确认 guesses, gives each its signature and names the withheld', () => {
    document.body.innerHTML = page;
    const collected = collectFields(document);
    const [name, batch, park] = collected.snapshot.fields;
    const offer = captureOffer(collected, {
      matches: [{ fieldId: name?.id ?? '', key: 'company.name', score: 1, confident: true, reason: '' }],
    });
    expect(offer.candidates.map((candidate) => candidate.label)).toEqual(['省级推荐批次编号', '入驻园区']);
    expect(offer.candidates[0]?.signature).toContain('省级推荐批次编号');
    expect(offer.candidates[0]?.signature).not.toBe(offer.candidates[1]?.signature);
    expect(offer.withheld).toEqual([{ label: '动态口令', reason: '密码' }]);
    // A field a person cannot see or reach is neither offered nor named.
    const reachable = (fieldId: string) => fieldId !== park?.id;
    expect(captureOffer(collected, { matches: [] }, reachable).candidates.map((c) => c.fieldId)).toEqual([
      name?.id,
      batch?.id,
    ]);
  });
});
