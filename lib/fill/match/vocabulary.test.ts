import { describe, expect, it } from 'vitest';
import { fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { type FieldSpec, makeField, makeSnapshot } from '@/test/match-factories';
import { matchFields } from './index';
import { normalizeText } from './normalize';
import { promptHead } from './score';
import { synonymVariants } from './synonyms';
import { TRADITIONAL_TO_SIMPLIFIED, toSimplified } from './traditional';

const CATALOG = fieldsFor(LATEST_EDITION);
const page = (specs: FieldSpec[]) =>
  makeSnapshot(specs.map((spec, order) => makeField({ ...spec, id: `f${order}`, order })));

describe('label wording as data', () => {
  it('expands a wording with every synonym set it touches', () => {
    expect(synonymVariants('单位注册地址')).toEqual(expect.arrayContaining(['企业注册地址', '公司注册地址']));
    expect(synonymVariants('开始日期')).toContain('开始时间');
    expect(synonymVariants('项目名称')).toEqual([]);
  });

  it('reads traditional characters and spaced characters as the simplified label', () => {
    expect(normalizeText('單位名稱')).toBe('单位名称');
    expect(normalizeText('單 位 名 稱：')).toBe('单位名称');
    expect(normalizeText('是否为上市企业')).toBe('是否上市企业');
  });

  it('keeps the traditional table one-way (no simplified character is also a key)', () => {
    for (const simplified of TRADITIONAL_TO_SIMPLIFIED.values()) {
      expect(TRADITIONAL_TO_SIMPLIFIED.has(simplified), simplified).toBe(false);
    }
    expect(toSimplified('项目名称')).toBe('项目名称');
  });

  it('takes the head of a numbered prompt as its label', () => {
    expect(promptHead('（2）项目实施方案：技术方案、服务推广、运营模式等')).toBe('项目实施方案');
    expect(promptHead('项目名称：')).toBeUndefined();
    expect(promptHead('无冒号的说明')).toBeUndefined();
  });
});

describe('the matcher with the vocabulary', () => {
  const confident = (fields: FieldSpec[]) =>
    Object.fromEntries(matchFields(page(fields), CATALOG).matches.map((match) => [match.fieldId, match.key]));

  it('matches synonyms, traditional labels and prompts', () => {
    expect(
      confident([
        { widget: 'text', evidence: { labelFor: '公司注册地址' } },
        { widget: 'text', evidence: { labelFor: '註冊資金' } },
        { widget: 'textarea', evidence: { placeholder: '（2）项目实施方案：技术方案、服务推广…' } },
        { widget: 'date', evidence: { precedingText: '竣工时间' } },
      ]),
    ).toEqual({
      f0: 'company.registeredAddress',
      f1: 'company.registeredCapital',
      f2: 'detail.implementationPlan',
      f3: 'project.period',
    });
  });

  it('fills no search box, login or captcha, whatever else its label says', () => {
    expect(
      confident([
        { widget: 'text', evidence: { labelFor: '项目名称', placeholder: '请输入项目名称查询' } },
        { widget: 'text', evidence: { labelFor: '手机号' }, inputType: 'search' },
        { widget: 'text', evidence: { labelFor: '短信验证码' } },
      ]),
    ).toEqual({});
  });

  it('gives a date labelled only 至 the end half of the range before it', () => {
    const result = matchFields(
      page([
        { widget: 'date', evidence: { precedingText: '项目起止时间' } },
        { widget: 'date', evidence: { precedingText: '至' } },
      ]),
      CATALOG,
    );
    expect(result.matches.map((match) => [match.key, match.part])).toEqual([
      ['project.period', 'start'],
      ['project.period', 'end'],
    ]);
  });
});
