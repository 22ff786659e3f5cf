/**
 * The pinyin initials table is generated at build time (scripts/generate-pinyin-initials.ts,
 * pinyin-pro): this test regenerates it from the catalog and fails when the committed file is
 * out of date. Run `npx tsx scripts/generate-pinyin-initials.ts` to refresh it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  computePinyinInitials,
  initialsFor,
  renderPinyinInitials,
} from '../../../scripts/generate-pinyin-initials';
import { PINYIN_INITIALS } from './pinyin-initials.generated';

describe('pinyin initials (build time)', () => {
  it('the generated table is up to date with the catalog', () => {
    expect([...PINYIN_INITIALS.entries()]).toEqual(computePinyinInitials());
  });

  it('the generated file is exactly what the generator writes', () => {
    const onDisk = readFileSync(resolve(import.meta.dirname, 'pinyin-initials.generated.ts'), 'utf8');
    expect(onDisk).toBe(renderPinyinInitials());
  });

  it.each([
    ['单位名称', 'dwmc'],
    ['法定代表人', 'fddbr'],
    ['注册资本', 'zczb'],
    ['统一社会信用代码', 'tyshxydm'],
    ['项目名称', 'xmmc'],
    ['项目概述', 'xmgs'],
    ['重点实验室', 'zdsys'],
    ['行业信息化服务', 'hyxxhfw'],
    ['主营业务收入', 'zyywsr'],
    ['e-mail', 'email'],
  ])('%s → %s', (text, initials) => {
    expect(initialsFor(text)).toBe(initials);
  });

  it('holds labels, aliases and group combinations the layui replica abbreviates', () => {
    expect(PINYIN_INITIALS.get('联系人手机')).toBe('lxrsj');
    expect(PINYIN_INITIALS.get('负责人手机')).toBe('fzrsj');
    expect(PINYIN_INITIALS.get('联系人姓名')).toBe('lxrxm');
    expect(PINYIN_INITIALS.get('是否上市')).toBe('sfss');
    expect(PINYIN_INITIALS.get('主营业务收入')).toBe('zyywsr');
    expect(PINYIN_INITIALS.get('统一社会信用代码')).toBe('tyshxydm');
    expect(PINYIN_INITIALS.get('项目开始日期')).toBe('xmksrq');
  });

  it('is plain data: the page never loads pinyin-pro', () => {
    const source = readFileSync(resolve(import.meta.dirname, 'pinyin-initials.generated.ts'), 'utf8');
    expect(source).not.toContain('pinyin-pro');
    for (const file of ['index.ts', 'candidates.ts', 'score.ts', 'assign.ts', 'parts.ts', 'normalize.ts']) {
      expect(readFileSync(resolve(import.meta.dirname, file), 'utf8'), file).not.toContain('pinyin-pro');
    }
  });
});
