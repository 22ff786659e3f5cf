import { describe, expect, it } from 'vitest';
import { fieldsFor } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import { valuesSchemaFor } from './schema';

const fields = fieldsFor(EDITION_2020);
const companySchema = valuesSchemaFor(fields.filter((field) => field.scope === 'company'));
const draftSchema = valuesSchemaFor(
  fields.filter((field) => field.scope === 'project' || field.scope === 'attachment'),
);

describe('zod schemas derived from the catalog', () => {
  it('accept the sample applicant’s stored shapes', () => {
    expect(companySchema.safeParse(SAMPLE_APPLICANT.company).success).toBe(true);
    expect(draftSchema.safeParse(SAMPLE_APPLICANT.draft.values).success).toBe(true);
  });

  it('accept a partial draft: every key is optional while the user is still writing', () => {
    expect(draftSchema.safeParse({ 'project.name': '半成品' }).success).toBe(true);
  });

  it('reject a value of the wrong shape and name the key', () => {
    const result = companySchema.safeParse({ 'company.listed': '是' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['company.listed']);
  });

  it('reject keys the catalog does not know, so a foreign file is caught at the boundary', () => {
    const result = companySchema.safeParse({ 'company.name': '某公司', 'company.colour': 'red' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('the plain shape checks agree with the zod schemas', () => {
  it('on the sample and on values of every wrong type', async () => {
    const { hasShape } = await import('./shapes');
    const { VALUE_SCHEMA_BY_KIND } = await import('./schema');
    const probes: unknown[] = [
      '文本',
      '',
      true,
      42,
      null,
      ['a', 'b'],
      [1],
      { start: '2019-01-01', end: '2020-01-01' },
      { start: 1 },
      [{ name: 'a.pdf', year: 2019 }],
      [{ name: '' }],
      [{ id: 'x', name: 'a.pdf' }],
      [{ name: 'a.pdf', year: 1.5 }],
    ];
    for (const kind of Object.keys(VALUE_SCHEMA_BY_KIND) as (keyof typeof VALUE_SCHEMA_BY_KIND)[]) {
      for (const probe of probes) {
        expect(hasShape(kind, probe), `${kind} ${JSON.stringify(probe)}`).toBe(
          VALUE_SCHEMA_BY_KIND[kind].safeParse(probe).success,
        );
      }
    }
  });
});
