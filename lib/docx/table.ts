import type { Edition, FieldDef, FieldValues } from '@/lib/catalog';
import { isFilled, isRequired } from '@/lib/validate';
import { fitTable } from './column-sizing';
import { formatValue } from './format';
import { type CellSpec, cellSpan, FORM_TABLE, type FormTableLayout } from './layout';
import {
  BLANK,
  box,
  flagged,
  flagNote,
  missing,
  type ParagraphBlock,
  paragraph,
  type Run,
  run,
  type TableBlock,
  type TableCell,
} from './model';
import { DRAFT_COLOR } from './styles';

export interface TableContext {
  edition: Edition;
  fields: ReadonlyMap<string, FieldDef>;
  values: FieldValues;
  /** Filled values that fail their rule, by key, with the rule's message (compose.ts `failedRules`). */
  flags?: ReadonlyMap<string, string>;
}

/** A filled value as runs: marked when it fails its rule. */
function valueText(
  field: FieldDef,
  context: TableContext,
  text: string,
  extra: Omit<Run, 'text'> = {},
): Run[] {
  const flag = context.flags?.get(field.key);
  return flag ? flagged(text, flag, extra) : [run(text, extra)];
}

/**
 * Tables 一 and 二 from their layout: every cell names its catalog key; nothing per field. A row
 * whose field the edition does not ask for (`until`/`since`) is left out; the edition's own
 * rows (`Edition.extraFields` of section project) follow table 二 as label · value rows.
 */
export function formTable(context: TableContext, layout: FormTableLayout = FORM_TABLE): TableBlock {
  const columns = layout.columns.length;
  const rows = layout.parts.flatMap((part) => [
    ...part.rows
      .filter((row) => row.every((spec) => keysOf(spec).every((key) => context.fields.has(key))))
      .map((row) => row.map((spec) => tableCell(spec, context, columns))),
    ...(part.section === 'project' ? editionRows(context) : []).map((row) =>
      row.map((spec) => tableCell(spec, context, columns)),
    ),
  ]);
  return fitTable({ type: 'table', columns: layout.columns, rows });
}

function keysOf(spec: CellSpec): string[] {
  switch (spec.kind) {
    case 'label':
    case 'value':
    case 'choice':
    case 'directions':
      return [spec.key];
    default:
      return [];
  }
}

function editionRows(context: TableContext): CellSpec[][] {
  return (context.edition.extraFields ?? [])
    .filter((field) => field.section === 'project')
    .map((field) => [
      { kind: 'label', key: field.key },
      { kind: 'value', key: field.key, span: 6 },
    ]);
}

function fieldOf(context: TableContext, key: string): FieldDef {
  const field = context.fields.get(key);
  if (!field)
    throw new Error(`The 申报书 layout names ${key}, which the ${context.edition.id} catalog lacks.`);
  return field;
}

function tableCell(spec: CellSpec, context: TableContext, columns: number): TableCell {
  const colSpan = cellSpan(spec, columns);
  switch (spec.kind) {
    case 'heading':
      return { kind: 'heading', colSpan, rowSpan: 1, paragraphs: [paragraph('cellHeading', spec.text)] };
    case 'group':
      return {
        kind: 'label',
        colSpan,
        rowSpan: spec.rowSpan,
        paragraphs: labelParagraphs(spec.text, spec.note),
      };
    case 'label': {
      const field = fieldOf(context, spec.key);
      const paragraphs = labelParagraphs(spec.text ?? field.label, spec.note);
      return { kind: 'label', key: spec.key, colSpan, rowSpan: 1, paragraphs };
    }
    default: {
      const key = spec.kind === 'honours' ? `honours.${spec.honours[0]}.level` : spec.key;
      return { kind: 'value', key, colSpan, rowSpan: 1, paragraphs: valueParagraphs(spec, context) };
    }
  }
}

function labelParagraphs(text: string, note: string | undefined): ParagraphBlock[] {
  const label = paragraph('cellLabel', text, { align: 'center' });
  return note ? [label, paragraph('cellNote', note, { align: 'center' })] : [label];
}

function valueParagraphs(
  spec: Exclude<CellSpec, { kind: 'heading' | 'group' | 'label' }>,
  context: TableContext,
) {
  switch (spec.kind) {
    case 'value':
      return plainValue(fieldOf(context, spec.key), context, spec.emptyText?.text);
    case 'choice':
      return [paragraph('cell', choiceRuns(fieldOf(context, spec.key), context))];
    case 'directions':
      return directionParagraphs(fieldOf(context, spec.key), context);
    case 'yesNo':
      return [paragraph('cell', yesNoRuns(spec.key, spec.details, context))];
    case 'honours':
      return honourParagraphs(spec.honours, spec.other, context);
  }
}

/** A required cell left empty prints 【待填写】; an optional one says why it is empty. */
function emptyRuns(field: FieldDef, context: TableContext, reason = '无'): Run[] {
  return isRequired(field, context.values) ? [missing()] : [run(reason)];
}

/** What goes in a blank of the printed text (上市时间：____): the value, 【待填写】 or the blank. */
function slotRuns(field: FieldDef, context: TableContext): Run[] {
  const value = context.values[field.key];
  if (value !== undefined && isFilled(value)) return valueText(field, context, formatValue(field, value));
  return isRequired(field, context.values) ? [missing()] : [run(BLANK)];
}

function plainValue(field: FieldDef, context: TableContext, emptyText?: string): ParagraphBlock[] {
  const value = context.values[field.key];
  if (value === undefined || !isFilled(value))
    return [paragraph('cell', emptyRuns(field, context, emptyText))];
  const text = formatValue(field, value);
  const flag = context.flags?.get(field.key);
  const extra = flag ? { color: DRAFT_COLOR } : {};
  const lines =
    field.kind !== 'longText'
      ? [paragraph('cell', [run(text, extra)])]
      : text
          .split(/\n+/)
          .filter((line) => line.trim() !== '')
          .map((line) => paragraph('cell', [run(line.trim(), extra)], { align: 'justify' }));
  // The rule's message on a line of its own, so it never widens the column of a short value.
  return flag ? [...lines, paragraph('cell', [flagNote(flag)])] : lines;
}

function chosen(field: FieldDef, context: TableContext): ReadonlySet<string> {
  const value = context.values[field.key];
  if (typeof value === 'string') return new Set([value]);
  if (Array.isArray(value)) return new Set(value.filter((item): item is string => typeof item === 'string'));
  return new Set();
}

/** □政府机关 □事业单位 … 其他（请注明）：text — the template prints no box before 其他. */
function choiceRuns(field: FieldDef, context: TableContext): Run[] {
  const picked = chosen(field, context);
  const runs: Run[] = [];
  for (const option of field.options ?? []) {
    if (option.isOther) {
      runs.push(run(`${option.label}（请注明）：`));
      const otherField = field.otherKey ? context.fields.get(field.otherKey) : undefined;
      const otherValue = otherField ? context.values[otherField.key] : undefined;
      if (otherField && otherValue !== undefined && isFilled(otherValue))
        runs.push(
          ...valueText(otherField, context, formatValue(otherField, otherValue), { underline: true }),
        );
      else runs.push(...(otherField && isRequired(otherField, context.values) ? [missing()] : [run(BLANK)]));
    } else {
      runs.push(box(picked.has(option.value)), run(`${option.label}　`));
    }
  }
  if (picked.size === 0 && isRequired(field, context.values)) runs.push(missing('【待勾选】'));
  return runs;
}

/** 示范项目领域: the edition's directions under their category, one per line as printed. */
function directionParagraphs(field: FieldDef, context: TableContext): ParagraphBlock[] {
  const picked = chosen(field, context);
  const paragraphs: ParagraphBlock[] = [];
  let category: string | undefined;
  for (const direction of context.edition.directions) {
    if (direction.category !== category) {
      category = direction.category;
      paragraphs.push(paragraph('cell', category));
    }
    paragraphs.push(
      paragraph('cell', [box(picked.has(direction.id)), run(`方向${direction.number}：${direction.label}`)]),
    );
  }
  if (picked.size === 0 && isRequired(field, context.values))
    paragraphs.push(paragraph('cell', [missing('【待勾选】')]));
  return paragraphs;
}

/** □否 □是（上市时间：…，上市地点：…，股票代码：…）. */
function yesNoRuns(key: string, details: readonly string[], context: TableContext): Run[] {
  const field = fieldOf(context, key);
  const value = context.values[key];
  const runs: Run[] = [box(value === false), run('否　'), box(value === true), run('是')];
  if (details.length > 0) {
    runs.push(run('（'));
    details.forEach((detailKey, index) => {
      const detail = fieldOf(context, detailKey);
      runs.push(run(`${detail.label}：`), ...slotRuns(detail, context));
      if (index < details.length - 1) runs.push(run('，'));
    });
    runs.push(run('）'));
  }
  if (typeof value !== 'boolean' && isRequired(field, context.values)) runs.push(missing('【待勾选】'));
  return runs;
}

/** 高新技术企业 □国家级/□省市级 授予年份：____年, per honour, then 其他市级以上荣誉自行添加：. */
function honourParagraphs(
  honours: readonly string[],
  otherKey: string,
  context: TableContext,
): ParagraphBlock[] {
  const lines = honours.map((id) => {
    const level = fieldOf(context, `honours.${id}.level`);
    const year = fieldOf(context, `honours.${id}.year`);
    const picked = chosen(level, context);
    const runs: Run[] = [run(`${level.label}　`)];
    (level.options ?? []).forEach((option, index) => {
      if (index > 0) runs.push(run('/'));
      runs.push(box(picked.has(option.value)), run(option.label));
    });
    if (picked.size === 0 && isRequired(level, context.values)) runs.push(missing('【待勾选】'));
    const yearValue = context.values[year.key];
    const yearText =
      typeof yearValue === 'string' && yearValue.trim() !== ''
        ? valueText(year, context, yearValue.trim())
        : isRequired(year, context.values)
          ? [missing()]
          : [run(BLANK)];
    runs.push(run('　授予年份：'), ...yearText, run('年'));
    return paragraph('cell', runs);
  });
  const other = fieldOf(context, otherKey);
  const otherValue = context.values[otherKey];
  const otherText = otherValue !== undefined && isFilled(otherValue) ? formatValue(other, otherValue) : '无';
  return [...lines, paragraph('cell', `${other.label}自行添加：${otherText}`)];
}
