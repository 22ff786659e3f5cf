import { describe, expect, it } from 'vitest';
import { captureOfferSchema, requestSchema } from './protocol';

const field = { label: '省级推荐批次编号', kind: 'text', value: 'CQ-2020-017', signature: 'text|a' };

describe('protocol: 从页面采集', () => {
  it('parses tab/capture, content/capture and capture/save; labels are trimmed', () => {
    expect(requestSchema.parse({ type: 'tab/capture', draftId: 'd1' })).toEqual({
      type: 'tab/capture',
      draftId: 'd1',
    });
    expect(requestSchema.parse({ type: 'content/capture', draftId: 'd1' }).type).toBe('content/capture');
    expect(
      requestSchema.parse({
        type: 'capture/save',
        draftId: 'd1',
        scope: 'draft',
        fields: [{ ...field, label: ' 省级推荐批次编号 ' }],
      }),
    ).toEqual({ type: 'capture/save', draftId: 'd1', scope: 'draft', fields: [field] });
  });

  it('refuses a save without fields, with an unknown scope or kind, an empty label or signature, or no draft', () => {
    const save = { type: 'capture/save', draftId: 'd1', scope: 'company', fields: [field] };
    for (const bad of [
      { ...save, fields: [] },
      { ...save, fields: Array.from({ length: 101 }, () => field) },
      { ...save, scope: 'site' },
      { ...save, fields: [{ ...field, kind: 'password' }] },
      { ...save, fields: [{ ...field, label: ' ' }] },
      { ...save, fields: [{ ...field, signature: '' }] },
      { ...save, draftId: '' },
      { type: 'tab/capture' },
    ])
      expect(requestSchema.safeParse(bad).success).toBe(false);
  });

  it('an offer carries each candidate’s page field id, and the withheld by label and reason', () => {
    const offer = {
      candidates: [{ ...field, fieldId: 'f3' }],
      withheld: [{ label: '图形验证码', reason: '验证码' }],
    };
    expect(captureOfferSchema.parse(offer)).toEqual(offer);
    expect(captureOfferSchema.safeParse({ candidates: [field], withheld: [] }).success).toBe(false);
  });
});
