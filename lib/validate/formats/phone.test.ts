import { describe, expect, it } from 'vitest';
import { checkLandline, checkMobile } from './phone';

const ok = (normalized: string, notes: string[] = []) => ({ ok: true, normalized, notes });
const fail = (message: string) => ({ ok: false, message });

describe('checkMobile', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['19912345678', '19912345678'],
    ['１３８００１３８０００', '13800138000'],
  ])('accepts %s', (input, normalized) => {
    expect(checkMobile(input)).toMatchObject({ ok: true, normalized });
  });

  it.each([
    ['+86 138 0013 8000'],
    ['+86-13800138000'],
    ['(+86)13800138000'],
    ['008613800138000'],
    ['8613800138000'],
  ])('removes the country code of %s with a note', (input) => {
    expect(checkMobile(input)).toEqual(ok('13800138000', ['已去除国家代码+86。']));
  });

  it('asks for the number when empty', () => {
    expect(checkMobile(' ')).toEqual(fail('请填写手机号码'));
  });

  it('says how many digits were given', () => {
    expect(checkMobile('1380013800')).toEqual(fail('手机号码应为11位，当前为10位'));
    expect(checkMobile('138001380001')).toEqual(fail('手机号码应为11位，当前为12位'));
  });

  it('says a mobile number starts with 13–19', () => {
    expect(checkMobile('12800138000')).toEqual(fail('手机号码应以13–19开头，请检查是否填成了固定电话'));
    expect(checkMobile('01068208888')).toEqual(fail('手机号码应以13–19开头，请检查是否填成了固定电话'));
  });

  it('rejects letters, other countries and several numbers', () => {
    expect(checkMobile('138abc38000')).toEqual(fail('手机号码只能包含数字，请去掉“a”、“b”、“c”'));
    expect(checkMobile('+852 9123 4567')).toEqual(fail('仅支持中国大陆手机号码（+86）'));
    expect(checkMobile('13800138000，13900139000')).toEqual(fail('请只填写一个手机号码'));
  });
});

describe('checkLandline', () => {
  it.each([
    ['010-68208888', '010-68208888'],
    ['010 68208888', '010-68208888'],
    ['01068208888', '010-68208888'],
    ['(010)68208888', '010-68208888'],
    ['（010）68208888', '010-68208888'],
    ['(010) 6820-8888', '010-68208888'],
    ['021-5432109', '021-5432109'],
    ['0871-66016741', '0871-66016741'],
    ['0871-6601-6741', '0871-66016741'],
    ['０８７１－６６０１６７４１', '0871-66016741'],
  ])('accepts %s', (input, normalized) => {
    expect(checkLandline(input)).toMatchObject({ ok: true, normalized });
  });

  it.each([
    ['0871-66016741-123'],
    ['0871-66016741转123'],
    ['0871-66016741 转 123'],
    ['0871-66016741分机123'],
    ['0871-66016741 ext.123'],
    ['0871-66016741 EXT 123'],
    ['0871-66016741x123'],
    ['0871 66016741 123'],
  ])('accepts the extension in %s', (input) => {
    expect(checkLandline(input)).toEqual(ok('0871-66016741-123'));
  });

  it.each([
    ['400-123-4567', '400-123-4567'],
    ['4001234567', '400-123-4567'],
    ['400 1234 567', '400-123-4567'],
    ['800-123-4567', '800-123-4567'],
    ['400-123-4567转89', '400-123-4567-89'],
    ['400-123-4567-89', '400-123-4567-89'],
  ])('accepts the service number %s', (input, normalized) => {
    expect(checkLandline(input)).toEqual(ok(normalized));
  });

  it.each([
    ['+86 10 68208888', '010-68208888'],
    ['+86-10-68208888', '010-68208888'],
    ['+86 010 68208888', '010-68208888'],
    ['0086 871 66016741', '0871-66016741'],
    ['86-871-66016741', '0871-66016741'],
  ])('removes +86 from %s, restoring the trunk 0', (input, normalized) => {
    expect(checkLandline(input)).toEqual(ok(normalized, ['已去除国家代码+86。']));
  });

  it('asks for the number when empty', () => {
    expect(checkLandline('')).toEqual(fail('请填写电话号码'));
  });

  it('asks for the area code', () => {
    expect(checkLandline('68208888')).toEqual(fail('请在电话号码前加上区号，如010-68208888'));
  });

  it('rejects a mobile number unless allowed', () => {
    expect(checkLandline('13800138000')).toEqual(
      fail('这是手机号码，此处应填写带区号的固定电话，如010-68208888'),
    );
    expect(checkLandline('138 0013 8000', { allowMobile: true })).toEqual(ok('13800138000'));
    expect(checkLandline('+86 138 0013 8000', { allowMobile: true })).toEqual(
      ok('13800138000', ['已去除国家代码+86。']),
    );
  });

  it('says what is wrong with the digits', () => {
    expect(checkLandline('010-682088')).toEqual(fail('区号后应为7–8位本地号码，当前为6位'));
    expect(checkLandline('010-682088881')).toEqual(
      fail('区号后应为7–8位本地号码，当前为9位；分机号请用“-”或“转”隔开'),
    );
    expect(checkLandline('011-68208888')).toEqual(fail('区号不正确，区号如010、021、0871'));
    expect(checkLandline('001-68208888')).toEqual(fail('仅支持中国大陆电话号码（+86）'));
    expect(checkLandline('010-08208888')).toEqual(fail('本地号码不应以0或1开头，请检查区号和号码'));
    expect(checkLandline('400-123-456')).toEqual(fail('400号码应为10位，当前为9位'));
  });

  it('rejects bad extensions, letters and several numbers', () => {
    expect(checkLandline('010-68208888转1234567')).toEqual(fail('分机号应为1–6位数字'));
    expect(checkLandline('010-68208888转')).toEqual(fail('分机号应为1–6位数字'));
    expect(checkLandline('010-6820abcd')).toEqual(
      fail('电话号码含有无效字符“a”、“b”、“c”、“d”，请只填写数字和“-”'),
    );
    expect(checkLandline('010-68208888、010-68208889')).toEqual(fail('请只填写一个电话号码'));
  });
});
