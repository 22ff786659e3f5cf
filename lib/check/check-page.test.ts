import { describe, expect, it } from 'vitest';
import { customFieldDef, type Edition, type FieldValues } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import type { ChoiceSnapshot, FieldMatch, FieldSnapshot } from '@/lib/fill/types';
import { hanText, makeApplication, TEST_TODAY } from '@/test/factories';
import { makeField, makeSnapshot, matchOf } from '@/test/snapshot-factory';
import { checkPage } from './check-page';

type Pair = [FieldSnapshot, string, FieldMatch['part']?];

function check(pairs: Pair[], draft?: FieldValues) {
  const snapshot = makeSnapshot(pairs.map(([field]) => field));
  const matches = pairs.map(([field, key, part]) => matchOf(field, key, part ? { part } : {}));
  return checkPage({
    snapshot,
    matches,
    edition: EDITION_2020,
    today: TEST_TODAY,
    ...(draft ? { draft } : {}),
  });
}

const text = (value: string, more: Partial<FieldSnapshot> = {}) => makeField({ value, ...more });
const radios = (labels: string[], checked?: string): FieldSnapshot =>
  makeField({
    widget: 'radioGroup',
    value: checked ?? '',
    options: labels.map((label): ChoiceSnapshot => ({ label, checked: label === checked })),
  });
const errors = (result: ReturnType<typeof check>) =>
  result.issues.filter((issue) => issue.severity === 'error').map((issue) => `${issue.key}:${issue.code}`);

describe('checkPage: only what the page has', () => {
  it('raises nothing for keys the page does not have', () => {
    const result = check([[text('重庆云栈数智科技股份有限公司'), 'company.name']]);
    expect(result.issues).toEqual([]);
  });

  it('reports an empty required field that is on the page, with its field id', () => {
    const name = text('');
    const result = check([[name, 'company.name']]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        key: 'company.name',
        code: 'required',
        severity: 'error',
        fieldIds: [name.id],
      }),
    ]);
  });

  it('does not require 股票代码 when the page asks 是否上市 but has no 股票代码 box', () => {
    const result = check([[radios(['是', '否'], '是'), 'company.listed']]);
    expect(result.issues).toEqual([]);
  });

  it('requires 股票代码 when 上市=是 on the page and its box is empty', () => {
    const code = text('');
    const result = check([
      [radios(['是', '否'], '是'), 'company.listed'],
      [code, 'company.stockCode'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ key: 'company.stockCode', code: 'required', fieldIds: [code.id] }),
    ]);
  });

  it('reads a condition shown on another step from the draft, never the page’s own empty value', () => {
    const code = text('');
    const page: Pair[] = [[code, 'company.stockCode']];
    expect(errors(check(page, { 'company.listed': true }))).toEqual(['company.stockCode:required']);
    expect(errors(check(page, { 'company.listed': false }))).toEqual([]);
    expect(errors(check(page))).toEqual([]);
    // The page's own empty 股票代码 is what counts, not the draft's 871263.
    expect(errors(check(page, { 'company.listed': true, 'company.stockCode': '871263' }))).toEqual([
      'company.stockCode:required',
    ]);
  });

  it('checks formats of what the page holds', () => {
    const mobile = text('1398362741');
    const code = text('91500112056187230Q');
    const result = check([
      [mobile, 'contact.mobile'],
      [code, 'company.creditCode'],
    ]);
    expect(errors(result)).toEqual(['contact.mobile:format', 'company.creditCode:format']);
    expect(result.issues.find((issue) => issue.key === 'contact.mobile')?.fieldIds).toEqual([mobile.id]);
  });

  it('marks both halves of a 起止日期 whose end is before its start', () => {
    const start = makeField({ widget: 'date', value: '2021-06-30' });
    const end = makeField({ widget: 'date', value: '2019-07-01' });
    const result = check([
      [start, 'project.period', 'start'],
      [end, 'project.period', 'end'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({ key: 'project.period', code: 'format', fieldIds: [start.id, end.id] }),
    ]);
    expect(result.issues[0]?.message).toContain('结束日期早于开始日期');
  });

  it('reports 超过400字 on a long text and nothing at the limit', () => {
    expect(errors(check([[text(hanText(401), { widget: 'textarea' }), 'project.summary']]))).toEqual([
      'project.summary:tooLong',
    ]);
    expect(errors(check([[text(hanText(400), { widget: 'textarea' }), 'project.summary']]))).toEqual([]);
  });

  it('validates directions against the draft’s edition', () => {
    const field = makeField({ widget: 'customSelect', value: '方向3：健康医疗服务', options: [] });
    const run = (edition: Edition) =>
      checkPage({
        snapshot: makeSnapshot([field]),
        matches: [matchOf(field, 'project.direction')],
        edition,
        today: TEST_TODAY,
      });
    expect(run(EDITION_2018).issues).toEqual([]);
    // A 2018 label on a 2020 page names no 2020 option: flagged for a human, not called wrong.
    expect(run(EDITION_2020).issues).toEqual([
      expect.objectContaining({ key: 'project.direction', severity: 'warning', code: 'unknownOption' }),
    ]);
  });

  it('warns, never errs, when a choice cannot be read', () => {
    const field = makeField({
      widget: 'radioGroup',
      value: '个体工商户',
      options: [{ label: '个体工商户', checked: true }],
    });
    const result = check([[field, 'company.nature']], makeApplication());
    expect(result.issues).toEqual([
      expect.objectContaining({
        key: 'company.nature',
        severity: 'warning',
        code: 'unknownOption',
        fieldIds: [field.id],
      }),
    ]);
    expect(result.issues[0]?.message).toContain('个体工商户');
    expect(result.differences).toEqual([]);
  });

  it('warns when only one half of a 起止日期 is on the page', () => {
    const result = check([[makeField({ widget: 'date', value: '2019-07-01' }), 'project.period', 'start']]);
    expect(result.issues).toEqual([expect.objectContaining({ key: 'project.period', severity: 'warning' })]);
  });
});

describe('checkPage: rules between fields', () => {
  it('runs a rule when all of its fields are on the page', () => {
    const rd = text('20000');
    const result = check([
      [text('12680'), 'figures.mainRevenue'],
      [rd, 'figures.rdInvestment'],
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        key: 'figures.rdInvestment',
        code: 'crossField',
        severity: 'warning',
        fieldIds: [rd.id],
      }),
    ]);
  });

  it('skips a rule when one of its fields is only in the draft', () => {
    const result = check([[text('20000'), 'figures.rdInvestment']], makeApplication());
    expect(result.issues).toEqual([]);
  });

  it('checks 软件业务收入 = 产品 + 服务 + 嵌入式 with an amount widget’s .00', () => {
    const page: Pair[] = [
      [text('11160.00'), 'figures.softwareRevenue'],
      [text('4820.50'), 'figures.softwareProductRevenue'],
      [text('5136.20'), 'figures.itServiceRevenue'],
      [text('1203.30'), 'figures.embeddedSoftwareRevenue'],
    ];
    expect(check(page).issues).toEqual([]);
    page[0] = [text('11161'), 'figures.softwareRevenue'];
    expect(check(page).issues.map((issue) => issue.code)).toEqual(['crossField']);
  });

  it('needs all six cells for 申报联系人 = 项目负责人', () => {
    const names: Pair[] = [
      [text('周晓岚'), 'contact.name'],
      [text('周晓岚'), 'leader.name'],
      [text('13983627415'), 'contact.mobile'],
      [text('18680932756'), 'leader.mobile'],
    ];
    expect(check(names).issues).toEqual([]);
    const all: Pair[] = [...names, [text('a@b.cn'), 'contact.email'], [text('a@b.cn'), 'leader.email']];
    expect(check(all).issues).toEqual([
      expect.objectContaining({ key: 'leader.mobile', code: 'crossField' }),
    ]);
  });
});

describe('checkPage: differences from the draft', () => {
  const draft = makeApplication();

  it('finds none when the page holds the draft in the site’s own formats', () => {
    const result = check(
      [
        [text('3600.00', { widget: 'number' }), 'company.registeredCapital'],
        [makeField({ widget: 'date', value: '2017/03/16' }), 'company.listingDate'],
        [radios(['民营企业', '国有企业'], '民营企业'), 'company.nature'],
        [radios(['是', '否'], '是'), 'company.listed'],
        [text('139 8362 7415'), 'contact.mobile'],
        [text('91500112056187230p'), 'company.creditCode'],
        [text('ZhouXiaolan@YunZhanShuZhi.com'), 'contact.email'],
        [text('023 67392815'), 'contact.fax'],
        [makeField({ widget: 'date', value: '2017' }), 'honours.highTech.year'],
        [text('165人'), 'figures.rdStaff'],
        [makeField({ widget: 'dateRange', value: ['2019/7/1', '2021-06-30'] }), 'project.period'],
        [
          makeField({
            widget: 'checkboxGroup',
            value: [],
            options: [
              '其他',
              '运营维护',
              '系统集成',
              '移动互联网',
              '物联网',
              '人工智能',
              '云计算',
              '大数据',
            ].map((label) => ({
              label,
              checked: true,
            })),
          }),
          'company.mainBusiness',
        ],
        [
          makeField({
            widget: 'textarea',
            value: '重庆市“专精特新”中小企业（2019年）\r\n重庆市知识产权优势企业（2018年）',
          }),
          'honours.other',
        ],
        [makeField({ widget: 'customSelect', value: '在线医疗服务', options: [] }), 'project.direction'],
        [text(' 重庆云栈数智科技股份有限公司 '), 'company.name'],
        [makeField({ widget: 'file', framework: 'antd', value: ['别的文件.pdf'] }), 'attachment.declaration'],
      ],
      draft,
    );
    expect(result.differences).toEqual([]);
  });

  it('lists a real difference in the 申报书’s words, with the field to mark', () => {
    const nature = radios(['民营企业', '国有企业'], '国有企业');
    const capital = text('3800');
    const result = check(
      [
        [nature, 'company.nature'],
        [capital, 'company.registeredCapital'],
        [radios(['是', '否'], '否'), 'company.exports'],
      ],
      draft,
    );
    expect(result.differences).toEqual([
      {
        key: 'company.nature',
        label: '单位性质',
        fieldIds: [nature.id],
        page: '国有企业',
        draft: '民营企业',
      },
      {
        key: 'company.registeredCapital',
        label: '注册资本',
        fieldIds: [capital.id],
        page: '3800',
        draft: '3600',
      },
      expect.objectContaining({ key: 'company.exports', page: '否', draft: '是' }),
    ]);
  });

  it("lists a page value the draft lacks, and an empty page field the draft fills (page: '')", () => {
    const other = text('互联网医疗');
    const name = text('');
    const result = check(
      [
        [other, 'company.natureOther'],
        [name, 'company.name'],
      ],
      draft,
    );
    expect(result.differences).toEqual([
      expect.objectContaining({ key: 'company.natureOther', page: '互联网医疗', draft: '' }),
      expect.objectContaining({ key: 'company.name', page: '', draft: '重庆云栈数智科技股份有限公司' }),
    ]);
  });

  it('compares 其他荣誉 items in order (主营业务 boxes, above, as a set)', () => {
    const swapped = makeField({
      widget: 'textarea',
      value: '重庆市知识产权优势企业（2018年）\n重庆市“专精特新”中小企业（2019年）',
    });
    expect(check([[swapped, 'honours.other']], draft).differences.map((item) => item.key)).toEqual([
      'honours.other',
    ]);
  });

  it('shows 起止日期 as a range', () => {
    const result = check(
      [[makeField({ widget: 'dateRange', value: ['2019-07-01', '2021-12-31'] }), 'project.period']],
      draft,
    );
    expect(result.differences).toEqual([
      expect.objectContaining({ page: '2019-07-01 至 2021-12-31', draft: '2019-07-01 至 2021-06-30' }),
    ]);
  });

  it('has none without a draft, and none for both empty', () => {
    expect(check([[text('3800'), 'company.registeredCapital']]).differences).toEqual([]);
    expect(check([[text(''), 'company.natureOther']], draft).differences).toEqual([]);
  });
});

describe('checkPage: attachments', () => {
  it('lists each 附 item with a slot on the page, with its requirement and files', () => {
    const revenue = makeField({ widget: 'file', framework: 'antd', value: ['2019年度财务审计报告.pdf'] });
    const declaration = makeField({ widget: 'file', framework: 'native', value: [] });
    const result = check([
      [revenue, 'attachment.revenueProof'],
      [declaration, 'attachment.declaration'],
    ]);
    expect(result.attachments).toEqual([
      {
        key: 'attachment.revenueProof',
        label: '申报单位主营业务收入(2019年)证明材料',
        required: true,
        attached: ['2019年度财务审计报告.pdf'],
        proof: '财务审计报告、纳税证明等',
        fieldIds: [revenue.id],
      },
      expect.objectContaining({ key: 'attachment.declaration', required: true, attached: 'unknown' }),
    ]);
    // Unknown is not 缺少附件.
    expect(result.issues).toEqual([]);
  });

  it('reports a required slot whose upload list is empty as missing', () => {
    const slot = makeField({ widget: 'file', framework: 'element', value: [] });
    const result = check([[slot, 'attachment.rdProof']]);
    expect(result.attachments).toEqual([
      expect.objectContaining({ key: 'attachment.rdProof', required: true, attached: [] }),
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        key: 'attachment.rdProof',
        code: 'required',
        severity: 'error',
        fieldIds: [slot.id],
      }),
    ]);
  });

  it('requires 附1-1 only when an honour is held (on the page, else in the draft)', () => {
    const slot = () => makeField({ widget: 'file', framework: 'antd', value: [] });
    const noHonours = check([[slot(), 'attachment.honourProof']]);
    expect(noHonours.attachments[0]?.required).toBe(false);
    expect(noHonours.issues).toEqual([]);

    const fromDraft = check([[slot(), 'attachment.honourProof']], makeApplication());
    expect(fromDraft.attachments[0]?.required).toBe(true);
    expect(errors(fromDraft)).toEqual(['attachment.honourProof:required']);

    // On the page, the honours say none is held, whatever the draft says.
    const onPage = check(
      [
        [radios(['国家级', '省市级']), 'honours.highTech.level'],
        [radios(['国家级', '省市级']), 'honours.techCenter.level'],
        [text('', { widget: 'textarea' }), 'honours.other'],
        [slot(), 'attachment.honourProof'],
      ],
      makeApplication(),
    );
    expect(onPage.attachments[0]?.required).toBe(false);
  });

  it('leaves out 附 items the page has no slot for', () => {
    expect(check([[text('x'), 'company.name']]).attachments).toEqual([]);
  });
});

describe('checkPage: the user’s own fields (issue #12)', () => {
  const own = [
    customFieldDef({ id: 'batch', label: '省级推荐批次编号', aliases: [], kind: 'text', required: true }),
    customFieldDef({ id: 'racks', label: '数据中心机架数', aliases: [], kind: 'number', required: false }),
    customFieldDef({
      id: 'note',
      label: '本单位意见',
      aliases: [],
      kind: 'longText',
      required: false,
      maxWords: 10,
    }),
    customFieldDef({
      id: 'park',
      label: '园区',
      aliases: [],
      kind: 'choice',
      required: false,
      options: ['已入驻', '未入驻'],
    }),
  ];
  const run = (pairs: [FieldSnapshot, string][], draft?: FieldValues) => {
    const snapshot = makeSnapshot(pairs.map(([field]) => field));
    return checkPage({
      snapshot,
      matches: pairs.map(([field, key]) => matchOf(field, key)),
      edition: EDITION_2020,
      today: TEST_TODAY,
      extraFields: own,
      ...(draft ? { draft } : {}),
    });
  };

  it('checks 必填, format and 字数 on the page like the catalog’s', () => {
    const result = run([
      [text(''), 'custom.batch'],
      [text('一百二十'), 'custom.racks'],
      [text('这一段意见显然超过了十个字的上限'), 'custom.note'],
    ]);
    expect(errors(result)).toEqual(['custom.batch:required', 'custom.racks:format', 'custom.note:tooLong']);
    expect(result.issues.map((issue) => issue.label)).toContain('省级推荐批次编号');
    // Each issue names the page field to mark.
    expect(result.issues.every((issue) => issue.fieldIds.length === 1)).toBe(true);
  });

  it('lists a page value that differs from the stored one, for 写回草稿', () => {
    const result = run(
      [
        [text('CQ-2020-018'), 'custom.batch'],
        [radios(['已入驻', '未入驻'], '未入驻'), 'custom.park'],
      ],
      {
        'custom.batch': 'CQ-2020-017',
        'custom.park': '已入驻',
      },
    );
    expect(result.differences.map(({ key, page, draft }) => ({ key, page, draft }))).toEqual([
      { key: 'custom.batch', page: 'CQ-2020-018', draft: 'CQ-2020-017' },
      { key: 'custom.park', page: '未入驻', draft: '已入驻' },
    ]);
  });
});
