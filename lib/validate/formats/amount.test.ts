import { describe, expect, it } from 'vitest';
import { checkAmount, checkInteger } from './amount';

const ok = (normalized: string, notes: string[] = []) => ({ ok: true, normalized, notes });
const fail = (message: string) => ({ ok: false, message });

describe('checkAmount', () => {
  it.each([
    ['0', '0'],
    ['1234', '1234'],
    ['1234.5', '1234.5'],
    ['1234.50', '1234.50'],
    ['0.01', '0.01'],
    ['1000000000000', '1000000000000'],
  ])('accepts %s as is', (input, normalized) => {
    expect(checkAmount(input)).toEqual(ok(normalized));
  });

  it('removes thousands separators, ASCII or full-width, with a note', () => {
    expect(checkAmount('1,234.5')).toEqual(ok('1234.5', ['已去除千位分隔符。']));
    expect(checkAmount('1，234.5')).toEqual(ok('1234.5', ['已去除千位分隔符。']));
    expect(checkAmount('12,345,678')).toEqual(ok('12345678', ['已去除千位分隔符。']));
  });

  it('converts full-width digits with a note', () => {
    expect(checkAmount('１２３４．５')).toEqual(ok('1234.5', ['已将全角数字转换为半角。']));
  });

  it('removes the unit 万元 or 万 with a note', () => {
    expect(checkAmount('100万元')).toEqual(ok('100', ['已去除单位“万元”。']));
    expect(checkAmount('100 万')).toEqual(ok('100', ['已去除单位“万”。']));
    expect(checkAmount('1,234.5万元')).toEqual(ok('1234.5', ['已去除单位“万元”。', '已去除千位分隔符。']));
  });

  it('tidies leading zeros, a bare decimal point and zero third decimals', () => {
    expect(checkAmount('007')).toEqual(ok('7', ['已去除多余的前导0。']));
    expect(checkAmount('.5')).toEqual(ok('0.5'));
    expect(checkAmount('5.')).toEqual(ok('5'));
    expect(checkAmount('1.500')).toEqual(ok('1.50', ['已去除多余的小数位0。']));
  });

  it.each([
    ['', '请填写金额（单位：万元）'],
    ['-5', '金额不能为负数'],
    ['－5', '金额不能为负数'],
    ['1.234', '金额最多保留两位小数（单位：万元）'],
    ['150000元', '单位为万元，请将元换算为万元（如150000元应填15）'],
    ['150千元', '单位为万元，请将千元换算为万元'],
    ['1.5亿元', '单位为万元，请将亿元换算为万元（1亿元=10000万元）'],
    ['1.5亿', '单位为万元，请将亿元换算为万元（1亿元=10000万元）'],
    ['1e5', '请不要使用科学计数法，直接填写数字，如1234.5'],
    ['1.2E+3', '请不要使用科学计数法，直接填写数字，如1234.5'],
    ['NaN', '金额只能填写数字，请去掉“N”、“a”'],
    ['Infinity', '金额只能填写数字，请去掉“I”、“n”、“f”、“i”、“t”等'],
    ['约100', '金额只能填写数字，请去掉“约”'],
    ['¥100', '请去掉货币符号，直接填写金额'],
    ['1 234', '金额中不能有空格'],
    ['1,23', '千位分隔符位置不正确；小数点请用“.”，如1,234.5'],
    ['1.2.3', '金额格式不正确，应为数字，如1234.5'],
    ['.', '金额格式不正确，应为数字，如1234.5'],
    ['1000000000000.01', '金额过大，请核对单位是否为万元'],
    ['99999999999999', '金额过大，请核对单位是否为万元'],
  ])('rejects %j', (input, message) => {
    expect(checkAmount(input)).toEqual(fail(message));
  });
});

describe('checkInteger', () => {
  it('accepts whole numbers, with 人 or 名 and thousands separators', () => {
    expect(checkInteger('120')).toEqual(ok('120'));
    expect(checkInteger('0')).toEqual(ok('0'));
    expect(checkInteger('120人')).toEqual(ok('120', ['已去除单位“人”。']));
    expect(checkInteger('35 名')).toEqual(ok('35', ['已去除单位“名”。']));
    expect(checkInteger('1,200')).toEqual(ok('1200', ['已去除千位分隔符。']));
    expect(checkInteger('１２０')).toEqual(ok('120', ['已将全角数字转换为半角。']));
  });

  it.each([
    ['', '请填写数字'],
    ['12.5', '请填写整数，不能有小数'],
    ['12.', '请填写整数，不能有小数'],
    ['-3', '数值不能为负数'],
    ['十二', '数值只能填写数字，请去掉“十”、“二”'],
    ['99999999999999999999', '数值过大，请核对'],
  ])('rejects %j', (input, message) => {
    expect(checkInteger(input)).toEqual(fail(message));
  });
});
