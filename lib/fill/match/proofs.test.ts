// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { AttachmentRef } from '@/lib/catalog';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { makeApplication } from '@/test/factories';
import { collectFields } from '../collect';
import { type Operation, planFill } from '../plan';
import { filledDetail } from '../session';
import { matchFields } from './index';
import { filesForSlot, proofKinds } from './proofs';

/**
 * Upload slots labelled only by what they ask for (no 附1-x numbering), in the markup of a
 * plain form, element-ui's el-upload and antd's upload: the slot is matched to the stored
 * proof by meaning, takes only the files of that proof that serve it, and one proof serves
 * several slots.
 */
const CATALOG = fieldsFor(EDITION_2020);
const file = (name: string): AttachmentRef => ({ id: name, name });
const values = makeApplication({
  'attachment.businessLicense': [file('营业执照（副本）.pdf')],
  'attachment.revenueProof': [file('2019年度财务审计报告.pdf'), file('2019年度企业所得税纳税证明.pdf')],
  'attachment.rdProof': [file('发明专利证书汇编.pdf'), file('团体标准文本.pdf')],
  'attachment.projectIpProof': [file('平台软件著作权登记证书.pdf')],
  'attachment.honourProof': [file('高新技术企业证书.pdf')],
  'attachment.declaration': [file('申报主体责任声明.pdf')],
});

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

/** Slot label → the names of the files the plan puts into it ('' when left alone). */
function planned(doc: Document): Record<string, string> {
  const { snapshot } = collectFields(doc);
  const result = matchFields(snapshot, CATALOG);
  const plan = planFill(snapshot, result.matches, values, { edition: EDITION_2020 });
  const byId = new Map(plan.operations.map((operation) => [operation.fieldId, operation]));
  const out: Record<string, string> = {};
  for (const field of snapshot.fields) {
    const label = field.evidence.find((item) => item.source !== 'name' && item.source !== 'id')?.text ?? '';
    const operation = byId.get(field.id);
    out[label.replace(/[*：:\s]/g, '')] =
      operation?.type === 'attachFiles' ? operation.files.map((item) => item.name).join('+') : '';
  }
  return out;
}

const EXPECTED = {
  营业执照: '营业执照（副本）.pdf',
  年度审计报告: '2019年度财务审计报告.pdf',
  纳税证明: '2019年度企业所得税纳税证明.pdf',
  荣誉证书: '高新技术企业证书.pdf',
  责任声明: '申报主体责任声明.pdf',
};

describe('upload slots by meaning', () => {
  it('a plain form: each slot gets the files of its kind, one proof serving two slots', () => {
    const doc = page(`<form>
      ${Object.keys(EXPECTED)
        .map(
          (label, index) =>
            `<p><label for="u${index}">${label}：</label><input type="file" id="u${index}"></p>`,
        )
        .join('')}
    </form>`);
    expect(planned(doc)).toEqual(EXPECTED);
  });

  it('element-ui uploads with other wordings (上传…, 完税证明, 财务报表, 资质 as 高新技术企业证书)', () => {
    const item = (
      label: string,
    ) => `<div class="el-form-item"><label class="el-form-item__label">${label}</label>
      <div class="el-form-item__content"><div class="el-upload el-upload--text"><button type="button">选择文件</button>
      <input type="file" name="file" class="el-upload__input"></div><ul class="el-upload-list"></ul></div></div>`;
    const doc = page(
      `<form class="el-form">${[
        '请上传营业执照',
        '完税证明',
        '财务审计报告',
        '高新技术企业证书',
        '申报主体责任声明',
      ]
        .map(item)
        .join('')}</form>`,
    );
    expect(planned(doc)).toEqual({
      请上传营业执照: '营业执照（副本）.pdf',
      完税证明: '2019年度企业所得税纳税证明.pdf',
      财务审计报告: '2019年度财务审计报告.pdf',
      高新技术企业证书: '高新技术企业证书.pdf',
      申报主体责任声明: '申报主体责任声明.pdf',
    });
  });

  it('antd uploads in a table, 知识产权 served by the proofs that hold it', () => {
    const row = (label: string) => `<tr><td>${label}</td><td><span class="ant-upload-wrapper">
      <div class="ant-upload ant-upload-select"><span class="ant-upload"><input type="file" accept=".pdf">
      <button type="button" class="ant-btn"><span>点击上传</span></button></span></div>
      <div class="ant-upload-list ant-upload-list-text"></div></span></td></tr>`;
    const doc = page(
      `<table>${['知识产权证明材料', '软件著作权登记证书', '营业执照扫描件'].map(row).join('')}</table>`,
    );
    expect(planned(doc)).toEqual({
      知识产权证明材料: '发明专利证书汇编.pdf+团体标准文本.pdf',
      软件著作权登记证书: '平台软件著作权登记证书.pdf',
      营业执照扫描件: '营业执照（副本）.pdf',
    });
  });

  it('leaves alone a slot whose proof holds only files of another kind, and says so', () => {
    const only = makeApplication({ 'attachment.revenueProof': [file('2019年度企业所得税纳税证明.pdf')] });
    const { snapshot } = collectFields(
      page('<p><label for="a">审计报告</label><input type="file" id="a"></p>'),
    );
    const result = matchFields(snapshot, CATALOG);
    expect(result.matches.map((match) => match.key)).toEqual(['attachment.revenueProof']);
    const plan = planFill(snapshot, result.matches, only, { edition: EDITION_2020 });
    expect(plan.operations).toEqual([]);
    expect(plan.skipped).toMatchObject([{ key: 'attachment.revenueProof', reason: 'unsupported' }]);
    expect(plan.skipped[0]?.note).toMatch(/没有这一栏要的文件/);
  });

  it('a slot whose label names no kind of proof (附1-3 主营业务收入证明) takes every file of its proof', () => {
    const { snapshot } = collectFields(
      page('<p><label for="a">附1-3 主营业务收入证明</label><input type="file" id="a"></p>'),
    );
    const result = matchFields(snapshot, CATALOG);
    const plan = planFill(snapshot, result.matches, values, { edition: EDITION_2020 });
    expect(plan.operations).toMatchObject([
      { type: 'attachFiles', key: 'attachment.revenueProof', files: values['attachment.revenueProof'] },
    ]);
  });
});

describe('proof kinds', () => {
  it('reads kinds from labels and file names, traditional characters included', () => {
    expect(proofKinds('年度審計報告')).toEqual(['audit']);
    expect(proofKinds('财务审计报告、纳税证明等')).toEqual(['audit', 'tax']);
    expect(proofKinds('其他附件')).toEqual([]);
  });

  it('never gives a file named for another kind; unnamed files serve when none is named', () => {
    const audit = { name: '审计报告.pdf' };
    const tax = { name: '纳税证明.pdf' };
    const scan = { name: 'scan001.pdf' };
    expect(filesForSlot(['audit'], [audit, tax, scan])).toEqual([audit]);
    expect(filesForSlot(['audit'], [tax, scan])).toEqual([scan]);
    expect(filesForSlot(['audit'], [tax])).toEqual([]);
    expect(filesForSlot([], [audit, tax])).toEqual([audit, tax]);
  });

  it('the fill report says which stored files went into the slot, and from which proof', () => {
    const operation: Operation = {
      type: 'attachFiles',
      fieldId: 'f0',
      key: 'attachment.revenueProof',
      files: [file('2019年度财务审计报告.pdf')],
    };
    const field = CATALOG.find((item) => item.key === 'attachment.revenueProof');
    expect(filledDetail(operation, '', field)).toBe(
      '上传「2019年度财务审计报告.pdf」（来自草稿的「申报单位主营业务收入(2019年)证明材料」）',
    );
  });
});
