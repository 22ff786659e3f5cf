/**
 * A figures sheet (年度经营数据) → figures per fiscal year. Years run along a row (a header) or
 * down a column; the other direction holds the figure names, matched to the catalog's figures
 * by the fill's matcher, as a .docx row is. Amounts in 元, 万元 or 亿元 (in the value, the
 * name, or a 「单位：元」 note anywhere in the sheet) are converted to the catalog's 万元.
 */
import { type FieldDef, type FieldValue, fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import { matchFields } from '@/lib/fill/match';
import type { FieldSnapshot } from '@/lib/fill/types';
import { assembleImport, type KeyedValue } from './assemble';
import { convertValue, isPlaceholder } from './convert';
import { IMPORT_MESSAGES, ImportError } from './errors';
import type { DocumentImport, NotImported } from './types';

const YEAR = /^((?:19|20)\d\d)\s*(?:年度?)?(?:\s*[（(].*[)）])?$/u;

function yearOf(text: string | undefined): number | undefined {
  const match = YEAR.exec((text ?? '').normalize('NFKC').trim());
  return match ? Number(match[1]) : undefined;
}

interface Line {
  label: string;
  /** Year → cell text. */
  cells: Map<number, string>;
  position: number;
}

function transpose(rows: string[][]): string[][] {
  const width = Math.max(0, ...rows.map((row) => row.length));
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column] ?? ''));
}

/** The header with the most years (at least one), and the label lines across it. */
function linesOf(rows: string[][]): Line[] | undefined {
  let best: { index: number; years: Map<number, number> } | undefined;
  rows.forEach((row, index) => {
    const years = new Map<number, number>();
    row.forEach((cell, column) => {
      const year = yearOf(cell);
      if (year !== undefined && !years.has(year)) years.set(year, column);
    });
    if (years.size > 0 && (!best || years.size > best.years.size)) best = { index, years };
  });
  if (!best) return undefined;
  const header = best;
  const firstYearColumn = Math.min(...header.years.values());
  return rows.slice(header.index + 1).flatMap((row, offset) => {
    const label = row
      .slice(0, firstYearColumn)
      .map((cell) => cell.trim())
      .filter(Boolean)
      .join(' ');
    if (!label) return [];
    const cells = new Map<number, string>();
    for (const [year, column] of header.years) {
      const text = (row[column] ?? '').trim();
      if (text && !isPlaceholder(text)) cells.set(year, text);
    }
    return [{ label, cells, position: header.index + 1 + offset }];
  });
}

/** A 「单位：元」 / 「金额单位：万元」 note anywhere in the sheet. */
function sheetUnit(rows: string[][]): string | undefined {
  for (const cell of rows.flat()) {
    const match = /单位\s*[：:]\s*(亿元|万元|元)/u.exec(cell.normalize('NFKC'));
    if (match) return match[1];
  }
  return undefined;
}

export function importSheet(rows: string[][], fileName: string, sheetName: string): DocumentImport {
  const across = linesOf(rows);
  const down = linesOf(transpose(rows));
  // The direction with more labelled lines wins (a year header row vs a year column).
  const lines = [across, down]
    .filter((item): item is Line[] => item !== undefined)
    .sort(
      (a, b) =>
        b.filter((line) => line.cells.size > 0).length - a.filter((line) => line.cells.size > 0).length,
    )[0];
  if (!lines) throw new ImportError(IMPORT_MESSAGES.noYears);
  const unit = sheetUnit(rows);
  const catalog = fieldsFor(LATEST_EDITION);
  const figures = catalog.filter((field) => field.scope === 'figures');
  const snapshotFields: FieldSnapshot[] = lines.map((line, order) => ({
    id: `s${order}`,
    widget: 'text',
    framework: 'native',
    evidence: [{ source: 'cellLeft', text: line.label }],
    context: [],
    value: '',
    readOnly: false,
    disabled: false,
    visible: true,
    order,
    frame: '',
  }));
  const result = matchFields({ url: '', host: '', fields: snapshotFields }, figures);
  const defs = new Map(figures.map((field) => [field.key, field]));
  const part = `工作表「${sheetName}」`;
  const values: KeyedValue[] = [];
  const notImported: NotImported[] = [];
  const matched = new Map(result.matches.map((match) => [match.fieldId, match.key]));
  lines.forEach((line, order) => {
    const key = matched.get(`s${order}`);
    const def = key ? (defs.get(key) as FieldDef) : undefined;
    if (!def) {
      if (line.cells.size === 0) return;
      notImported.push({
        source: { part, row: line.label },
        label: line.label,
        text: [...line.cells].map(([year, text]) => `${year}年：${text}`).join('；'),
        reason: 'unknownLabel',
        message: `「${line.label}」不是申报书中的数据项，没有导入。`,
      });
      return;
    }
    const label =
      unit && !/[（(](?:亿元|万元|元)[)）]/u.test(line.label) ? `${line.label}（${unit}）` : line.label;
    for (const [year, text] of line.cells) {
      const source = { part, row: `${line.label}·${year}年` };
      const converted = convertValue(def, text as FieldValue, label);
      if ('problem' in converted) {
        notImported.push({
          source,
          label: line.label,
          text,
          reason: 'unreadable',
          key: def.key,
          message: `${converted.problem}，没有导入${year}年的「${def.label}」。`,
        });
      } else if (converted.value !== undefined) values.push({ def, value: converted.value, year, source });
    }
  });
  if (values.length === 0 && notImported.every((item) => item.reason === 'unknownLabel'))
    throw new ImportError(IMPORT_MESSAGES.noFigures);
  return assembleImport({
    kind: 'sheet',
    fileName,
    catalog,
    values,
    notApplicable: new Set(),
    notImported,
  });
}
