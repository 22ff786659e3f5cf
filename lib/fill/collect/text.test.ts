import { describe, expect, it } from 'vitest';
import { clean, meaningful, parenthesised, stripPrompt } from './text';
import { splitRange } from './value';

describe('text helpers', () => {
  it('collapses whitespace (full-width too) and caps', () => {
    expect(clean('  单位\n\t名称\u3000 ')).toBe('单位 名称');
    expect(clean('字'.repeat(10_000))).toHaveLength(200);
    expect(clean(undefined)).toBe('');
  });

  it('strips the prompt of a placeholder, keeps the rest raw', () => {
    expect(stripPrompt('请输入单位全称（如实填写）')).toBe('单位全称（如实填写）');
    expect(stripPrompt('请选择：推荐单位')).toBe('推荐单位');
    expect(stripPrompt('请填写 联系人邮箱')).toBe('联系人邮箱');
    expect(stripPrompt('请选择')).toBe('');
    expect(stripPrompt('请选择或输入搜索')).toBe('');
    expect(stripPrompt('18位统一社会信用代码')).toBe('18位统一社会信用代码');
  });

  it('tells labels from punctuation and bracketed notes', () => {
    expect(meaningful('*')).toBe(false);
    expect(meaningful('：')).toBe(false);
    expect(meaningful('年')).toBe(true);
    expect(parenthesised('（提供证明材料）')).toBe(true);
    expect(parenthesised('研发能力（提供证明材料）')).toBe(false);
  });

  it('splits one-input date ranges', () => {
    expect(splitRange('2019-07-01 - 2021-06-30')).toEqual(['2019-07-01', '2021-06-30']);
    expect(splitRange('2019-07-01 至 2021-06-30')).toEqual(['2019-07-01', '2021-06-30']);
    expect(splitRange('2019-07-01~2021-06-30')).toEqual(['2019-07-01', '2021-06-30']);
    expect(splitRange('2019-07-01')).toEqual(['2019-07-01', '']);
    expect(splitRange('')).toEqual(['', '']);
  });
});
