import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyUnicodeString } from '@/test/arbitraries';
import {
  attachmentRef,
  bigrams,
  leadingNumber,
  looksGenerated,
  nameTokens,
  normalizeText,
  textVariants,
  withoutTrailingBracket,
  withoutYears,
} from './normalize';

describe('normalizeText', () => {
  it.each([
    ['*单位名称：', '单位名称'],
    ['＊单位名称:', '单位名称'],
    ['单位名称（必填）', '单位名称'],
    ['单位名称(必填)', '单位名称'],
    ['请输入单位名称', '单位名称'],
    ['请选择单位性质', '单位性质'],
    ['请填写 项目名称', '项目名称'],
    ['  单 位\u3000名 称  ', '单位名称'],
    ['（1）项目承担方资质与能力', '项目承担方资质与能力'],
    ['(1)项目承担方资质与能力', '项目承担方资质与能力'],
    ['1.项目基本情况', '项目基本情况'],
    ['1、项目基本情况', '项目基本情况'],
    ['一、申报单位基本信息', '申报单位基本信息'],
    ['（二）项目信息', '项目信息'],
    ['附1-1 申报单位相关荣誉证明材料', '申报单位相关荣誉证明材料'],
    ['附件2-1：项目推广效果证明材料', '项目推广效果证明材料'],
    ['（上市时间：', '上市时间'],
    ['，股票代码：', '股票代码'],
    ['（下一步建设的主要内容、进度安排、风险控制等。）', '下一步建设的主要内容、进度安排、风险控制等'],
    ['注册资本（万元）', '注册资本(万元)'],
    ['【注册资本】', '注册资本'],
    ['Ｅ－ｍａｉｌ', 'e-mail'],
    ['研发人员规模（人）：', '研发人员规模(人)'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizeText(raw)).toBe(expected);
  });

  it('keeps numbers that belong to the label', () => {
    expect(normalizeText('申报单位主营业务收入(2019年)证明材料')).toBe(
      '申报单位主营业务收入(2019年)证明材料',
    );
    expect(normalizeText('其他（请注明）：')).toBe('其他(请注明)');
  });

  it('reads only the start of a huge label, and returns at most 160 characters', () => {
    const huge = `单位名称${'申报单位简介'.repeat(20_000)}`;
    const normalized = normalizeText(huge);
    expect(normalized.startsWith('单位名称申报单位简介')).toBe(true);
    expect(normalized.length).toBe(160);
  });

  it('drops invisible characters and keeps other scripts and astral characters as they are', () => {
    expect(normalizeText('单\u200b位\ufeff名称')).toBe('单位名称');
    expect(normalizeText('𠀋𠀍名称')).toBe('𠀋𠀍名称');
    expect(normalizeText('Ünternehmen')).toBe('ünternehmen');
    expect(normalizeText('')).toBe('');
    expect(normalizeText('*：')).toBe('');
  });

  it('is idempotent on any unicode (property)', () => {
    fc.assert(
      fc.property(anyUnicodeString({ maxLength: 300 }), (text) => {
        const normalized = normalizeText(text);
        expect(normalized.length).toBeLessThanOrEqual(160);
        expect(normalizeText(normalized)).toBe(normalized);
      }),
    );
  });
});

describe('variants and pieces', () => {
  it('compares with and without a trailing unit or note, and without bracketed years', () => {
    expect(withoutTrailingBracket('注册资本(万元)')).toBe('注册资本');
    expect(withoutTrailingBracket('研发能力(专利、标准、知识产权)')).toBe('研发能力');
    expect(withoutTrailingBracket('(万元)')).toBe('(万元)');
    expect(withoutYears('申报单位主营业务收入(2019年)证明材料')).toBe('申报单位主营业务收入证明材料');
    expect(textVariants('主营业务收入(万元)')).toEqual(['主营业务收入(万元)', '主营业务收入']);
    expect(textVariants('')).toEqual([]);
  });

  it('reads 附 references and item numbers', () => {
    expect(attachmentRef('附1-1')).toEqual({ appendix: 1, item: 1 });
    expect(attachmentRef('附件2－2 项目推广效果证明材料')).toEqual({ appendix: 2, item: 2 });
    expect(attachmentRef('附1　申报单位相关证明材料')).toEqual({ appendix: 1 });
    expect(attachmentRef('附3')).toEqual({ appendix: 3 });
    expect(attachmentRef('申报单位相关荣誉证明材料')).toBeUndefined();
    expect(leadingNumber('2.申报单位研发能力证明材料')).toBe(2);
    expect(leadingNumber('（3）项目负责人与项目团队实力')).toBe(3);
    expect(leadingNumber('2019年')).toBeUndefined();
  });

  it('splits names into letter runs and spots generated ids', () => {
    expect(nameTokens('qtry[]')).toEqual(['qtry']);
    expect(nameTokens('contact_name')).toEqual(['contactname', 'contact', 'name']);
    expect(nameTokens('startDate')).toEqual(['startdate', 'start', 'date']);
    expect(nameTokens('')).toEqual([]);
    expect(looksGenerated('f_k2j3h4l5')).toBe(true);
    expect(looksGenerated('el-id-1024-7')).toBe(true);
    expect(looksGenerated(':r1:')).toBe(true);
    expect(looksGenerated('lxrsj')).toBe(false);
    expect(looksGenerated('otherHonors_0')).toBe(false);
  });

  it('bigrams of a text', () => {
    expect(bigrams('单位名称')).toEqual(['单位', '位名', '名称']);
    expect(bigrams('单')).toEqual(['单']);
    expect(bigrams('')).toEqual([]);
  });
});
