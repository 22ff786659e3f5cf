import { describe, expect, it } from 'vitest';
import { checkEmail } from './email';

const ok = (normalized: string, notes: string[] = []) => ({ ok: true, normalized, notes });
const fail = (message: string) => ({ ok: false, message });

describe('checkEmail', () => {
  it.each([
    ['zhangsan@example.com'],
    ['zhang.san+shenbao@mail.example.com.cn'],
    ['a_b-c@163.com'],
    ['12345@qq.com'],
    ['user@example.xn--fiqs8s'],
    ['user@中国移动.中国'],
  ])('accepts %s', (input) => {
    expect(checkEmail(input)).toEqual(ok(input));
  });

  it('lower-cases the domain but keeps the local part', () => {
    expect(checkEmail('ZhangSan@Example.COM')).toEqual(ok('ZhangSan@example.com', ['已将域名转换为小写。']));
  });

  it('converts the full-width ＠ with a note', () => {
    expect(checkEmail('zhangsan＠example.com')).toEqual(
      ok('zhangsan@example.com', ['已将全角“＠”转换为半角“@”。']),
    );
  });

  it('replaces 。 in the domain with a note', () => {
    expect(checkEmail('zhangsan@qq。com')).toEqual(ok('zhangsan@qq.com', ['已将域名中的“。”替换为“.”。']));
  });

  it('trims surrounding spaces', () => {
    expect(checkEmail('  a@b.cn \n')).toEqual(ok('a@b.cn'));
  });

  it.each([
    ['', '请填写电子邮箱'],
    ['zhang san@example.com', '电子邮箱中不能有空格'],
    ['zhangsan.example.com', '电子邮箱缺少“@”，格式如name@example.com'],
    ['a@b@example.com', '电子邮箱只能包含一个“@”'],
    ['@example.com', '“@”前缺少用户名，格式如name@example.com'],
    ['a@', '“@”后缺少域名，格式如name@example.com'],
    ['a@localhost', '域名缺少“.”，格式如name@example.com'],
    ['a@example..com', '域名中不能有连续的“.”，也不能以“.”开头或结尾'],
    ['a@example.com.', '域名中不能有连续的“.”，也不能以“.”开头或结尾'],
    ['a@example.c', '顶级域名不正确，应为如.com、.cn的字母后缀'],
    ['a@example.123', '顶级域名不正确，应为如.com、.cn的字母后缀'],
    ['a@-example.com', '域名格式不正确：每一段只能由字母、数字和“-”组成，且不能以“-”开头或结尾'],
    ['a@exa_mple.com', '域名含有无效字符“_”'],
    ['.a@example.com', '“@”前的用户名不能以“.”开头或结尾，也不能有连续的“.”'],
    ['a..b@example.com', '“@”前的用户名不能以“.”开头或结尾，也不能有连续的“.”'],
    ['a@b.com;c@d.com', '请只填写一个电子邮箱'],
  ])('rejects %j', (input, message) => {
    expect(checkEmail(input)).toEqual(fail(message));
  });

  it('names invalid characters in the local part', () => {
    expect(checkEmail('张三@example.com')).toEqual(
      fail('“@”前的用户名含有无效字符“张”、“三”，只能使用英文字母、数字和 . _ - + 等符号'),
    );
  });

  it('rejects over-long addresses and local parts', () => {
    expect(checkEmail(`${'a'.repeat(65)}@example.com`)).toEqual(fail('“@”前的用户名过长（最多64个字符）'));
    expect(checkEmail(`a@${'b'.repeat(300)}.com`)).toEqual(fail('电子邮箱过长，请只填写一个邮箱地址'));
  });
});
