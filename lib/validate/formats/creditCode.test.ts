import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  creditCodeCheckChar,
  NOTE_EMBEDDED_ORG_CODE,
  organizationCodeCheckChar,
} from './creditCode';

const valid = (normalized: string, kind: 'uscc' | 'organizationCode' = 'uscc', notes: string[] = []) => ({
  ok: true,
  normalized,
  notes,
  kind,
});

describe('creditCodeCheckChar (GB 32100-2015)', () => {
  it('computes the check character of the reference vectors', () => {
    expect(creditCodeCheckChar('91110000600037341')).toBe('L');
    // Σ ≡ 0 (mod 31) gives (31 − 0) mod 31 = 0, i.e. '0', not an out-of-range index.
    expect(creditCodeCheckChar('91440300000000457')).toBe('0');
  });

  it('is undefined for bodies of the wrong length or with characters outside the code set', () => {
    expect(creditCodeCheckChar('9111000060003734')).toBeUndefined();
    expect(creditCodeCheckChar('911100006000373411')).toBeUndefined();
    expect(creditCodeCheckChar('9111000060003734I')).toBeUndefined();
    expect(creditCodeCheckChar('9111000060003734l')).toBeUndefined();
    expect(creditCodeCheckChar('')).toBeUndefined();
  });
});

describe('organizationCodeCheckChar (GB 11714-1997)', () => {
  it('computes digits, X for 10 and 0 for 11', () => {
    expect(organizationCodeCheckChar('60003734')).toBe('1');
    expect(organizationCodeCheckChar('10000018')).toBe('X');
    expect(organizationCodeCheckChar('00000045')).toBe('7');
    // Letters count A=10 … Z=35: 3·22 (M) + 5·1 + 2·34 (Y) = 139 ≡ 7 (mod 11), 11 − 7 = 4.
    expect(organizationCodeCheckChar('M000100Y')).toBe('4');
  });

  it('cannot catch every letter substitution: values run to 35 but the modulus is 11', () => {
    // 0 → B changes the sum by 3·11 ≡ 0 (mod 11), so both bodies share the check digit.
    // (Digit-for-digit substitutions are always caught; see properties.test.ts.)
    expect(organizationCodeCheckChar('B0000045')).toBe(organizationCodeCheckChar('00000045'));
  });

  it('is undefined for anything but 8 digits or capital letters', () => {
    expect(organizationCodeCheckChar('6000373')).toBeUndefined();
    expect(organizationCodeCheckChar('6000373a')).toBeUndefined();
    expect(organizationCodeCheckChar('6000-373')).toBeUndefined();
  });
});

describe('checkCreditCode', () => {
  it('accepts the reference vectors', () => {
    expect(checkCreditCode('91110000600037341L')).toEqual(valid('91110000600037341L'));
    expect(checkCreditCode('914403000000004570')).toEqual(valid('914403000000004570'));
  });

  it('accepts codes as printed on real business licences', () => {
    for (const code of [
      '9144030071526726XG',
      '91350100M000100Y43',
      '91330100716105852F',
      '91110108551385082Q',
      '91310000MA1FL1MMXL',
      '12100000400000624D',
      '31110000400834282L',
    ]) {
      expect(checkCreditCode(code)).toEqual(valid(code));
    }
  });

  it('accepts a letter as 登记管理部门码', () => {
    expect(checkCreditCode('Y1110000600037341Y').ok).toBe(true);
    expect(checkCreditCode('A1110000600037341K').ok).toBe(true);
    expect(checkCreditCode('N21100006000373414').ok).toBe(true);
  });

  it('upper-cases with a note and removes spaces and hyphens', () => {
    expect(checkCreditCode('91110000600037341l')).toEqual(
      valid('91110000600037341L', 'uscc', ['已将小写字母转换为大写。']),
    );
    expect(checkCreditCode(' 9111 0000-6000 3734 1L ')).toEqual(valid('91110000600037341L'));
  });

  it('converts full-width characters with notes', () => {
    expect(checkCreditCode('９１１１００００６０００３７３４１Ｌ')).toEqual(
      valid('91110000600037341L', 'uscc', ['已将全角数字转换为半角。', '已将全角字母转换为半角。']),
    );
  });

  it('only warns when the embedded organization code does not check', () => {
    // 91110000600037342P: USCC check is right, but 60003734-2 is not a valid 组织机构代码.
    expect(checkCreditCode('91110000600037342P')).toEqual(
      valid('91110000600037342P', 'uscc', [NOTE_EMBEDDED_ORG_CODE]),
    );
  });

  it('asks for the code when empty', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, message: '请填写统一社会信用代码' });
    expect(checkCreditCode('  \u200B ')).toEqual({ ok: false, message: '请填写统一社会信用代码' });
  });

  it('rejects a wrong check character without revealing the right one', () => {
    const result = checkCreditCode('91110000600037341M');
    expect(result).toEqual({ ok: false, message: '校验位不正确，请逐位核对营业执照上的代码' });
    expect(result.ok || result.message.includes('L')).toBe(false);
  });

  it('names the invalid characters and the letters the code set leaves out', () => {
    const withI = checkCreditCode('9111000060003734IL');
    expect(withI.ok).toBe(false);
    if (!withI.ok) {
      expect(withI.message).toContain('“I”');
      expect(withI.message).toContain('I、O、S、V、Z');
    }
    const withO = checkCreditCode('9111OOOO600037341L');
    expect(!withO.ok && withO.message).toContain('“O”');
    const withHan = checkCreditCode('91110000600037341号');
    expect(!withHan.ok && withHan.message).toBe('含有无效字符“号”');
  });

  it('says how many characters were given and that 18 are needed', () => {
    expect(checkCreditCode('91110000600037341')).toEqual({
      ok: false,
      message: '统一社会信用代码应为18位，当前为17位',
    });
    expect(checkCreditCode('91110000600037341L1')).toEqual({
      ok: false,
      message: '统一社会信用代码应为18位，当前为19位',
    });
  });

  it('reports length and characters together', () => {
    const result = checkCreditCode('9111000060003734O');
    expect(!result.ok && result.message).toMatch(/当前为17位；含有无效字符“O”/);
  });

  describe('组织机构代码', () => {
    const allow = { allowOrganizationCode: true };

    it('accepts 9-character codes only when allowed, normalised as XXXXXXXX-X', () => {
      expect(checkCreditCode('60003734-1', allow)).toEqual(valid('60003734-1', 'organizationCode'));
      expect(checkCreditCode('600037341', allow)).toEqual(valid('60003734-1', 'organizationCode'));
      expect(checkCreditCode('10000018-x', allow)).toEqual(
        valid('10000018-X', 'organizationCode', ['已将小写字母转换为大写。']),
      );
      expect(checkCreditCode('00000045-7', allow)).toEqual(valid('00000045-7', 'organizationCode'));
    });

    it('still accepts an 18-character code', () => {
      expect(checkCreditCode('91110000600037341L', allow)).toEqual(valid('91110000600037341L'));
    });

    it('points to the 18-character code when not allowed', () => {
      const result = checkCreditCode('60003734-1');
      expect(!result.ok && result.message).toContain('当前为9位');
      expect(!result.ok && result.message).toContain('组织机构代码');
    });

    it('rejects a wrong check character and invalid characters', () => {
      expect(checkCreditCode('60003734-2', allow)).toEqual({
        ok: false,
        message: '组织机构代码校验位不正确，请逐位核对证书上的代码',
      });
      const bad = checkCreditCode('6000373#-1', allow);
      expect(!bad.ok && bad.message).toContain('“#”');
      const badCheck = checkCreditCode('60003734-Y', allow);
      expect(!badCheck.ok && badCheck.message).toContain('“Y”');
    });

    it('mentions the alternative in the length message', () => {
      const result = checkCreditCode('1234', allow);
      expect(!result.ok && result.message).toBe(
        '统一社会信用代码应为18位，当前为4位（或填写9位组织机构代码）',
      );
    });
  });
});
