import { describe, expect, it } from 'vitest';
import { describeFailure, failureText } from './failure';

describe('failureText: never exception text', () => {
  it('keeps our own zh-CN message, without the "Error:" prefix', () => {
    expect(describeFailure('新建单位失败', new Error('请填写单位名称。'))).toBe(
      '新建单位失败：请填写单位名称。',
    );
  });

  it('replaces an English exception by what to do', () => {
    const text = failureText(new TypeError('Cannot read properties of undefined'));
    expect(text).not.toMatch(/[A-Za-z]{2,}/);
    expect(text).toContain('请刷新页面后重试');
  });

  it('explains storage exceptions the user can act on', () => {
    expect(failureText(new DOMException('quota', 'QuotaExceededError'))).toContain('存储空间不足');
  });

  it('says something useful for a thrown string or nothing at all', () => {
    expect(failureText('没有这份草稿。')).toBe('没有这份草稿。');
    expect(failureText(undefined)).toContain('意外错误');
  });
});
