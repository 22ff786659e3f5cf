import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBankAccount, checkPostalCode, checkUrl } from './textFormats';

describe('text formats beyond the 申报书', () => {
  it('邮政编码 is 6 digits', () => {
    expect(checkPostalCode('300457')).toEqual({ ok: true, normalized: '300457', notes: [] });
    expect(checkPostalCode('３００４５７').ok).toBe(true);
    expect(checkPostalCode('30045')).toEqual({ ok: false, message: '邮政编码应为6位数字，当前为5位' });
    expect(checkPostalCode('30045a').ok).toBe(false);
  });

  it('银行账号 is digits, grouped as banks print it', () => {
    const grouped = checkBankAccount('1202 0201 0900 0123 456');
    expect(grouped.ok && grouped.normalized).toBe('1202020109000123456');
    expect(checkBankAccount('12020201O9').ok).toBe(false);
    expect(checkBankAccount('1234').ok).toBe(false);
  });

  it('网址 is an http(s) address, the scheme may be left out', () => {
    expect(checkUrl('www.example.com.cn').ok).toBe(true);
    expect(checkUrl('https://example.cn/about').ok).toBe(true);
    expect(checkUrl('ftp://example.cn').ok).toBe(false);
    expect(checkUrl('无').ok).toBe(false);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const check of [checkPostalCode, checkBankAccount, checkUrl])
          expect(typeof check(s).ok).toBe('boolean');
      }),
    );
  });
});
