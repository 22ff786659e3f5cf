// @vitest-environment jsdom
/**
 * Round trip (issue 13, measured): Shenbao's own .docx export of the sample draft, imported
 * back, gives every printed field back equal, for each edition.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applicationValues, type Edition, fieldsFor } from '@/lib/catalog';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { buildApplicationDocx } from '@/lib/docx/build';
import { carryDraftOver } from '@/lib/drafts/carry-over';
import { openDatabase } from '@/lib/store/db';
import { listCompanies, listDrafts, listFigures } from '@/lib/store/repository';
import { TEST_TODAY } from '@/test/factories';
import { applyDocumentImport } from './apply';
import { importDocx } from './docx';

function sampleFor(edition: Edition) {
  const from = EDITION_2020;
  const draft =
    edition.id === from.id
      ? SAMPLE_APPLICANT.draft.values
      : {
          ...carryDraftOver(SAMPLE_APPLICANT.draft.values, from, edition).values,
          'project.direction': edition.directions[0]?.id,
        };
  return {
    company: SAMPLE_APPLICANT.company,
    figures: SAMPLE_APPLICANT.figuresByYear[edition.fiscalYear] ?? {},
    draft,
  };
}

describe.each([EDITION_2020, EDITION_2018])('round trip of the $id 申报书', (edition) => {
  // Building and reading a whole 申报书 takes seconds on a loaded 2-core machine.
  it('imports every printed field of the exported sample back equal', { timeout: 30_000 }, async () => {
    const sample = sampleFor(edition);
    const values = applicationValues(
      sample.company,
      { [edition.fiscalYear]: sample.figures },
      sample.draft,
      edition,
    );
    const bytes = await buildApplicationDocx({ edition, values, draftMarked: false, today: TEST_TODAY });
    const result = importDocx(bytes, 'sample.docx');
    expect(result.editionId).toBe(edition.id);
    // Extra fields (成立日期, 开户银行 …) are kept in the profile but never printed.
    const printable = fieldsFor(edition).filter((field) => field.kind !== 'attachment' && !field.extra);
    const scoped = (scope: string) =>
      Object.fromEntries(
        printable
          .filter((field) => field.scope === scope && values[field.key] !== undefined)
          .map((field) => [field.key, values[field.key]]),
      );
    expect(result.company).toEqual(scoped('company'));
    expect(result.figuresByYear).toEqual({ [edition.fiscalYear]: scoped('figures') });
    expect(result.draft).toEqual(scoped('project'));
    expect(result.notImported).toEqual([]);

    // Into an empty store: one company, its figures of the fiscal year, one draft.
    const db = await openDatabase(`roundtrip-${edition.id}`);
    const applied = await applyDocumentImport(db, result, { mode: 'new' });
    const [company] = (await listCompanies(db)).records;
    expect(company?.profile).toEqual(scoped('company'));
    expect(
      (await listFigures(db, applied.companyId)).records.map((record) => [record.year, record.values]),
    ).toEqual([[edition.fiscalYear, scoped('figures')]]);
    const [draft] = (await listDrafts(db)).records;
    expect(draft).toMatchObject({
      editionId: edition.id,
      companyId: applied.companyId,
      values: scoped('project'),
    });
    db.close();
  });
});
