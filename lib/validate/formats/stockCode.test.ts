import { describe, expect, it } from 'vitest';
import { checkStockCode, type Exchange, exchangeOf } from './stockCode';

const ok = (normalized: string, notes: string[] = []) => ({ ok: true, normalized, notes });
const fail = (message: string) => ({ ok: false, message });

describe('exchangeOf', () => {
  it.each<[string, Exchange]>([
    ['上海', 'SSE'],
    ['沪', 'SSE'],
    ['沪市', 'SSE'],
    ['沪A', 'SSE'],
    ['在沪市主板上市', 'SSE'],
    ['上交所', 'SSE'],
    ['上海证券交易所', 'SSE'],
    ['科创板', 'SSE'],
    ['SSE', 'SSE'],
    ['深圳', 'SZSE'],
    ['深', 'SZSE'],
    ['深市', 'SZSE'],
    ['深交所', 'SZSE'],
    ['深圳证券交易所创业板', 'SZSE'],
    ['中小板', 'SZSE'],
    ['szse', 'SZSE'],
    ['北京证券交易所', 'BSE'],
    ['北交所', 'BSE'],
    ['BSE', 'BSE'],
    ['香港', 'HKEX'],
    ['香港联合交易所', 'HKEX'],
    ['港交所', 'HKEX'],
    ['港股', 'HKEX'],
    ['HKEX', 'HKEX'],
    ['新三板', 'NEEQ'],
    ['全国中小企业股份转让系统', 'NEEQ'],
    ['股转系统', 'NEEQ'],
    ['NEEQ', 'NEEQ'],
    ['纳斯达克', 'OVERSEAS'],
    ['纽约证券交易所', 'OVERSEAS'],
    ['纽交所', 'OVERSEAS'],
    ['美股', 'OVERSEAS'],
    ['NASDAQ', 'OVERSEAS'],
    ['nyse', 'OVERSEAS'],
    ['境外', 'OVERSEAS'],
    ['香港（境外）', 'HKEX'],
  ])('%s → %s', (place, exchange) => {
    expect(exchangeOf(place)).toBe(exchange);
  });

  it.each([
    ['北京'],
    ['北京市海淀区'],
    ['资深'],
    ['深度学习'],
    ['沪深'],
    ['沪深两市'],
    [''],
    ['主板'],
    ['NASSE'],
    ['新三板精选层，现北交所'],
  ])('%s names no single exchange', (place) => {
    expect(exchangeOf(place)).toBeUndefined();
  });
});

describe('checkStockCode', () => {
  it.each<[string, Exchange, string]>([
    ['600519', 'SSE', '600519'],
    ['601398', 'SSE', '601398'],
    ['603288', 'SSE', '603288'],
    ['605499', 'SSE', '605499'],
    ['688981', 'SSE', '688981'],
    ['689009', 'SSE', '689009'],
    ['900901', 'SSE', '900901'],
    ['000001', 'SZSE', '000001'],
    ['001979', 'SZSE', '001979'],
    ['002415', 'SZSE', '002415'],
    ['003816', 'SZSE', '003816'],
    ['300750', 'SZSE', '300750'],
    ['301269', 'SZSE', '301269'],
    ['200058', 'SZSE', '200058'],
    ['920118', 'BSE', '920118'],
    ['430047', 'BSE', '430047'],
    ['830799', 'BSE', '830799'],
    ['870508', 'BSE', '870508'],
    ['889999', 'BSE', '889999'],
    ['0700', 'HKEX', '00700'],
    ['00700', 'HKEX', '00700'],
    ['09988', 'HKEX', '09988'],
    ['430047', 'NEEQ', '430047'],
    ['830799', 'NEEQ', '830799'],
    ['820001', 'NEEQ', '820001'],
    ['400002', 'NEEQ', '400002'],
    ['420009', 'NEEQ', '420009'],
    ['BABA', 'OVERSEAS', 'BABA'],
    ['A', 'OVERSEAS', 'A'],
  ])('accepts %s on %s', (code, exchange, normalized) => {
    expect(checkStockCode(code, exchange)).toEqual(ok(normalized));
  });

  it.each<[Exchange, string, string]>([
    ['SSE', '000001', '上交所股票代码应以600、601、603、605、688或689开头（B股以900开头）'],
    ['SSE', '60051', '上交所股票代码应为6位数字'],
    ['SZSE', '600519', '深交所股票代码应以000、001、002、003、300或301开头（B股以200开头）'],
    ['BSE', '600519', '北交所股票代码应以920开头（早期代码以43、83、87、88开头）'],
    ['NEEQ', '600519', '新三板股票代码应以43、83、87、88、82、40或42开头'],
    ['HKEX', '700', '港交所股票代码应为4–5位数字，如00700'],
    ['HKEX', '0000', '港交所股票代码应为4–5位数字，如00700'],
    ['HKEX', '007000', '港交所股票代码应为4–5位数字，如00700'],
    ['OVERSEAS', 'GOOGLE', '境外上市股票代码应为1–5位英文字母，如BABA'],
    ['OVERSEAS', '600519', '境外上市股票代码应为1–5位英文字母，如BABA'],
  ])('on %s rejects %s', (exchange, code, message) => {
    expect(checkStockCode(code, exchange)).toEqual(fail(message));
  });

  it('strips exchange suffixes and prefixes with a note', () => {
    expect(checkStockCode('600519.SH', 'SSE')).toEqual(ok('600519', ['已去除交易所后缀“.SH”。']));
    expect(checkStockCode('600519.ss')).toEqual(ok('600519', ['已去除交易所后缀“.SS”。']));
    expect(checkStockCode('SZ000001')).toEqual(ok('000001', ['已去除交易所前缀“SZ”。']));
    expect(checkStockCode('0700.HK')).toEqual(ok('00700', ['已去除交易所后缀“.HK”。']));
    expect(checkStockCode('830799.BJ')).toEqual(ok('830799', ['已去除交易所后缀“.BJ”。']));
    expect(checkStockCode('BABA.N')).toEqual(ok('BABA', ['已去除交易所后缀“.N”。']));
  });

  it('rejects a suffix or prefix that contradicts the exchange', () => {
    expect(checkStockCode('000001.SZ', 'SSE')).toEqual(
      fail('代码后缀“.SZ”表示深交所，与所填上市地点（上交所）不一致'),
    );
    expect(checkStockCode('SH600519', 'SZSE')).toEqual(
      fail('代码前缀“SH”表示上交所，与所填上市地点（深交所）不一致'),
    );
    expect(checkStockCode('000001.SH')).toEqual(
      fail('上交所股票代码应以600、601、603、605、688或689开头（B股以900开头）'),
    );
  });

  it('rejects an unknown suffix', () => {
    expect(checkStockCode('600519.XX')).toEqual(fail('无法识别的代码后缀“.XX”，请只填写代码，如600519'));
  });

  it('upper-cases tickers with a note', () => {
    expect(checkStockCode('baba', 'OVERSEAS')).toEqual(ok('BABA', ['已将字母转换为大写。']));
  });

  it('without an exchange, names the exchange the code looks like', () => {
    expect(checkStockCode('600519')).toEqual(ok('600519', ['根据代码判断为上交所股票，请确认上市地点。']));
    expect(checkStockCode('300750')).toEqual(ok('300750', ['根据代码判断为深交所股票，请确认上市地点。']));
    expect(checkStockCode('920118')).toEqual(ok('920118', ['根据代码判断为北交所股票，请确认上市地点。']));
    expect(checkStockCode('830799')).toEqual(
      ok('830799', ['根据代码判断为北交所或新三板股票，请确认上市地点。']),
    );
    expect(checkStockCode('820001')).toEqual(ok('820001', ['根据代码判断为新三板股票，请确认上市地点。']));
    expect(checkStockCode('0700')).toEqual(ok('00700', ['根据代码判断为港交所股票，请确认上市地点。']));
    expect(checkStockCode('BABA')).toEqual(ok('BABA', ['根据代码判断为境外交易所股票，请确认上市地点。']));
  });

  it('without an exchange, rejects codes no exchange uses', () => {
    expect(checkStockCode('999999')).toEqual(
      fail(
        '无法识别的A股代码：沪市以600、601、603、605、688、689开头，深市以000–003、300、301开头，北交所以920开头',
      ),
    );
    expect(checkStockCode('12')).toEqual(
      fail('股票代码格式不正确：A股为6位数字，港股为4–5位数字，境外股票为1–5位英文字母'),
    );
  });

  it('rejects empty input and stray characters', () => {
    expect(checkStockCode('')).toEqual(fail('请填写股票代码'));
    expect(checkStockCode('600519（茅台）')).toEqual(
      fail('股票代码含有无效字符“(”、“茅”、“台”、“)”，请只填写代码，如600519'),
    );
  });
});
