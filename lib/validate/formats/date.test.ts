import { describe, expect, it } from 'vitest';
import { checkDate, checkDateRange, checkYear } from './date';

const ok = (normalized: string, notes: string[] = []) => ({ ok: true, normalized, notes });
const fail = (message: string) => ({ ok: false, message });

describe('checkDate', () => {
  it('accepts ISO dates without a note', () => {
    expect(checkDate('2020-05-08')).toEqual(ok('2020-05-08'));
    expect(checkDate(' 2020-02-29 ')).toEqual(ok('2020-02-29'));
  });

  it.each([
    ['2020/5/8'],
    ['2020/05/08'],
    ['2020.05.08'],
    ['2020-5-8'],
    ['2020年5月8日'],
    ['2020 年 05 月 08 日'],
    ['2020年5月8号'],
    ['20200508'],
  ])('converts %s to ISO with a note', (input) => {
    expect(checkDate(input)).toEqual(ok('2020-05-08', ['已将日期转换为2020-05-08格式。']));
  });

  it('converts full-width digits', () => {
    expect(checkDate('２０２０年５月８日')).toEqual(
      ok('2020-05-08', ['已将全角数字转换为半角。', '已将日期转换为2020-05-08格式。']),
    );
  });

  it('checks the real calendar, leap years included', () => {
    expect(checkDate('2020-02-30')).toEqual(fail('2020年2月没有30日（该月共29天），请检查日期'));
    expect(checkDate('2021-02-29')).toEqual(fail('2021年2月没有29日（该月共28天），请检查日期'));
    expect(checkDate('1900-02-29')).toEqual(fail('1900年2月没有29日（该月共28天），请检查日期'));
    expect(checkDate('2000-02-29')).toEqual(ok('2000-02-29'));
    expect(checkDate('2020-04-31')).toEqual(fail('2020年4月没有31日（该月共30天），请检查日期'));
    expect(checkDate('2020-01-00')).toEqual(fail('2020年1月没有0日（该月共31天），请检查日期'));
    expect(checkDate('2020-13-01')).toEqual(fail('月份应为1–12，当前为13'));
  });

  it.each([
    ['', '请填写日期'],
    ['2020-05/08', '日期格式不正确，应为如2020-05-08或2020年5月8日'],
    ['20-05-08', '日期格式不正确，应为如2020-05-08或2020年5月8日'],
    ['2020年5月', '日期格式不正确，应为如2020-05-08或2020年5月8日'],
    ['1899-12-31', '年份应在1900–2100之间，请检查日期'],
  ])('rejects %j', (input, message) => {
    expect(checkDate(input)).toEqual(fail(message));
  });
});

describe('checkYear', () => {
  const today = new Date(2026, 2, 15);

  it('accepts a 4-digit year up to this year', () => {
    expect(checkYear('2019', today)).toEqual(ok('2019'));
    expect(checkYear('1949', today)).toEqual(ok('1949'));
    expect(checkYear('2026', today)).toEqual(ok('2026'));
  });

  it('removes 年 or 年度 with a note', () => {
    expect(checkYear('2019年', today)).toEqual(ok('2019', ['已去除“年”。']));
    expect(checkYear('2019年度', today)).toEqual(ok('2019', ['已去除“年度”。']));
  });

  it('rejects future years, naming this year', () => {
    expect(checkYear('2027', today)).toEqual(fail('年份不能晚于今年（2026）'));
  });

  it.each([
    ['', '请填写年份'],
    ['19', '请填写4位数字年份，如2019'],
    ['2019-05', '请填写4位数字年份，如2019'],
    ['1948', '年份不能早于1949年'],
  ])('rejects %j', (input, message) => {
    expect(checkYear(input, today)).toEqual(fail(message));
  });

  it('has no upper bound when today is an invalid date, rather than throwing', () => {
    expect(checkYear('2999', new Date(Number.NaN))).toEqual(ok('2999'));
  });
});

describe('checkDateRange', () => {
  it('joins both normalised dates and labels the notes', () => {
    expect(checkDateRange('2020/1/1', '2020-12-31')).toEqual(
      ok('2020-01-01/2020-12-31', ['开始日期：已将日期转换为2020-01-01格式。']),
    );
  });

  it('accepts a range of one day', () => {
    expect(checkDateRange('2020-05-08', '2020年5月8日')).toMatchObject({
      ok: true,
      normalized: '2020-05-08/2020-05-08',
    });
  });

  it('rejects an end before the start', () => {
    expect(checkDateRange('2021-01-01', '2020-12-31')).toEqual(fail('结束日期早于开始日期，请检查起止日期'));
  });

  it('says which date is invalid', () => {
    expect(checkDateRange('2020-02-30', '2020-12-31')).toEqual(
      fail('开始日期：2020年2月没有30日（该月共29天），请检查日期'),
    );
    expect(checkDateRange('2020-01-01', '')).toEqual(fail('结束日期：请填写日期'));
    expect(checkDateRange('x', '')).toEqual(
      fail('开始日期：日期格式不正确，应为如2020-05-08或2020年5月8日；结束日期：请填写日期'),
    );
  });
});
