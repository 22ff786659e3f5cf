import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { type FieldSpec, makeField } from '@/test/match-factories';
import { catalogIndex } from './candidates';
import { factsOf, kindFit, rewordedQuality, scoreField } from './score';

const fields = fieldsFor(EDITION_2020);
const index = catalogIndex(fields);

/** Scores of one field by catalog key. */
function scores(spec: FieldSpec): Record<string, number> {
  const facts = factsOf(makeField(spec), index);
  return Object.fromEntries(
    scoreField(facts, index).map((candidate) => [index.entries[candidate.entry]?.key, candidate.score]),
  );
}

function best(spec: FieldSpec): string | undefined {
  const facts = factsOf(makeField(spec), index);
  const [first] = scoreField(facts, index);
  return first ? index.entries[first.entry]?.key : undefined;
}

describe('labels a site words its own way', () => {
  it('reads a wording with the same frame and a dropped or swapped middle (rewordedQuality)', () => {
    expect(rewordedQuality('项目创新性', '项目实施的创新性')).toBeGreaterThan(0);
    expect(rewordedQuality('下一步工作计划', '下一步实施计划')).toBeGreaterThan(0);
    // A different head noun, a middle too long, digits (years), too short a frame: no.
    expect(rewordedQuality('主营业务收入', '主营业务领域')).toBe(0);
    expect(rewordedQuality('项目总投资', '项目已完成投资')).toBe(0);
    expect(rewordedQuality('2019年营业收入', '2020年营业收入')).toBe(0);
    expect(rewordedQuality('负责人手机', '联系人手机')).toBe(0);
    expect(best({ evidence: { cellLeft: '项目创新性' }, widget: 'textarea' })).toBe('detail.innovation');
    expect(
      scores({ evidence: { cellLeft: '下一步工作计划' }, widget: 'textarea' })['detail.nextSteps'],
    ).toBeGreaterThan(0.6);
  });

  it('weighs a catalog label at the end of a longer one (its head noun) above one at its start', () => {
    const head = scores({ evidence: { placeholder: '基本户开户银行' } })['company.bankName'] ?? 0;
    const start = scores({ evidence: { placeholder: '开户银行名称地址' } })['company.bankName'] ?? 0;
    expect(head).toBeGreaterThanOrEqual(0.6);
    expect(start).toBeLessThan(head);
  });

  it('knows a sub-field of a group spelt out in its label (第二联系人手机) by its sub-label under that group', () => {
    expect(best({ evidence: { formItemLabel: '手机号码' }, context: ['第二联系人'] })).toBe(
      'contact.secondMobile',
    );
    expect(best({ evidence: { formItemLabel: '姓名' }, context: ['备用联系人'] })).toBe('contact.secondName');
    expect(best({ evidence: { formItemLabel: '手机' }, context: ['申报联系人'] })).toBe('contact.mobile');
    const bare = scores({ evidence: { formItemLabel: '手机' } });
    expect(Math.max(...Object.values(bare))).toBeLessThan(0.6);
  });
});

describe('label evidence', () => {
  it('exact equality with a label or alias ≫ containment ≫ nothing', () => {
    const exact = scores({ evidence: { formItemLabel: '企业名称' } })['company.name'] ?? 0;
    const contains = scores({ evidence: { formItemLabel: '企业名称及简称' } })['company.name'] ?? 0;
    const within = scores({ evidence: { formItemLabel: '名称' } })['company.name'] ?? 0;
    expect(exact).toBe(1);
    expect(contains).toBeGreaterThan(within);
    expect(exact - contains).toBeGreaterThan(0.2);
    expect(scores({ evidence: { formItemLabel: '验证码' } })).toEqual({});
  });

  it('weighs sources: a label cell ≫ a placeholder ≫ a weak source', () => {
    const strong = scores({ evidence: { cellLeft: '项目名称' } })['project.name'] ?? 0;
    const medium = scores({ evidence: { placeholder: '项目名称' } })['project.name'] ?? 0;
    expect(strong).toBe(1);
    expect(medium).toBeCloseTo(0.8);
  });

  it('compares with and without the trailing unit, and corroborates across sources', () => {
    expect(best({ evidence: { formItemLabel: '注册资金（万元）' } })).toBe('company.registeredCapital');
    expect(best({ evidence: { formItemLabel: '研发人员规模（人）' } })).toBe('figures.rdStaff');
    const alone = scores({ evidence: { placeholder: '项目名称' } })['project.name'] ?? 0;
    const twice = scores({ evidence: { placeholder: '项目名称', title: '项目全称' } })['project.name'] ?? 0;
    expect(twice).toBeGreaterThan(alone);
  });

  it('recognises a printed hint under the label', () => {
    expect(
      best({ widget: 'textarea', evidence: { precedingText: '（产学研用情况、协同创新能力。）' } }),
    ).toBe('detail.collaboration');
  });
});

describe('widget ↔ kind', () => {
  it('a file input is only ever an attachment, and an attachment only ever a file input', () => {
    expect(kindFit('file', 'attachment')).toBe(1);
    expect(kindFit('file', 'text')).toBe(0);
    expect(kindFit('text', 'attachment')).toBe(0);
    expect(scores({ widget: 'file', evidence: { formItemLabel: '单位名称' } })).toEqual({});
    expect(best({ widget: 'text', evidence: { formItemLabel: '申报主体责任声明' } })).not.toBe(
      'attachment.declaration',
    );
  });

  it('choices, dates, numbers and text areas fit their kinds', () => {
    expect(kindFit('checkboxGroup', 'multiChoice')).toBe(1);
    expect(kindFit('radioGroup', 'yesNo')).toBe(1);
    expect(kindFit('customSelect', 'singleChoice')).toBe(1);
    expect(kindFit('textarea', 'textList')).toBe(1);
    expect(kindFit('date', 'year')).toBe(1);
    expect(kindFit('dateRange', 'dateRange')).toBe(1);
    expect(kindFit('dateRange', 'date')).toBe(0);
    expect(kindFit('number', 'amount')).toBe(1);
    expect(kindFit('number', 'email')).toBe(0);
  });
});

describe('options', () => {
  it('identify a choice field whose options no other field has, even without a label', () => {
    const options = ['大数据', '云计算', '区块链', '人工智能', '物联网'];
    expect(best({ widget: 'checkboxGroup', options })).toBe('company.mainBusiness');
    const directions = ['方向1：数字创意内容和服务', '方向2：线上线下融合服务', '方向3：在线医疗服务'];
    expect(best({ widget: 'customSelect', options: ['请选择', ...directions] })).toBe('project.direction');
  });

  it('是/否 alone does not say which yes/no question it is', () => {
    const found = scores({ widget: 'radioGroup', options: ['是', '否'] });
    expect(Math.max(0, ...Object.values(found))).toBeLessThan(0.6);
  });

  it('options that do not fit weaken a label', () => {
    const fits = scores({
      widget: 'radioGroup',
      evidence: { formItemLabel: '单位性质' },
      options: ['民营企业', '国有企业'],
    });
    const misfits = scores({
      widget: 'radioGroup',
      evidence: { formItemLabel: '单位性质' },
      options: ['A类', 'B类', 'C类'],
    });
    expect(fits['company.nature']).toBe(1);
    expect(misfits['company.nature'] ?? 0).toBeLessThan(0.6);
  });
});

describe('names and ids', () => {
  it('pinyin initials of a label, alias or group combination are medium evidence', () => {
    expect(scores({ evidence: { name: 'dwmc' } })['company.name']).toBeCloseTo(0.7);
    // A combination names the group too, though a hidden name counts less than a visible one.
    expect(scores({ evidence: { name: 'lxrsj' } })['contact.mobile']).toBeCloseTo(0.63);
    expect(scores({ evidence: { name: 'lxrsj' } })['leader.mobile'] ?? 0).toBeLessThan(0.25);
    expect(scores({ evidence: { id: 'form_tyshxydm' } })['company.creditCode']).toBeCloseTo(0.7);
  });

  it('never outweigh a visible label that names another field', () => {
    const found = scores({ evidence: { formItemLabel: '项目名称', name: 'dwmc' } });
    expect(found['project.name']).toBe(1);
    expect(found['company.name'] ?? 0).toBeLessThan(0.4);
  });

  it('English ids mean nothing by themselves', () => {
    expect(scores({ evidence: { id: 'entName' } })).toEqual({});
  });
});

describe('groups', () => {
  const contact = ['申报联系人', '一、申报单位基本信息'];
  const leader = ['项目负责人', '二、申报项目基本信息'];

  it('the nearest context decides between 申报联系人 and 项目负责人', () => {
    expect(best({ evidence: { formItemLabel: '手机' }, context: contact })).toBe('contact.mobile');
    expect(best({ evidence: { formItemLabel: '手机' }, context: leader })).toBe('leader.mobile');
    expect(best({ evidence: { formItemLabel: '手机' }, context: ['项目负责人', '申报联系人'] })).toBe(
      'leader.mobile',
    );
  });

  it('wording variants in the label decide too (联系人, 负责人, 高企)', () => {
    expect(best({ evidence: { formItemLabel: '负责人手机号' } })).toBe('leader.mobile');
    expect(best({ evidence: { formItemLabel: '联系人电子邮箱' } })).toBe('contact.email');
    expect(best({ evidence: { formItemLabel: '高企认定年份' } })).toBe('honours.highTech.year');
    expect(best({ evidence: { formItemLabel: '技术中心授予年份' } })).toBe('honours.techCenter.year');
  });

  it('without a group, a repeated sub-label stays below the threshold', () => {
    for (const label of ['姓名', '职务', '手机', '邮箱', '传真', '授予年份', '其他（请注明）']) {
      const found = scores({ evidence: { formItemLabel: label } });
      expect(Math.max(0, ...Object.values(found)), label).toBeLessThan(0.6);
    }
  });

  it('a group wording inside a longer label qualifies it, it does not name the person', () => {
    expect(scores({ evidence: { formItemLabel: '负责人电话' } })['leader.name'] ?? 0).toBeLessThan(0.25);
  });

  it('a rival group named nearer rules a field out', () => {
    const found = scores({ evidence: { formItemLabel: '传真' }, context: leader });
    expect(found['contact.fax'] ?? 0).toBeLessThan(0.25);
  });
});

describe('context', () => {
  it('a heading alone that equals a label is a guess, not a fill', () => {
    const found = scores({ widget: 'textarea', context: ['项目概述', '项目信息'] });
    expect(found['project.summary']).toBeGreaterThan(0.25);
    expect(found['project.summary']).toBeLessThan(0.6);
  });

  it('a group heading is never read as the label of its first field', () => {
    expect(scores({ context: ['申报联系人'] })).toEqual({});
  });
});
