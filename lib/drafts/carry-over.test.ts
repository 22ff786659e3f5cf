import { describe, expect, it } from 'vitest';
import { fieldIndex } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { carryDraftOver, questionChange } from './carry-over';

const draft2018 = { ...SAMPLE_APPLICANT.draft.values, 'project.direction': '2018-03' };

describe('carryDraftOver (从往年申报复制)', () => {
  it('carries every field the new form still has', () => {
    const { values } = carryDraftOver(draft2018, EDITION_2018, EDITION_2020);
    expect(values['project.name']).toBe(SAMPLE_APPLICANT.draft.values['project.name']);
    expect(values['detail.innovation']).toBe(SAMPLE_APPLICANT.draft.values['detail.innovation']);
  });

  it('maps 2018 健康医疗服务 to its 2020 successor 在线医疗服务', () => {
    expect(carryDraftOver(draft2018, EDITION_2018, EDITION_2020).values['project.direction']).toBe('2020-03');
  });

  it('drops a direction without an equivalent and says why', () => {
    const { values, attention } = carryDraftOver(
      { ...draft2018, 'project.direction': '2018-06' },
      EDITION_2018,
      EDITION_2020,
    );
    expect(values['project.direction']).toBeUndefined();
    expect(attention).toContainEqual({
      key: 'project.direction',
      reason: '2018年的「方向6：现代物流服务」在2020年没有对应方向，请重新选择示范项目领域。',
    });
  });

  it('two 2018 directions continue into 2020 方向8: each maps there', () => {
    for (const id of ['2018-07', '2018-08']) {
      const { values } = carryDraftOver({ 'project.direction': id }, EDITION_2018, EDITION_2020);
      expect(values['project.direction']).toBe('2020-08');
    }
  });

  it('flags old proofs, old dates and fields the new form does not have', () => {
    const { attention } = carryDraftOver(
      { ...draft2018, 'project.oldField': 'x' },
      EDITION_2018,
      EDITION_2020,
    );
    const keys = attention.map((item) => item.key);
    expect(keys).toContain('attachment.revenueProof');
    expect(keys).toContain('project.period');
    expect(keys).toContain('project.oldField');
    expect(attention.find((item) => item.key === 'attachment.revenueProof')?.reason).toContain('2019年');
  });

  it('lists a direction carried to a successor of another name for review', () => {
    const { attention } = carryDraftOver(draft2018, EDITION_2018, EDITION_2020);
    expect(attention).toContainEqual({
      key: 'project.direction',
      reason:
        '2018年的「方向3：健康医疗服务」对应2020年的「方向3：在线医疗服务」，已改选；方向名称变了，请核对项目内容是否仍然相符。',
    });
    // Same name, same question: nothing to review.
    const same = carryDraftOver({ 'project.direction': '2018-01' }, EDITION_2018, EDITION_2020);
    expect(same.attention).toEqual([]);
  });

  it('names the change of a question: wording, 字数 limit', () => {
    const field = fieldIndex(EDITION_2020).get('project.summary');
    if (!field) throw new Error('project.summary is in the catalog');
    expect(questionChange(field, { ...field, label: '项目简介' })).toBe('把「项目概述」改成了「项目简介」');
    expect(questionChange(field, { ...field, rules: { ...field.rules, maxWords: 300 } })).toBe(
      '把字数限制改为不超过300字',
    );
    expect(questionChange(field, field)).toBeUndefined();
  });
});
