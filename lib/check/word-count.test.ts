import { describe, expect, it } from 'vitest';
import { fieldIndex } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { checkField } from '@/lib/validate/check-field';
import { hanText, TEST_TODAY } from '@/test/factories';
import { wordCountBadge } from './word-count';

describe('wordCountBadge', () => {
  it('shows 「字数 / 上限 字」', () => {
    expect(wordCountBadge(hanText(386), 400)).toEqual({
      text: '386 / 400 字',
      status: 'near',
      words: 386,
      chars: 386,
    });
  });

  it.each([
    [0, 'ok'],
    [360, 'ok'],
    [361, 'near'],
    [400, 'near'],
    [401, 'over'],
  ] as const)('%i 字 of 400 is %s', (count, status) => {
    expect(wordCountBadge(hanText(count), 400).status).toBe(status);
  });

  it('agrees with the validator’s tooLong / nearLimit on 项目概述', () => {
    const field = fieldIndex(EDITION_2020).get('project.summary');
    if (!field) throw new Error('no project.summary');
    const codeOf = (value: string) =>
      checkField(field, { 'project.summary': value }, { edition: EDITION_2020, today: TEST_TODAY })[0]?.code;
    for (const [count, code] of [
      [300, undefined],
      [380, 'nearLimit'],
      [401, 'tooLong'],
    ] as const) {
      const badge = wordCountBadge(hanText(count), 400);
      expect(codeOf(hanText(count))).toBe(code);
      expect(badge.status).toBe(code === undefined ? 'ok' : code === 'nearLimit' ? 'near' : 'over');
    }
  });

  it('counts a Latin run as one 字 as the dashboard does, while the status follows the stricter count', () => {
    // 「5G AI」: 2 字 by Word's count, 5 characters; the limit is enforced on characters.
    expect(wordCountBadge('5G AI', 4)).toEqual({ text: '2 / 4 字', status: 'over', words: 2, chars: 5 });
  });

  it('never throws on odd input', () => {
    expect(wordCountBadge(undefined as unknown as string, 400).text).toBe('0 / 400 字');
  });
});
