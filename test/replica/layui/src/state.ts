import { ATTACHMENTS, BUSINESSES } from './options';

/**
 * The site's own model. layui has no data binding: back-office pages keep choices and
 * chosen files in a plain object fed by `form.on(...)` and the upload callbacks, and read
 * the typed text from `data.field` on 提交.
 */
export interface ChosenFile {
  key: string;
  name: string;
  size: number;
}

export interface SiteState {
  /** Selects and radios by name (option codes; '' until chosen). */
  choices: Record<string, string>;
  /** 主营业务 codes, kept in the option order. */
  zyyw: string[];
  files: Record<string, ChosenFile[]>;
}

export const CHOICE_NAMES = [
  'tjdw',
  'dwxz',
  'sfss',
  'sfck',
  'gxqyjb',
  'jszxjb',
  'zdsysjb',
  'sfrjqy',
  'sbfx',
] as const;

export function createState(): SiteState {
  return {
    choices: Object.fromEntries(CHOICE_NAMES.map((name) => [name, ''])),
    zyyw: [],
    files: Object.fromEntries(ATTACHMENTS.map((slot) => [slot.name, []])),
  };
}

export function toggleBusiness(state: SiteState, code: string, checked: boolean): void {
  const chosen = new Set(state.zyyw);
  if (checked) chosen.add(code);
  else chosen.delete(code);
  state.zyyw = BUSINESSES.map((option) => option.value).filter((value) => chosen.has(value));
}

/** 附1-1 is required as soon as any honour is declared. */
export function honoursDeclared(state: SiteState, otherHonours: readonly string[]): boolean {
  const levels = ['gxqyjb', 'jszxjb', 'zdsysjb'].some((name) => state.choices[name]);
  return levels || otherHonours.some((value) => value.trim() !== '');
}

/** Every field the backend receives, in the order of the form. */
const PAYLOAD_FIELDS = [
  'tjdw',
  'dwmc',
  'tyshxydm',
  'fddbr',
  'zczb',
  'dwxz',
  'dwxzqt',
  'zcdz',
  'bgdz',
  'lxrxm',
  'lxrzw',
  'lxrsj',
  'lxrcz',
  'lxryx',
  'zyyw',
  'zyywqt',
  'sfss',
  'ssrq',
  'gpdm',
  'ssdd',
  'sfck',
  'ckdd',
  'gxqyjb',
  'gxqynf',
  'jszxjb',
  'jszxnf',
  'zdsysjb',
  'zdsysnf',
  'qtry',
  'yfnl',
  'zyywsr',
  'yftr',
  'xxxfsr',
  'yfrygm',
  'sfrjqy',
  'rjywsr',
  'cpsrze',
  'xxjsfwsr',
  'qrsrjsr',
  'dwjj',
  'xmmc',
  'qzrq',
  'xmtz',
  'fzrxm',
  'fzrzw',
  'fzrsj',
  'fzryx',
  'sbfx',
  'xmgs',
  'cdfzz',
  'ssfa',
  'tdsl',
  'cxyy',
  'cxx',
  'ktgx',
  'sszt',
  'ssqk',
  'xybjh',
] as const;

/** What the site posts: choices from its model, texts as layui's `data.field` holds them. */
export function buildPayload(state: SiteState, field: Record<string, string>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const name of PAYLOAD_FIELDS) {
    if (name in state.choices) payload[name] = state.choices[name];
    else if (name === 'zyyw') payload[name] = state.zyyw.join(',');
    else if (name === 'qtry') {
      payload[name] = Object.keys(field)
        .filter((key) => key.startsWith('qtry['))
        .map((key) => (field[key] ?? '').trim())
        .filter((value) => value !== '');
    } else payload[name] = field[name] ?? '';
  }
  for (const slot of ATTACHMENTS) {
    payload[slot.name] = (state.files[slot.name] ?? []).map(({ name, size }) => ({ name, size }));
  }
  return payload;
}
