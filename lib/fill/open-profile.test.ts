// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { customFieldDef, customFieldKey } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { realEngine } from '@/test/fill-engines';
import { startFill } from './session';

/**
 * A provincial page that asks more than the 申报书: common extra fields (catalog data) and a
 * question of its own, which the user keeps as a user-defined field. The real collector and
 * matcher place them by label, like any catalog field.
 */
const PAGE = `
  <form>
    <label>单位名称 <input name="a1"></label>
    <label>成立日期 <input name="a2"></label>
    <label>开户银行 <input name="a3"></label>
    <label>邮编 <input name="a4"></label>
    <label>是否获得省级专精特新认定 <select name="a5"><option value="">请选择</option><option>是</option><option>否</option></select></label>
    <label>省级专项资金申报编号 <input name="a6"></label>
    <label>本单位负责人意见 <textarea name="a7"></textarea></label>
  </form>`;

const specialised = customFieldDef({
  id: 'fSpecialised',
  label: '是否获得省级专精特新认定',
  aliases: ['省级专精特新'],
  kind: 'choice',
  options: ['是', '否'],
  required: false,
});
const fundNumber = customFieldDef({
  id: 'fFund',
  label: '省级专项资金申报编号',
  aliases: [],
  kind: 'text',
  required: true,
});

describe('an open profile on the fill', () => {
  it('fills the extra catalog fields and the user-defined ones by their labels; the report names them', async () => {
    document.body.innerHTML = PAGE;
    const values = {
      ...SAMPLE_APPLICANT.company,
      [customFieldKey('fSpecialised')]: '是',
      [customFieldKey('fFund')]: 'CQ-ZX-2020-017',
    };
    const session = await startFill(realEngine, {
      document,
      edition: EDITION_2020,
      values,
      learned: [],
      extraFields: [specialised, fundNumber],
      files: async () => undefined,
    });
    const value = (name: string) => (document.querySelector(`[name=${name}]`) as HTMLInputElement).value;
    expect(value('a1')).toBe(SAMPLE_APPLICANT.company['company.name']);
    expect(value('a2')).toBe('2012-08-21');
    expect(value('a3')).toBe(SAMPLE_APPLICANT.company['company.bankName']);
    expect(value('a4')).toBe('401120');
    expect(value('a5')).toBe('是');
    expect(value('a6')).toBe('CQ-ZX-2020-017');
    // A question nobody defined stays as the user left it: 0 wrong.
    expect(value('a7')).toBe('');
    expect(session.report.filled.map((entry) => entry.key)).toEqual(
      expect.arrayContaining(['custom.fSpecialised', 'custom.fFund', 'company.foundedDate']),
    );
    expect(session.report.filled.find((entry) => entry.key === 'custom.fFund')?.label).toBe(
      '省级专项资金申报编号',
    );
  });

  it('without the user-defined fields the page keeps its own questions empty', async () => {
    document.body.innerHTML = PAGE;
    await startFill(realEngine, {
      document,
      edition: EDITION_2020,
      values: SAMPLE_APPLICANT.company,
      learned: [],
      files: async () => undefined,
    });
    expect((document.querySelector('[name=a6]') as HTMLInputElement).value).toBe('');
    expect((document.querySelector('[name=a5]') as HTMLSelectElement).value).toBe('');
  });
});
