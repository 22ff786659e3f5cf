import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EDITIONS } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { squash } from './propose';
import { asEdition, editionPackageSchema } from './schema';

const flat = (text: string) => squash(text.replace(/\n/g, ''));

describe('edition packages', () => {
  it('every built-in package is a JSON value the schema accepts unchanged', () => {
    for (const edition of EDITIONS) {
      const json = JSON.parse(JSON.stringify(edition));
      expect(json).toEqual(edition);
      const parsed = editionPackageSchema.parse(json);
      expect(asEdition(parsed)).toEqual(edition);
    }
  });

  it('ids, direction ids and attachment keys are unique across editions', () => {
    const directionIds = EDITIONS.flatMap((edition) => edition.directions.map((direction) => direction.id));
    expect(new Set(directionIds).size).toBe(directionIds.length);
    expect(new Set(EDITIONS.map((edition) => edition.id)).size).toBe(EDITIONS.length);
    const known = new Set(directionIds);
    for (const id of EDITIONS.flatMap((edition) => edition.directions.flatMap((d) => d.continues ?? [])))
      expect(known.has(id), id).toBe(true);
  });

  for (const edition of EDITIONS) {
    describe(`${edition.id} against its source notice (${edition.citation.document})`, () => {
      const source = flat(readFileSync(edition.citation.document, 'utf8'));

      it('quotes the submission sentence and names the office, copies and deadline as printed', () => {
        expect(source).toContain(flat(edition.submission.quote));
        // 我委 / 市经济信息委 is the relaying body; the office itself is printed as is.
        expect(flat(edition.submission.quote)).toContain(
          flat(edition.submission.office).replace(/^.*?委(员会)?/, ''),
        );
        const [, month, day] = edition.submission.deadline.split('-').map(Number);
        expect(flat(edition.submission.quote)).toContain(`${month}月${day}日前`);
      });

      it('prints every direction in the notice, in order, under its category', () => {
        let from = 0;
        for (const direction of edition.directions) {
          const at = source.indexOf(direction.label, from);
          expect(at, direction.label).toBeGreaterThanOrEqual(0);
          from = at;
          expect(source).toContain(direction.category.replace(/信息消费$/, ''));
        }
      });

      it('cites its notice', () => {
        const cited = edition.citation.documentNumber ?? edition.citation.relayedBy ?? '';
        expect(cited).not.toBe('');
        if (edition.citation.documentNumber) expect(source).toContain(edition.citation.documentNumber);
      });
    });
  }

  it('2020: 填表须知 and the 附 items are the 申报书 printed in the seed', () => {
    const source = flat(readFileSync(EDITION_2020.citation.document, 'utf8'));
    for (const line of EDITION_2020.instructions) expect(source).toContain(line);
    for (const item of EDITION_2020.attachments) expect(source).toContain(squash(item.label));
    expect(EDITION_2020.inferred).toBeUndefined();
    expect(EDITION_2020.submission).toMatchObject({ paperCopies: 2, electronic: 'disc', pagingSeal: true });
  });

  it('2018: a paper submission; says which parts of its 申报书 are inferred', () => {
    const source = flat(readFileSync(EDITION_2018.citation.document, 'utf8'));
    expect(source).not.toContain('申报系统');
    expect(EDITION_2018.submission.onlineSystem).toBeUndefined();
    expect(EDITION_2018.submission).toMatchObject({ paperCopies: 3, binding: '胶装', electronic: 'file' });
    // The notice prints no 申报书: seals and the form are not claimed as its rules.
    expect(EDITION_2018.submission.seal).toBeUndefined();
    expect(EDITION_2018.submission.pagingSeal).toBeUndefined();
    expect(EDITION_2018.inferred?.join('')).toMatch(/申报书/);
    expect(EDITION_2018.inferred?.join('')).toMatch(/填表须知/);
    expect(EDITION_2018.inferred?.join('')).toMatch(/附1/);
  });
});
