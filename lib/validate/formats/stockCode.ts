/**
 * 股票代码 and 上市地点. A-share code ranges follow the exchanges' published code
 * allocation rules (上交所/深交所/北交所证券代码编码方案); 港股 codes are 5 digits; US tickers letters.
 */
import { describeChars, type FormatResult, fail, normalizeInput, ok } from './result';

export type Exchange = 'SSE' | 'SZSE' | 'BSE' | 'HKEX' | 'NEEQ' | 'OVERSEAS';

export const EXCHANGE_NAMES: Record<Exchange, string> = {
  SSE: '上交所',
  SZSE: '深交所',
  BSE: '北交所',
  HKEX: '港交所',
  NEEQ: '新三板',
  OVERSEAS: '境外交易所',
};

const EXCHANGES: readonly Exchange[] = ['SSE', 'SZSE', 'BSE', 'NEEQ', 'HKEX', 'OVERSEAS'];

/**
 * Words naming each exchange. 北京 alone names a city, not an exchange. 沪 and 深 alone
 * count only when they stand alone or in 沪市/深市-like words: 深 is common in ordinary
 * words (资深, 深度), and 沪深 names both markets.
 */
const PLACE_WORDS: readonly [Exchange, RegExp][] = [
  [
    'SSE',
    /上海|上交所|上证|科创板|沪(?:市|主板|交所|[AB](?![A-Z]))|(?<!\p{Script=Han})沪(?!\p{Script=Han})|\bSSE\b/iu,
  ],
  [
    'SZSE',
    /深圳|深交所|深证|创业板|中小板|中小企业板|深(?:市|主板|[AB](?![A-Z]))|(?<!\p{Script=Han})深(?!\p{Script=Han})|\bSZSE\b/iu,
  ],
  ['BSE', /北京证券交易所|北交所|北证|\bBSE\b/iu],
  ['HKEX', /香港|港交所|联交所|港股|H股|\b(?:HKEX|SEHK)\b/iu],
  ['NEEQ', /新三板|全国中小企业股份转让系统|股转系统|全国股转|\bNEEQ\b/iu],
  ['OVERSEAS', /纳斯达克|纽约|纽交所|美股|美国|伦敦|新加坡|东京|法兰克福|\b(?:NASDAQ|NYSE|AMEX|LSE|SGX)\b/iu],
];
/** Only used when nothing more specific is named (香港（境外） is HKEX). */
const OVERSEAS_GENERIC = /境外|海外/;

/** The exchange named in free text, or undefined when none or several are named. */
export function exchangeOf(place: string): Exchange | undefined {
  const text = normalizeInput(place).text;
  const found = PLACE_WORDS.filter(([, words]) => words.test(text)).map(([exchange]) => exchange);
  if (found.length === 1) return found[0];
  if (found.length === 0 && OVERSEAS_GENERIC.test(text)) return 'OVERSEAS';
  return undefined;
}

/** Wind/Choice/Yahoo suffixes (600519.SH, 0700.HK, AAPL.O) and the SH600519 prefix style. */
const SUFFIX_EXCHANGE: Record<string, Exchange> = {
  SH: 'SSE',
  SS: 'SSE',
  SZ: 'SZSE',
  BJ: 'BSE',
  HK: 'HKEX',
  NQ: 'NEEQ',
  OC: 'NEEQ',
  US: 'OVERSEAS',
  N: 'OVERSEAS',
  O: 'OVERSEAS',
};

/** Validates `code` for one exchange; no notes. */
function checkFor(exchange: Exchange, code: string): FormatResult {
  const name = EXCHANGE_NAMES[exchange];
  const sixDigits = /^\d{6}$/.test(code);
  switch (exchange) {
    case 'SSE':
      if (!sixDigits) return fail(`${name}股票代码应为6位数字`);
      if (!/^(?:60[0135]|68[89]|900)/.test(code)) {
        return fail(`${name}股票代码应以600、601、603、605、688或689开头（B股以900开头）`);
      }
      return ok(code);
    case 'SZSE':
      if (!sixDigits) return fail(`${name}股票代码应为6位数字`);
      if (!/^(?:00[0-3]|30[01]|200)/.test(code)) {
        return fail(`${name}股票代码应以000、001、002、003、300或301开头（B股以200开头）`);
      }
      return ok(code);
    case 'BSE':
      if (!sixDigits) return fail(`${name}股票代码应为6位数字`);
      if (!/^(?:920|43|8[378])/.test(code)) {
        return fail(`${name}股票代码应以920开头（早期代码以43、83、87、88开头）`);
      }
      return ok(code);
    case 'NEEQ':
      if (!sixDigits) return fail(`${name}股票代码应为6位数字`);
      if (!/^(?:4[023]|8[2378])/.test(code)) return fail(`${name}股票代码应以43、83、87、88、82、40或42开头`);
      return ok(code);
    case 'HKEX':
      if (!/^\d{4,5}$/.test(code) || /^0+$/.test(code)) return fail(`${name}股票代码应为4–5位数字，如00700`);
      return ok(code.padStart(5, '0'));
    case 'OVERSEAS':
      if (!/^[A-Z]{1,5}$/.test(code)) return fail('境外上市股票代码应为1–5位英文字母，如BABA');
      return ok(code);
    default:
      return fail('无法识别的上市地点，请先选择上市地点');
  }
}

/**
 * A stock code, checked against `exchange` when known, else against every exchange.
 * Exchange suffixes and prefixes are stripped; one contradicting `exchange` is an error.
 */
export function checkStockCode(code: string, exchange?: Exchange): FormatResult {
  const { text, notes } = normalizeInput(code);
  if (text === '') return fail('请填写股票代码');
  if (text.length > 32) return fail('股票代码过长，请只填写一个代码，如600519');
  const compact = text.replace(/\s/g, '');
  const upper = compact.replace(/[a-z]/g, (c) => c.toUpperCase());

  let start = 0;
  let end = upper.length;
  let marked: { exchange: Exchange; marker: string } | undefined;
  const suffix = /\.([A-Z]{1,2})$/.exec(upper);
  const prefix = /^(SH|SZ|BJ|HK)\d+$/.exec(upper);
  if (suffix) {
    const byMarker = SUFFIX_EXCHANGE[suffix[1] ?? ''];
    if (!byMarker) return fail(`无法识别的代码后缀“${suffix[0]}”，请只填写代码，如600519`);
    marked = { exchange: byMarker, marker: `后缀“${suffix[0]}”` };
    end = suffix.index;
  } else if (prefix) {
    const byMarker = SUFFIX_EXCHANGE[prefix[1] ?? ''];
    if (byMarker) marked = { exchange: byMarker, marker: `前缀“${prefix[1]}”` };
    start = 2;
  }
  if (marked) {
    if (exchange !== undefined && marked.exchange !== exchange) {
      return fail(
        `代码${marked.marker}表示${EXCHANGE_NAMES[marked.exchange]}，与所填上市地点（${EXCHANGE_NAMES[exchange] ?? exchange}）不一致`,
      );
    }
    notes.push(`已去除交易所${marked.marker}。`);
  }
  const body = upper.slice(start, end);
  if (/[a-z]/.test(compact.slice(start, end))) notes.push('已将字母转换为大写。');
  const invalid = [...body].filter((c) => !/^[0-9A-Z]$/.test(c));
  if (invalid.length > 0) {
    return fail(`股票代码含有无效字符${describeChars(invalid)}，请只填写代码，如600519`);
  }

  const target = exchange ?? marked?.exchange;
  if (target !== undefined) {
    const result = checkFor(target, body);
    return result.ok ? ok(result.normalized, notes) : result;
  }
  const candidates = EXCHANGES.filter((e) => checkFor(e, body).ok);
  const first = candidates[0];
  if (first === undefined) {
    return fail(
      /^\d{6}$/.test(body)
        ? '无法识别的A股代码：沪市以600、601、603、605、688、689开头，深市以000–003、300、301开头，北交所以920开头'
        : '股票代码格式不正确：A股为6位数字，港股为4–5位数字，境外股票为1–5位英文字母',
    );
  }
  const result = checkFor(first, body);
  notes.push(`根据代码判断为${candidates.map((e) => EXCHANGE_NAMES[e]).join('或')}股票，请确认上市地点。`);
  return ok(result.ok ? result.normalized : body, notes);
}
