/**
 * The variance corpus: form pages rendered from the catalog and the sample applicant, each
 * with its truth (which catalog key every control should receive, or none). Seeded and pure:
 * `corpusPage(seed)` returns the same HTML and truth for the same seed on every machine.
 *
 * Each page draws one value per variation axis (AXES) independently, so accuracy can be read
 * per variation: label wording, where the label lives, names and ids, choice shape, how the
 * two person groups are told apart, order, conditional reveal, decoys. About one page in
 * twelve is a login page or a search form, where the right fill is nothing.
 */
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { normalizeText } from '@/lib/fill/match/normalize';
import { PINYIN_INITIALS } from '@/lib/fill/match/pinyin-initials.generated';
import { TRADITIONAL_TO_SIMPLIFIED } from '@/lib/fill/match/traditional';
import { Random } from './random';
import {
  COMPANY_WORDINGS,
  DECOY_WORDINGS,
  EXTRA_CHOICE_WORDINGS,
  type FieldWordings,
  PERIOD_WORDINGS,
  PERSON_GROUPS,
  PERSON_WORDINGS,
  type PersonPart,
  PROJECT_WORDINGS,
} from './wordings';

export const AXES = {
  kind: ['form', 'login', 'search'],
  wording: ['printed', 'site'],
  script: ['plain', 'marked', 'traditional', 'spaced'],
  placement: [
    'labelFor',
    'wrapping',
    'tableLeft',
    'tableAbove',
    'ariaLabelledBy',
    'ariaLabel',
    'placeholder',
    'divText',
  ],
  longLabel: ['same', 'heading', 'prompt', 'legend', 'describedBy'],
  naming: ['none', 'pinyin', 'generated', 'misleading'],
  choice: ['radio', 'select'],
  grouping: ['fieldset', 'card', 'heading', 'prefix', 'rowspan'],
  period: ['oneLabel', 'twoLabels'],
  order: ['printed', 'shuffled'],
  reveal: ['shown', 'conditional'],
  decoys: ['none', 'some'],
} as const;

export type Axis = keyof typeof AXES;
export type Variation = { [axis in Axis]: (typeof AXES)[axis][number] };

export interface TruthEntry {
  /** The control's `data-slot` (every radio of one group shares it). */
  slot: string;
  /** The catalog key it should receive, or `none`. */
  key: string;
  /** For one half of a date range. */
  part?: 'start' | 'end';
  /** The sample applicant has a value for it: a fill is expected. */
  expected: boolean;
  /** The label text the page shows (for reading failures). */
  label: string;
}

export interface CorpusPage {
  seed: number;
  variation: Variation;
  html: string;
  truth: TruthEntry[];
}

const FIELDS = new Map(fieldsFor(LATEST_EDITION).map((field) => [field.key, field]));
const VALUES: Readonly<Record<string, unknown>> = {
  ...SAMPLE_APPLICANT.company,
  ...(SAMPLE_APPLICANT.figuresByYear[LATEST_EDITION.fiscalYear] ?? {}),
  ...SAMPLE_APPLICANT.draft.values,
};
const SIMPLIFIED_TO_TRADITIONAL = new Map([...TRADITIONAL_TO_SIMPLIFIED].map(([t, s]) => [s, t]));

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hasValue(key: string): boolean {
  const value = VALUES[key];
  if (value === undefined || value === null || value === '') return false;
  return !(Array.isArray(value) && value.length === 0);
}

/** One control the page will show, before layout. */
interface Item {
  key: string;
  part?: 'start' | 'end';
  label: string;
  long?: boolean;
  prompt?: string;
  /** Radio/select options (label, value). */
  options?: { label: string; value: string }[];
  multi?: boolean;
  inputType?: string;
  /** The 其他（请注明） box that follows a choice's last option. */
  other?: Item;
}

/** Layout units: a single field, or a block that renders several (a group, a choice + reveal). */
type Unit =
  | { kind: 'field'; item: Item }
  | { kind: 'group'; heading: string; items: Item[] }
  | { kind: 'reveal'; trigger: Item; revealed: Item[] };

class PageWriter {
  readonly truth: TruthEntry[] = [];
  private slots = 0;
  private ids = 0;

  constructor(
    private readonly random: Random,
    readonly variation: Variation,
  ) {}

  /** The label as this page writes it (script variation). */
  text(label: string): string {
    switch (this.variation.script) {
      case 'marked':
        return `*${label}：`;
      case 'traditional':
        return [...label].map((char) => SIMPLIFIED_TO_TRADITIONAL.get(char) ?? char).join('');
      case 'spaced':
        return label.length <= 8 ? [...label].join(' ') : label;
      default:
        return label;
    }
  }

  slot(item: Item): string {
    const slot = `s${this.slots++}`;
    this.truth.push({
      slot,
      key: item.key,
      ...(item.part ? { part: item.part } : {}),
      expected: item.key !== 'none' && hasValue(item.key),
      label: item.label,
    });
    return slot;
  }

  generatedId(): string {
    this.ids += 1;
    return `f_${(this.ids * 7919 + this.random.below(100000)).toString(36)}x${this.ids}`;
  }

  /** name/id attributes by the naming variation (misleading: another field's initials). */
  naming(item: Item, forceId = false): { name?: string; id?: string } {
    const initials = PINYIN_INITIALS.get(normalizeText(FIELDS.get(item.key)?.label ?? item.label));
    const id = () => this.generatedId();
    switch (this.variation.naming) {
      case 'pinyin':
        return initials ? { name: initials, id: initials + this.ids++ } : { id: id() };
      case 'generated':
        return { name: id(), id: id() };
      case 'misleading': {
        const other = this.random.pick([...PINYIN_INITIALS.values()].filter((value) => value !== initials));
        return { name: other, id: `${other}_${this.ids++}` };
      }
      default:
        return forceId ? { id: id() } : {};
    }
  }

  attrs(values: Record<string, string | undefined>): string {
    return Object.entries(values)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ` ${name}="${escapeHtml(value as string)}"`)
      .join('');
  }
}

function wordingOf(random: Random, variation: Variation, wordings: readonly string[]): string {
  if (variation.wording === 'printed' || wordings.length === 1) return wordings[0] as string;
  return random.pick(wordings.slice(1));
}

function companyUnits(random: Random, variation: Variation): Unit[] {
  const later = ['company.listingPlace', 'company.stockCode'];
  const optional = random.shuffle(
    COMPANY_WORDINGS.filter((entry) => entry.key !== 'company.name' && !later.includes(entry.key)),
  );
  const kept = new Set(optional.slice(0, 5 + random.below(optional.length - 4)).map((entry) => entry.key));
  const chosen = COMPANY_WORDINGS.filter((entry) => entry.key === 'company.name' || kept.has(entry.key));
  const units: Unit[] = chosen.map((entry) => ({ kind: 'field', item: itemOf(random, variation, entry) }));
  const nature = FIELDS.get('company.nature');
  units.push({
    kind: 'field',
    item: {
      key: 'company.nature',
      label: wordingOf(random, variation, ['单位性质', '企业性质', '单位类型', '企业类型']),
      options: (nature?.options ?? []).map((option) => ({ label: option.label, value: option.value })),
      ...(random.chance(0.5) ? { other: { key: 'company.natureOther', label: '其他（请注明）：' } } : {}),
    },
  });
  const business = FIELDS.get('company.mainBusiness');
  units.push({
    kind: 'field',
    item: {
      key: 'company.mainBusiness',
      label: wordingOf(random, variation, ['主营业务', '主营业务领域', '业务领域']),
      options: (business?.options ?? []).map((option) => ({ label: option.label, value: option.value })),
      multi: true,
      ...(random.chance(0.5)
        ? { other: { key: 'company.mainBusinessOther', label: '其他（请注明）：' } }
        : {}),
    },
  });
  // Choices beyond the 申报书 (所属行业 …), options from the catalog.
  for (const entry of EXTRA_CHOICE_WORDINGS) {
    if (!random.chance(0.35)) continue;
    units.push({
      kind: 'field',
      item: {
        key: entry.key,
        label: wordingOf(random, variation, entry.wordings),
        options: (FIELDS.get(entry.key)?.options ?? []).map((option) => ({
          label: option.label,
          value: option.value,
        })),
      },
    });
  }
  const listed: Item = {
    key: 'company.listed',
    label: wordingOf(random, variation, ['是否上市公司', '是否上市', '是否为上市企业']),
    options: [
      { label: '是', value: '1' },
      { label: '否', value: '0' },
    ],
  };
  const listingPlace = COMPANY_WORDINGS.find(
    (entry) => entry.key === 'company.listingPlace',
  ) as FieldWordings;
  const stockCode = COMPANY_WORDINGS.find((entry) => entry.key === 'company.stockCode') as FieldWordings;
  units.push({
    kind: 'reveal',
    trigger: listed,
    revealed: [
      {
        key: 'company.listingDate',
        label: wordingOf(random, variation, ['上市时间', '上市日期', '挂牌时间']),
        inputType: 'date',
      },
      itemOf(random, variation, listingPlace),
      itemOf(random, variation, stockCode),
    ],
  });
  return units;
}

function itemOf(random: Random, variation: Variation, entry: FieldWordings): Item {
  return {
    key: entry.key,
    label: wordingOf(random, variation, entry.wordings),
    ...(entry.long ? { long: true } : {}),
    ...(entry.prompt ? { prompt: entry.prompt } : {}),
    ...(entry.inputType ? { inputType: entry.inputType } : {}),
  };
}

const PERSON_PARTS: readonly PersonPart[] = ['name', 'title', 'mobile', 'landline', 'email'];

function personUnit(random: Random, variation: Variation, which: keyof typeof PERSON_GROUPS): Unit {
  const group = PERSON_GROUPS[which];
  const own = PERSON_PARTS.filter((part) => group.keys[part] !== undefined);
  const parts = random.shuffle([...own]).slice(0, 2 + random.below(own.length - 1));
  parts.sort((a, b) => PERSON_PARTS.indexOf(a) - PERSON_PARTS.indexOf(b));
  if (!parts.includes('mobile')) parts.push('mobile');
  const prefix = random.pick(group.prefixes);
  const items = parts.map((part) => {
    const word = wordingOf(random, variation, PERSON_WORDINGS[part]);
    const label = variation.grouping === 'prefix' ? `${prefix}${word}` : word;
    return { key: group.keys[part] as string, label };
  });
  if (variation.grouping === 'prefix') return { kind: 'group', heading: '', items };
  return { kind: 'group', heading: random.pick(group.headings), items };
}

function projectUnits(random: Random, variation: Variation): Unit[] {
  const units: Unit[] = [];
  for (const entry of PROJECT_WORDINGS) {
    if (entry.key !== 'project.name' && random.chance(0.3)) continue;
    units.push({ kind: 'field', item: itemOf(random, variation, entry) });
  }
  const direction = FIELDS.get('project.direction');
  units.push({
    kind: 'field',
    item: {
      key: 'project.direction',
      label: wordingOf(random, variation, ['示范项目领域', '申报方向', '所属领域', '申报领域']),
      options: (direction?.options ?? []).map((option) => ({ label: option.label, value: option.value })),
    },
  });
  if (variation.period === 'oneLabel') {
    const label = wordingOf(random, variation, PERIOD_WORDINGS.whole);
    units.push({
      kind: 'group',
      heading: '',
      items: [
        { key: 'project.period', part: 'start', label, inputType: 'date' },
        { key: 'project.period', part: 'end', label: '至', inputType: 'date' },
      ],
    });
  } else {
    units.push({
      kind: 'field',
      item: {
        key: 'project.period',
        part: 'start',
        label: random.pick(PERIOD_WORDINGS.start),
        inputType: 'date',
      },
    });
    units.push({
      kind: 'field',
      item: {
        key: 'project.period',
        part: 'end',
        label: random.pick(PERIOD_WORDINGS.end),
        inputType: 'date',
      },
    });
  }
  return units;
}

function decoyUnits(random: Random, variation: Variation): Unit[] {
  if (variation.decoys === 'none') return [];
  return random
    .shuffle(DECOY_WORDINGS)
    .slice(0, 1 + random.below(3))
    .map((label) => ({ kind: 'field', item: { key: 'none', label } }));
}

// ---- rendering ----------------------------------------------------------------------------

const TABLE_PLACEMENTS = new Set(['tableLeft', 'tableAbove']);

function textControl(page: PageWriter, item: Item, extra: Record<string, string | undefined> = {}): string {
  const slot = page.slot(item);
  const names = page.naming(item, 'id' in extra);
  const attrs = page.attrs({ ...names, ...extra, 'data-slot': slot });
  if (item.long) return `<textarea rows="3"${attrs}></textarea>`;
  return `<input type="${item.inputType ?? 'text'}"${attrs}>`;
}

function choiceControl(page: PageWriter, item: Item, extra: Record<string, string | undefined> = {}): string {
  const options = item.options ?? [];
  const slot = page.slot(item);
  let html: string;
  if (page.variation.choice === 'select' && !item.multi) {
    const names = page.naming(item, 'id' in extra);
    const prompt = `<option value="">请选择${page.variation.placement === 'placeholder' ? item.label : ''}</option>`;
    // 是否上市 reveals its block on 是, drawn as a select as much as as radios.
    const reveal = item.key === 'company.listed' ? 'reveal(this)' : undefined;
    const list = options
      .map((option) => `<option value="${option.value}">${escapeHtml(option.label)}</option>`)
      .join('');
    html = `<select${page.attrs({ ...names, ...extra, 'data-slot': slot, onchange: reveal })}>${prompt}${list}</select>`;
  } else {
    // Native radios/checkboxes group by name: a page without names still names its groups.
    const name = page.naming(item).name ?? page.generatedId();
    const type = item.multi ? 'checkbox' : 'radio';
    const reveal = item.key === 'company.listed' ? ' onchange="reveal(this)"' : '';
    const boxes = options
      .map(
        (option) =>
          `<label class="opt"><input type="${type}" name="${name}" value="${option.value}" data-slot="${slot}"${reveal}>${escapeHtml(option.label)}</label>`,
      )
      .join(' ');
    const role =
      extra['aria-labelledby'] || extra['aria-label'] ? ` role="${item.multi ? 'group' : 'radiogroup'}"` : '';
    const aria = page.attrs({
      'aria-labelledby': extra['aria-labelledby'],
      'aria-label': extra['aria-label'],
    });
    html = `<span class="choices"${role}${aria}>${boxes}</span>`;
  }
  if (item.other) html += ` ${escapeHtml(item.other.label)}${textControl(page, item.other)}`;
  return html;
}

function control(page: PageWriter, item: Item, extra: Record<string, string | undefined> = {}): string {
  return item.options ? choiceControl(page, item, extra) : textControl(page, item, extra);
}

/** A long field labelled by its own rule (longLabel), when the page draws one. */
function longField(page: PageWriter, item: Item): string | undefined {
  const shown = page.text(item.label);
  switch (page.variation.longLabel) {
    case 'heading':
      return `<h4 class="block-title">${escapeHtml(shown)}</h4><div class="block">${control(page, item)}</div>`;
    case 'prompt':
      return `<div class="block">${control(page, item, { placeholder: item.prompt ?? item.label })}</div>`;
    case 'legend':
      return `<fieldset class="block"><legend>${escapeHtml(shown)}</legend>${control(page, item)}</fieldset>`;
    case 'describedBy': {
      const id = page.generatedId();
      return `<div class="block"><div class="help" id="${id}">${escapeHtml(item.prompt ?? shown)}</div>${control(page, item, { 'aria-describedby': id })}</div>`;
    }
    default:
      return undefined;
  }
}

/** One field as a block (div layouts), its label placed by the page's placement. */
function fieldBlock(page: PageWriter, item: Item): string {
  if (item.long) {
    const long = longField(page, item);
    if (long) return long;
  }
  const shown = page.text(item.label);
  const choice = item.options && !(page.variation.choice === 'select' && !item.multi);
  switch (page.variation.placement) {
    case 'labelFor': {
      if (choice) break;
      const id = page.generatedId();
      return `<div class="row"><label for="${id}">${escapeHtml(shown)}</label>${control(page, item, { id })}</div>`;
    }
    case 'wrapping':
      if (choice) break;
      return `<div class="row"><label>${escapeHtml(shown)} ${control(page, item)}</label></div>`;
    case 'ariaLabelledBy': {
      const id = page.generatedId();
      // The caption sits in its own column, away from the control.
      return `<div class="grid"><div class="caption" id="${id}">${escapeHtml(shown)}</div></div><div class="grid">${control(page, item, { 'aria-labelledby': id })}</div>`;
    }
    case 'ariaLabel':
      return `<div class="row">${control(page, item, { 'aria-label': item.label })}</div>`;
    case 'placeholder':
      if (choice) break;
      return `<div class="row">${control(page, item, item.options ? {} : { placeholder: `请输入${item.label}` })}</div>`;
    default:
      break;
  }
  return `<div class="row"><span class="label">${escapeHtml(shown)}</span><div class="control">${control(page, item)}</div></div>`;
}

function tableRow(page: PageWriter, item: Item): string {
  const shown = page.text(item.label);
  return `<tr><td class="label">${escapeHtml(shown)}</td><td>${control(page, item)}</td></tr>`;
}

/** Simple fields in column layout: a header row of labels over a row of controls. */
function tableAboveRows(page: PageWriter, items: Item[]): string {
  const header = items.map((item) => `<th>${escapeHtml(page.text(item.label))}</th>`).join('');
  const controls = items.map((item) => `<td>${control(page, item)}</td>`).join('');
  return `<tr>${header}</tr><tr>${controls}</tr>`;
}

function groupWrap(page: PageWriter, heading: string, inner: string, table: boolean): string {
  const body = table ? `<table class="form">${inner}</table>` : inner;
  switch (page.variation.grouping) {
    case 'fieldset':
      return `<fieldset><legend>${escapeHtml(heading)}</legend>${body}</fieldset>`;
    case 'card':
      return `<div class="card"><div class="card-header"><span class="card-title">${escapeHtml(heading)}</span></div><div class="card-body">${body}</div></div>`;
    default:
      return `<h3>${escapeHtml(heading)}</h3>${body}`;
  }
}

function renderGroup(page: PageWriter, unit: Extract<Unit, { kind: 'group' }>, table: boolean): string {
  if (!unit.heading) {
    // One label for two inputs (起止时间 … 至 …), or prefixed labels (联系人手机).
    if (unit.items[0]?.part === 'start') {
      const [start, end] = unit.items as [Item, Item];
      const both = `${control(page, start)} 至 ${control(page, end)}`;
      const label = escapeHtml(page.text(start.label));
      return table
        ? `<tr><td class="label">${label}</td><td>${both}</td></tr>`
        : `<div class="row"><span class="label">${label}</span><div class="control">${both}</div></div>`;
    }
    return unit.items.map((item) => (table ? tableRow(page, item) : fieldBlock(page, item))).join('');
  }
  if (page.variation.grouping === 'rowspan') {
    const rows = unit.items
      .map((item, index) => {
        const head =
          index === 0 ? `<td rowspan="${unit.items.length}">${escapeHtml(page.text(unit.heading))}</td>` : '';
        return `<tr>${head}<td class="label">${escapeHtml(page.text(item.label))}</td><td>${control(page, item)}</td></tr>`;
      })
      .join('');
    return table
      ? `<tr><td colspan="2"><table class="form">${rows}</table></td></tr>`
      : `<table class="form">${rows}</table>`;
  }
  const inner = unit.items.map((item) => (table ? tableRow(page, item) : fieldBlock(page, item))).join('');
  const wrapped = groupWrap(page, page.text(unit.heading), inner, table);
  return table ? `<tr><td colspan="2">${wrapped}</td></tr>` : wrapped;
}

function renderReveal(page: PageWriter, unit: Extract<Unit, { kind: 'reveal' }>, table: boolean): string {
  const trigger = table ? tableRow(page, unit.trigger) : fieldBlock(page, unit.trigger);
  const hidden = page.variation.reveal === 'conditional' ? ' style="display:none"' : '';
  const inner = unit.revealed.map((item) => (table ? tableRow(page, item) : fieldBlock(page, item))).join('');
  const block = table
    ? `<tbody data-reveal${hidden}>${inner}</tbody>`
    : `<div data-reveal${hidden}>${inner}</div>`;
  return table ? `${trigger}</tbody>${block}<tbody>` : trigger + block;
}

function renderSection(page: PageWriter, title: string, units: Unit[]): string {
  const table = TABLE_PLACEMENTS.has(page.variation.placement);
  if (!table) {
    const body = units
      .map((unit) => {
        if (unit.kind === 'field') return fieldBlock(page, unit.item);
        if (unit.kind === 'group') return renderGroup(page, unit, false);
        return renderReveal(page, unit, false);
      })
      .join('\n');
    return `<section><h2>${escapeHtml(title)}</h2>${body}</section>`;
  }
  const rows: string[] = [];
  let run: Item[] = [];
  const flush = () => {
    for (let start = 0; start < run.length; start += 3)
      rows.push(tableAboveRows(page, run.slice(start, start + 3)));
    run = [];
  };
  for (const unit of units) {
    if (
      page.variation.placement === 'tableAbove' &&
      unit.kind === 'field' &&
      !unit.item.options &&
      !unit.item.long
    ) {
      run.push(unit.item);
      continue;
    }
    flush();
    if (unit.kind === 'field') rows.push(tableRow(page, unit.item));
    else if (unit.kind === 'group') rows.push(renderGroup(page, unit, true));
    else rows.push(renderReveal(page, unit, true));
  }
  flush();
  return `<h2>${escapeHtml(title)}</h2><table class="form"><tbody>${rows.join('\n')}</tbody></table>`;
}

const STYLE =
  'body{font:14px sans-serif}.row,.grid{margin:4px 0}.label,.caption{display:inline-block;min-width:10em}' +
  'td{border:1px solid #ccc;padding:2px}input,select,textarea{min-width:12em}';
const SCRIPT =
  "function reveal(box){var b=box.closest('form').querySelector('[data-reveal]');if(b)b.style.display=box.value==='1'?'':'none';}";

function documentOf(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style><script>${SCRIPT}</script></head><body>${body}</body></html>`;
}

function searchBox(page: PageWriter): string {
  const box = { key: 'none', label: '搜索' };
  const slot = page.slot(box);
  return `<form class="search" role="search"><input type="search" name="q" placeholder="搜索通知公告" data-slot="${slot}"><button type="button">搜索</button></form>`;
}

function loginPage(page: PageWriter, random: Random): string {
  const mobile = random.chance(0.5);
  const fields: [string, string, string][] = mobile
    ? [
        ['手机号', 'text', 'mobile'],
        ['短信验证码', 'text', 'smsCode'],
      ]
    : [
        ['用户名', 'text', 'username'],
        ['密码', 'password', 'password'],
        ['验证码', 'text', 'captcha'],
      ];
  const rows = fields
    .map(([label, type, name]) => {
      const slot = page.slot({ key: 'none', label });
      return `<div class="row"><label>${label}<input type="${type}" name="${name}" data-slot="${slot}"></label></div>`;
    })
    .join('');
  const password = mobile
    ? `<div class="row"><label>登录密码<input type="password" name="pwd" data-slot="${page.slot({ key: 'none', label: '登录密码' })}"></label></div>`
    : '';
  return documentOf(
    '用户登录',
    `<form class="login"><h2>新型信息消费示范项目申报系统 用户登录</h2>${rows}${password}<button type="button">登录</button></form>`,
  );
}

function searchPage(page: PageWriter): string {
  const cells = [
    ['项目名称', 'text'],
    ['申报单位', 'text'],
    ['申报年度', 'text'],
  ]
    .map(([label]) => {
      const slot = page.slot({ key: 'none', label: label as string });
      return `<label>${label}：<input type="text" name="search_${slot}" placeholder="请输入${label}查询" data-slot="${slot}"></label>`;
    })
    .join(' ');
  const status = page.slot({ key: 'none', label: '审核状态' });
  return documentOf(
    '项目查询',
    `<form class="query" role="search"><h2>申报项目查询</h2>${cells} <label>审核状态：<select name="status" data-slot="${status}"><option value="">全部</option><option>待审核</option><option>已通过</option></select></label> <button type="button">查询</button> <button type="reset">重置</button></form>`,
  );
}

function pick<A extends Axis>(random: Random, axis: A): Variation[A] {
  return random.pick(AXES[axis]) as Variation[A];
}

function variationOf(random: Random): Variation {
  const roll = random.next();
  return {
    kind: roll < 0.04 ? 'login' : roll < 0.08 ? 'search' : 'form',
    wording: pick(random, 'wording'),
    script: pick(random, 'script'),
    placement: pick(random, 'placement'),
    longLabel: pick(random, 'longLabel'),
    naming: pick(random, 'naming'),
    choice: pick(random, 'choice'),
    grouping: pick(random, 'grouping'),
    period: pick(random, 'period'),
    order: pick(random, 'order'),
    reveal: pick(random, 'reveal'),
    decoys: pick(random, 'decoys'),
  };
}

/** The corpus page of one seed: HTML and the truth for every control on it. */
export function corpusPage(seed: number): CorpusPage {
  const random = new Random(seed * 2654435761);
  const variation = variationOf(random);
  const page = new PageWriter(random, variation);
  if (variation.kind === 'login')
    return { seed, variation, html: loginPage(page, random), truth: page.truth };
  if (variation.kind === 'search') return { seed, variation, html: searchPage(page), truth: page.truth };

  const shuffle = <T>(items: T[]) => (variation.order === 'shuffled' ? random.shuffle(items) : items);
  const decoys = decoyUnits(random, variation);
  const company = [...companyUnits(random, variation), personUnit(random, variation, 'contact')];
  if (random.chance(0.4)) company.push(personUnit(random, variation, 'secondContact'));
  const project = [...projectUnits(random, variation), personUnit(random, variation, 'leader')];
  for (const decoy of decoys) (random.chance(0.5) ? company : project).push(decoy);
  const sections: [string, Unit[]][] = [
    ['一、申报单位基本信息', shuffle(company)],
    ['二、示范项目基本情况', shuffle(project)],
  ];
  const search = random.chance(0.3) ? searchBox(page) : '';
  const body = sections.map(([title, units]) => renderSection(page, title, units)).join('\n');
  const html = documentOf(
    '新型信息消费示范项目申报',
    `${search}<form class="apply"><h1>新型信息消费示范项目申报书</h1>${body}<button type="button">保存</button></form>`,
  );
  return { seed, variation, html, truth: page.truth };
}

/** Pages `from`, `from + 1`, … (`count` of them). */
export function corpus(from: number, count: number): CorpusPage[] {
  return Array.from({ length: count }, (_, index) => corpusPage(from + index));
}
