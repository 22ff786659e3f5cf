import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Edition } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { docxText, NoticeReadError } from './docx-text';
import { proposeEdition } from './propose';
import { editionPackageSchema } from './schema';

const parser = new new JSDOM('').window.DOMParser();
const parseXml = (xml: string) => parser.parseFromString(xml, 'application/xml');
const DOCX = 'test/fixtures/editions/2020-notice.docx';
const noticeText = () => docxText(new Uint8Array(readFileSync(DOCX)), parseXml);

/** What a notice cannot state: which earlier direction a new one continues (the review sets it). */
function withoutContinues(edition: Edition): Edition {
  return { ...edition, directions: edition.directions.map(({ continues: _, ...direction }) => direction) };
}

// jsdom's first DOMParser and the catalog's first load are slow on a busy 2-core machine.
describe('proposeEdition', { timeout: 30_000 }, () => {
  it('reads the 2020 notice (.docx made from the seed) into the 2020 package, without hand edits', () => {
    const { edition, missing } = proposeEdition(noticeText(), { document: EDITION_2020.citation.document });
    expect(missing).toEqual([]);
    expect(withoutContinues(edition)).toEqual(withoutContinues(EDITION_2020));
    expect(editionPackageSchema.safeParse(edition).success).toBe(true);
  });

  it('proposes continues only where an earlier direction has the same name', () => {
    const { edition } = proposeEdition(noticeText(), { document: 'x' });
    const continued = edition.directions.filter((direction) => direction.continues);
    expect(continued.map((direction) => [direction.id, direction.continues])).toEqual([
      ['2020-01', ['2018-01']],
      ['2020-02', ['2018-02']],
      ['2020-05', ['2018-05']],
    ]);
  });

  it('reads pasted text the same way as the .docx', () => {
    const pasted = readFileSync('docs/sources/2020-notice-and-form.txt', 'utf8');
    const fromText = proposeEdition(pasted, { document: 'x' }).edition;
    const fromDocx = proposeEdition(noticeText(), { document: 'x' }).edition;
    expect(fromText).toEqual(fromDocx);
  });

  it('reads a made-up later edition: changed directions, a new row with its 字数 limit, a new date', () => {
    const later = readFileSync('test/fixtures/editions/2021-notice.txt', 'utf8');
    const { edition, missing } = proposeEdition(later, { document: '2021-notice.txt' });
    expect(missing).toEqual([]);
    expect(edition.id).toBe('2021');
    expect(edition.fiscalYear).toBe(2020);
    expect(
      edition.directions.map((direction) => `${direction.number} ${direction.category} ${direction.label}`),
    ).toEqual([
      '1 生活类信息消费 数字创意内容和服务',
      '2 生活类信息消费 线上线下融合服务',
      '3 公共服务类信息消费 在线医疗服务',
      '4 公共服务类信息消费 网络教育服务',
      '5 行业类信息消费 电子商务平台服务',
      '6 行业类信息消费 工业互联网平台服务',
      '7 新型信息产品消费 智能可穿戴产品',
      '8 新型信息产品消费 前沿科技信息产品',
      '9 信息消费支撑平台 远程办公服务平台',
      '10 信息消费支撑平台 信息消费体验中心',
      '11 信息消费支撑平台 数字乡村服务平台',
    ]);
    expect(edition.extraFields).toEqual([
      expect.objectContaining({
        key: 'edition.2021.row1',
        label: '数据安全保障措施',
        kind: 'longText',
        rules: { required: 'always', maxWords: 300 },
      }),
    ]);
    expect(edition.wordLimits).toEqual({ 'project.summary': 500 });
    expect(edition.submission).toMatchObject({
      deadline: '2021-06-30',
      paperCopies: 3,
      office: '市经济信息委9008办公室',
    });
    expect(edition.attachments.find((item) => item.key === 'attachment.revenueProof')?.label).toBe(
      '申报单位主营业务收入(2020年)证明材料',
    );
    expect(editionPackageSchema.safeParse(edition).success).toBe(true);
  });

  it('says in zh-CN what it could not read', () => {
    const { missing } = proposeEdition('随便一段文字', { document: 'x' });
    expect(missing.length).toBeGreaterThanOrEqual(3);
    for (const message of missing) expect(message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses a file that is not a .docx with a zh-CN message', () => {
    expect(() => docxText(new Uint8Array([1, 2, 3]), parseXml)).toThrow(NoticeReadError);
    expect(() => docxText(new Uint8Array([1, 2, 3]), parseXml)).toThrow(/\.docx/);
  });
});
