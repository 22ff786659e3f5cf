import { describe, expect, it } from 'vitest';
import { fieldIndex } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { checkField } from '@/lib/validate/check-field';
import { judgeWordLimit } from '@/lib/validate/formats';
import { hanText, TEST_TODAY } from '@/test/factories';
import { wordCountBadge } from './word-count';

describe('wordCountBadge', () => {
  it('shows 「字数 / 上限 字」 with the message as its tooltip', () => {
    expect(wordCountBadge(hanText(386), 400)).toEqual({
      text: '386 / 400 字',
      tone: 'warning',
      title: '接近 400 字上限：按 Word 字数统计为 386 字，还可写 14 字。',
      verdict: 'near',
      words: 386,
      chars: 386,
    });
  });

  it.each([
    [0, 'ok'],
    [360, 'ok'],
    [361, 'warning'],
    [400, 'warning'],
    [401, 'error'],
  ] as const)('%i 字 of 400 is %s', (count, tone) => {
    expect(wordCountBadge(hanText(count), 400).tone).toBe(tone);
  });

  it('agrees with the validator on 项目概述: same verdict, same words', () => {
    const field = fieldIndex(EDITION_2020).get('project.summary');
    if (!field) throw new Error('no project.summary');
    const issueOf = (value: string) =>
      checkField(field, { 'project.summary': value }, { edition: EDITION_2020, today: TEST_TODAY })[0];
    for (const [text, code] of [
      [hanText(300), undefined],
      [hanText(380), 'nearLimit'],
      [`${hanText(300)}${' 5G'.repeat(40)}`, 'charsOverLimit'],
      [hanText(401), 'tooLong'],
    ] as const) {
      const badge = wordCountBadge(text, 400);
      const issue = issueOf(text);
      expect(issue?.code).toBe(code);
      if (issue) expect(badge.title).toBe(issue.message);
      expect(badge.tone).toBe(issue === undefined ? 'ok' : issue.severity);
    }
  });

  it('counts a Latin run as one 字 as the dashboard does; characters above the limit only warn', () => {
    // 「5G AI」: 2 字 by Word's count, 5 characters.
    expect(wordCountBadge('5G AI', 4)).toMatchObject({
      text: '2 / 4 字',
      tone: 'warning',
      verdict: 'charsOver',
      words: 2,
      chars: 5,
      title: judgeWordLimit('5G AI', 4).message,
    });
  });

  it('never throws on odd input', () => {
    expect(wordCountBadge(undefined as unknown as string, 400).text).toBe('0 / 400 字');
  });
});
