/**
 * Read values → the import's result: split by scope into the company profile, figures per
 * fiscal year and the draft, in the catalog's printed order, each with its source. Also sets
 * the auxiliary 是/否 fields the form only implies (软件业企业: its figures filled, or the cells
 * marked 免填), found through the catalog's own conditions rather than by name.
 */
import type { Edition, FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import type { DocumentImport, ImportedValue, NotImported, ValueSource } from './types';

export interface KeyedValue {
  def: FieldDef;
  value: FieldValue;
  year?: number;
  source: ValueSource;
}

export interface AssembleInput {
  kind: DocumentImport['kind'];
  fileName: string;
  edition?: Edition;
  editionReason?: string;
  catalog: readonly FieldDef[];
  values: readonly KeyedValue[];
  /** Keys whose cell said they do not apply (免填). */
  notApplicable: ReadonlySet<string>;
  notImported: NotImported[];
}

/** The auxiliary yes/no field a field's requirement depends on (figures → 是否软件业企业). */
function auxiliaryCondition(def: FieldDef, defs: ReadonlyMap<string, FieldDef>): string | undefined {
  const required = def.rules.required;
  if (typeof required !== 'object' || !('key' in required.when) || !('equals' in required.when))
    return undefined;
  const condition = required.when;
  if (condition.equals !== true) return undefined;
  const target = defs.get(condition.key);
  return target?.auxiliary && target.kind === 'yesNo' ? target.key : undefined;
}

function implied(input: AssembleInput, defs: ReadonlyMap<string, FieldDef>): KeyedValue[] {
  const answers = new Map<string, { value: boolean; source: ValueSource }>();
  for (const item of input.values) {
    const key = auxiliaryCondition(item.def, defs);
    if (key) answers.set(key, { value: true, source: item.source });
  }
  for (const key of input.notApplicable) {
    const def = defs.get(key);
    const target = def ? auxiliaryCondition(def, defs) : undefined;
    if (target && !answers.has(target))
      answers.set(target, { value: false, source: { part: '表格', row: def?.label ?? key } });
  }
  return [...answers].map(([key, { value, source }]) => ({ def: defs.get(key) as FieldDef, value, source }));
}

export function assembleImport(input: AssembleInput): DocumentImport {
  const defs = new Map(input.catalog.map((field) => [field.key, field]));
  const order = new Map(input.catalog.map((field, index) => [field.key, index]));
  const all = [...input.values, ...implied(input, defs)].sort(
    (a, b) => (a.year ?? 0) - (b.year ?? 0) || (order.get(a.def.key) ?? 0) - (order.get(b.def.key) ?? 0),
  );
  const company: Record<string, FieldValue> = {};
  const draft: Record<string, FieldValue> = {};
  const figuresByYear: Record<number, Record<string, FieldValue>> = {};
  const values: ImportedValue[] = [];
  for (const item of all) {
    const { def, value, year, source } = item;
    if (def.scope === 'figures') {
      const fiscalYear = year ?? input.edition?.fiscalYear;
      if (fiscalYear === undefined) continue;
      figuresByYear[fiscalYear] ??= {};
      (figuresByYear[fiscalYear] as Record<string, FieldValue>)[def.key] = value;
      values.push({ key: def.key, value, year: fiscalYear, source });
      continue;
    }
    if (def.scope === 'company') company[def.key] = value;
    else if (def.scope === 'project') draft[def.key] = value;
    else continue;
    values.push({ key: def.key, value, source });
  }
  return {
    kind: input.kind,
    fileName: input.fileName,
    ...(input.edition ? { editionId: input.edition.id } : {}),
    ...(input.editionReason ? { editionReason: input.editionReason } : {}),
    company: company as FieldValues,
    figuresByYear: figuresByYear as Record<number, FieldValues>,
    ...(input.kind === 'docx' ? { draft: draft as FieldValues } : {}),
    values,
    notImported: input.notImported,
  };
}
