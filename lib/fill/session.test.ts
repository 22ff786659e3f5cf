// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { customFieldDef } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication } from '@/test/factories';
import type { Collected, FieldHandle } from './handles';
import { describeFillFailure, summarizeReport } from './report';
import { type FillEngine, isAddButtonText, startFill, UNREADABLE_SKIP } from './session';
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
        // A widget the collector cannot read (collect/unreadable.ts): its value means nothing.
        ...(label.hasAttribute('data-unreadable') ? { unreadable: true, value: '' } : {}),
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

  it('does not list the common fields beyond the 申报书 nor the user’s own as 未找到 on a page that does not ask them', async () => {
    const withExtras = {
      ...values,
      'company.postalCode': '401120',
      'company.foundedDate': '2012-03-01',
      'custom.batch': 'CQ-2020-017',
    };
    const own = customFieldDef({
      id: 'batch',
      label: '省级推荐批次编号',
      aliases: [],
      kind: 'text',
      required: true,
    });
    const session = await startFill(engine, { ...request(), values: withExtras, extraFields: [own] });
    const missing = session.report.notFound.map((entry) => entry.key);
    expect(missing).toContain('contact.mobile');
    expect(missing).not.toContain('company.postalCode');
    expect(missing).not.toContain('company.foundedDate');
    expect(missing).not.toContain('custom.batch');
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

describe('an unexpected error during the fill', () => {
  const input = (key: string) => document.querySelector<HTMLInputElement>(`label[data-key="${key}"] input`);
  let logged: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => logged.mockRestore());

  it('in the matcher: the report says 识别字段 failed with the error, and nothing was written', async () => {
    const broken: FillEngine = {
      ...engine,
      match: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'evidence')");
      },
    };
    const session = await startFill(broken, request());
    expect(session.report.failure).toEqual({
      phase: 'match',
      error: "TypeError: Cannot read properties of undefined (reading 'evidence')",
    });
    expect(session.report.filled).toEqual([]);
    expect(input('company.name')?.value).toBe('');
    expect(input('company.legalRepresentative')?.value).toBe('用户已填');
    expect(document.querySelector<HTMLInputElement>('input[value=否]')?.checked).toBe(true);
    // Fields not reached are not reported as missing from the page.
    expect(session.report.notFound).toEqual([]);
    expect(logged).toHaveBeenCalledWith(
      '[shenbao] fill failed',
      { phase: 'match', filled: 0 },
      expect.any(TypeError),
    );
    expect(describeFillFailure(session.report)).toBe(
      "填充出错：识别字段时发生了内部错误，填充已停止。页面没有被改动。请把这段说明发给开发者：TypeError: Cannot read properties of undefined (reading 'evidence')",
    );
  });

  it('after some fields were written: they are listed, undo restores them, and the session stops', async () => {
    let rounds = 0;
    const failsLater: FillEngine = {
      ...engine,
      match: (snapshot, fields, learned) => {
        rounds += 1;
        // The second round (股票代码, revealed by 是) hits the bug.
        if (rounds === 2) throw new RangeError('bad range');
        return engine.match(snapshot, fields, learned);
      },
    };
    const session = await startFill(failsLater, request());
    expect(session.report.failure).toEqual({ phase: 'match', error: 'RangeError: bad range' });
    expect(session.report.filled.map((entry) => entry.key)).toEqual(['company.name', 'company.listed']);
    expect(input('company.name')?.value).toBe(values['company.name']);
    expect(input('company.stockCode')?.value).toBe('');
    expect(describeFillFailure(session.report)).toBe(
      '填充出错：识别字段时发生了内部错误，填充已停止。出错前已填写的 2 项留在页面上（见下方「已填充」），可点「撤销」恢复。请把这段说明发给开发者：RangeError: bad range',
    );

    // A stopped session fills nothing more…
    const matchedBefore = rounds;
    expect((await session.fillNew()).failure?.phase).toBe('match');
    expect(rounds).toBe(matchedBefore);
    // …and undo still restores what it wrote.
    expect(await session.undo()).toEqual([]);
    expect(input('company.name')?.value).toBe('');
    expect(document.querySelector<HTMLInputElement>('input[value=否]')?.checked).toBe(true);
  });

  it('in the collector: the phase is 读取页面上的字段', async () => {
    const broken: FillEngine = {
      ...engine,
      collect: () => {
        throw new Error('collectFields: recognising div.el-select: TypeError: x is not a function');
      },
    };
    const session = await startFill(broken, request());
    expect(session.report.failure?.phase).toBe('collect');
    expect(describeFillFailure(session.report)).toContain('填充出错：读取页面上的字段时发生了内部错误');
    expect(describeFillFailure(session.report)).toContain(
      'Error: collectFields: recognising div.el-select: TypeError: x is not a function',
    );
  });

  it('a fill without errors has no failure and no failure message', async () => {
    const session = await startFill(engine, request());
    expect(session.report.failure).toBeUndefined();
    expect(describeFillFailure(session.report)).toBeUndefined();
    expect(logged).not.toHaveBeenCalled();
  });
});

describe('fill policies (issue #16)', () => {
  const input = (key: string) => document.querySelector<HTMLInputElement>(`label[data-key="${key}"] input`);

  it('never writes a field the probe finds hidden, and lists it as 页面隐藏', async () => {
    document.querySelector('label[data-key="company.name"]')?.setAttribute('data-decoy', '');
    // jsdom has no layout: a stand-in probe that judges by a marker, as reach-probe judges by layout.
    const reach = () => ({
      judge: (element: Element) =>
        element.hasAttribute('data-decoy')
          ? ({ reachable: false, reason: 'transparent' } as const)
          : ({ reachable: true } as const),
    });
    const session = await startFill(engine, { ...request(), reach });
    expect(input('company.name')?.value).toBe('');
    expect(session.report.hidden).toEqual([
      expect.objectContaining({ key: 'company.name', detail: '透明，看不见', round: 1 }),
    ]);
    expect(session.report.filled.map((entry) => entry.key)).not.toContain('company.name');
    expect(summarizeReport(session.report)).toContain('页面隐藏 1 项');
  });

  it('looks again at a covered field: a cover on its way out (a closing picker panel) does not hide it', async () => {
    let looks = 0;
    const reach = () => ({
      judge: (element: Element) => {
        if (!element.matches('label[data-key="company.name"]')) return { reachable: true } as const;
        looks += 1;
        return looks < 3
          ? ({ reachable: false, reason: 'covered' } as const)
          : ({ reachable: true } as const);
      },
    });
    const session = await startFill(engine, { ...request(), reach });
    expect(input('company.name')?.value).toBe(values['company.name']);
    expect(session.report.hidden).toEqual([]);
  });

  it('fields the page adds later by itself wait; fields that answer a click in their form are filled', async () => {
    const session = await startFill(engine, request());
    // 4 s later: the fill's own choice (是) is past its answer window.
    const later = Date.now() + 4000;
    const clock = vi.spyOn(Date, 'now').mockImplementation(() => later);
    onTestFinished(() => clock.mockRestore());
    const form = document.querySelector('form') as HTMLFormElement;
    const late = document.createElement('label');
    late.dataset.key = 'contact.mobile';
    late.innerHTML = '手机 <input>';
    form.append(late);
    await session.fillNew();
    expect(input('contact.mobile')?.value).toBe('');

    // The user clicks in the form; what appears now answers it.
    session.noteAction(form);
    const answer = document.createElement('label');
    answer.dataset.key = 'contact.email';
    answer.innerHTML = '邮箱 <input>';
    form.append(answer);
    const report = await session.fillNew();
    expect(input('contact.email')?.value).toBe(values['contact.email']);
    // The unasked field stays empty even now: it appeared before the click.
    expect(input('contact.mobile')?.value).toBe('');
    expect(report.filled.find((entry) => entry.key === 'contact.email')?.round).toBeGreaterThan(1);
  });

  it('leaves a widget it cannot read alone, and says so', async () => {
    document.querySelector('label[data-key="company.name"]')?.setAttribute('data-unreadable', '');
    const session = await startFill(engine, request());
    expect(input('company.name')?.value).toBe('');
    expect(session.report.skipped).toContainEqual(
      expect.objectContaining({ key: 'company.name', reason: 'unsupported', detail: UNREADABLE_SKIP }),
    );
    expect(session.report.filled.map((entry) => entry.key)).not.toContain('company.name');
  });

  it('a widget that shows its value where it cannot be read after the write is not 未生效', async () => {
    // Like a select of a library no adapter knows: once chosen, the choice moves into a span.
    const label = document.querySelector('label[data-key="company.name"]');
    label?.querySelector('input')?.addEventListener('input', () => label.setAttribute('data-unreadable', ''));
    const session = await startFill(engine, request());
    expect(session.report.filled.map((entry) => entry.key)).toContain('company.name');
    expect(session.report.didNotStick).toEqual([]);
  });

  it('a page that removes its form after the third input event is not reported as filled', async () => {
    document.body.innerHTML = `<form>${[
      'company.name',
      'company.creditCode',
      'company.legalRepresentative',
      'contact.mobile',
      'contact.email',
    ]
      .map((key) => `<label data-key="${key}">${key} <input></label>`)
      .join('')}</form>`;
    let inputs = 0;
    document.addEventListener('input', function removeForm() {
      inputs += 1;
      if (inputs === 3) {
        document.querySelector('form')?.remove();
        document.removeEventListener('input', removeForm);
      }
    });
    const session = await startFill(engine, request());
    expect(session.report.filled).toHaveLength(3);
    expect(session.report.didNotStick).toHaveLength(5);
    expect(summarizeReport(session.report)).toMatch(/^已填充 0 项/);
  });
});

describe('the 添加 button of a list', () => {
  it('is told by its text, spaced as antd and ant-design-vue draw two characters or not', () => {
    for (const text of ['添加', ' 添 加 ', '+ 新增', '＋增加一行', '新 增'])
      expect(isAddButtonText(text), text).toBe(true);
    for (const text of ['删除', '添', '已添加', '下一步']) expect(isAddButtonText(text), text).toBe(false);
  });
});
