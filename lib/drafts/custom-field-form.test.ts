import { describe, expect, it } from 'vitest';
import { type CustomFieldForm, parseCustomFieldForm } from './custom-field-form';

const form = (overrides: Partial<CustomFieldForm>): CustomFieldForm => ({
  label: '',
  aliases: '',
  kind: 'text',
  options: '',
  maxWords: '',
  required: false,
  ...overrides,
});

describe('the 添加栏目 form', () => {
  it('turns what was typed into a definition', () => {
    expect(
      parseCustomFieldForm(
        form({
          label: ' 是否省级示范 ',
          aliases: '省级示范、省级示范项目，是否省级示范',
          kind: 'choice',
          options: '是，否',
        }),
        new Set(),
      ),
    ).toEqual({
      ok: true,
      field: {
        label: '是否省级示范',
        aliases: ['省级示范', '省级示范项目'],
        kind: 'choice',
        required: false,
        options: ['是', '否'],
      },
    });
    expect(
      parseCustomFieldForm(form({ label: '负责人意见', kind: 'longText', maxWords: '200' }), new Set()),
    ).toMatchObject({
      ok: true,
      field: { maxWords: 200 },
    });
  });

  it('says in zh-CN what to fix', () => {
    expect(parseCustomFieldForm(form({}), new Set())).toMatchObject({
      ok: false,
      message: expect.stringContaining('请填写栏目名称'),
    });
    expect(parseCustomFieldForm(form({ label: '单位名称' }), new Set(['单位名称']))).toMatchObject({
      ok: false,
      message: '已有名为「单位名称」的栏目，请直接在那里填写。',
    });
    expect(
      parseCustomFieldForm(form({ label: '甲', kind: 'choice', options: '是' }), new Set()),
    ).toMatchObject({ ok: false });
    expect(
      parseCustomFieldForm(form({ label: '乙', kind: 'longText', maxWords: '四百' }), new Set()),
    ).toMatchObject({ ok: false });
  });
});
