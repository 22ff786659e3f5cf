// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication } from '@/test/factories';
import type { Collected, FieldHandle } from './handles';
import { type FillEngine, startFill } from './session';
import type { FieldSnapshot, MatchResult } from './types';

/**
 * A deliberately simple engine over a native form: each <label data-key> names its control.
 * It lets the session's own logic (rounds, reveals, no-overwrite, undo, read-back) be tested
 * apart from the real collector and matcher.
 */
const engine: FillEngine = {
  collect(doc): Collected {
    const fields: FieldSnapshot[] = [];
    const handles = new Map<string, FieldHandle>();
    for (const [index, label] of [...doc.querySelectorAll('label[data-key]')].entries()) {
      const id = `f${index}`;
      const radios = [...label.querySelectorAll('input[type=radio]')] as HTMLInputElement[];
      const input = label.querySelector('input, textarea') as HTMLInputElement;
      const isGroup = radios.length > 0;
      fields.push({
        id,
        widget: isGroup ? 'radioGroup' : 'text',
        framework: 'native',
        evidence: [{ source: 'wrappingLabel', text: label.getAttribute('data-key') ?? '' }],
        context: [],
        options: isGroup
          ? radios.map((radio) => ({ label: radio.value, checked: radio.checked }))
          : undefined,
        value: isGroup ? radios.filter((radio) => radio.checked).map((radio) => radio.value) : input.value,
        readOnly: false,
        disabled: false,
        visible: true,
        order: index,
        frame: '',
      });
      handles.set(id, {
        root: label,
        controls: isGroup ? radios : [input],
        optionTargets: isGroup ? radios : undefined,
      });
    }
    return { snapshot: { url: 'http://test/', host: 'test', fields }, handles };
  },
  match(snapshot): MatchResult {
    return {
      matches: snapshot.fields.map((field) => ({
        fieldId: field.id,
        key: field.evidence[0]?.text ?? '',
        score: 1,
        confident: true,
        reason: 'test',
      })),
      unsure: [],
      unmatched: [],
    };
  },
};

const values = makeApplication();
const request = () => ({
  document,
  edition: EDITION_2020,
  values,
  learned: [],
  files: async () => undefined,
});

beforeEach(() => {
  document.body.innerHTML = `
    <form>
      <label data-key="company.name">单位名称 <input></label>
      <label data-key="company.legalRepresentative">法定代表人 <input value="用户已填"></label>
      <label data-key="company.listed">是否上市公司
        <input type="radio" name="listed" value="否" checked><input type="radio" name="listed" value="是">
      </label>
      <div id="listing"></div>
    </form>`;
  // Like a real site: choosing 是 reveals 股票代码.
  document.querySelector('input[value=是]')?.addEventListener('change', () => {
    const listing = document.querySelector('#listing');
    if (listing) listing.innerHTML = '<label data-key="company.stockCode">股票代码 <input></label>';
  });
});

describe('startFill', () => {
  it('fills, then fills the sub-field its own choice revealed, and never overwrites typed text', async () => {
    const session = await startFill(engine, request());
    const input = (key: string) => document.querySelector<HTMLInputElement>(`label[data-key="${key}"] input`);
    expect(input('company.name')?.value).toBe(values['company.name']);
    expect(input('company.stockCode')?.value).toBe(values['company.stockCode']);
    expect(input('company.legalRepresentative')?.value).toBe('用户已填');
    expect(session.report.filled.map((entry) => entry.key)).toEqual([
      'company.name',
      'company.listed',
      'company.stockCode',
    ]);
    expect(session.report.skipped).toEqual([
      expect.objectContaining({ key: 'company.legalRepresentative', reason: 'pageHasValue' }),
    ]);
    expect(session.report.didNotStick).toEqual([]);
    expect(session.report.notFound.map((entry) => entry.key)).toContain('contact.mobile');
  });

  it('fills a field the user typed in once they confirm the overwrite', async () => {
    const first = await startFill(engine, request());
    const signature =
      first.report.skipped.find((entry) => entry.key === 'company.legalRepresentative')?.signature ?? '';
    expect(signature).not.toBe('');
    const second = await startFill(engine, { ...request(), overwrite: new Set([signature]) });
    expect(
      document.querySelector<HTMLInputElement>('label[data-key="company.legalRepresentative"] input')?.value,
    ).toBe(values['company.legalRepresentative']);
    expect(second.report.filled.map((entry) => entry.key)).toContain('company.legalRepresentative');
  });

  it('undo restores every field it wrote, the default-ticked radio included', async () => {
    const session = await startFill(engine, request());
    expect(await session.undo()).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('label[data-key="company.name"] input')?.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('input[value=否]')?.checked).toBe(true);
  });
});
