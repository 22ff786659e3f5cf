/**
 * Reads a filled 申报书 (.docx) into a company profile, the fiscal year's figures and a draft
 * of the matching edition. The document's fields (docx-fields.ts) are described as the fill's
 * collector describes a page, and the fill's matcher and page reader (lib/fill/match,
 * lib/check/page-values) decide which catalog field each label means and read its value: one
 * notion of "this label means that field" for the site and the file.
 */
import {
  BASE_FIELDS,
  EDITIONS,
  type Edition,
  type FieldDef,
  type FieldValue,
  fieldsFor,
  LATEST_EDITION,
} from '@/lib/catalog';
import { readPageValues } from '@/lib/check/page-values';
import { matchFields, normalizeText } from '@/lib/fill/match';
import type { FieldMatch, FieldSnapshot, PageSnapshot } from '@/lib/fill/types';
import { assembleImport, type KeyedValue } from './assemble';
import { convertValue, isPlaceholder, saysNotApplicable } from './convert';
import { readDocxBlocks } from './docx-blocks';
import { type FoundField, findFields } from './docx-fields';
import { IMPORT_MESSAGES, ImportError } from './errors';
import { unzipParts } from './ooxml';
import type { DocumentImport, NotImported } from './types';

/** Fewer recognised table rows than this and the file is not a 申报书. */
const MIN_TABLE_MATCHES = 5;

const PROMPTS = new Set(
  BASE_FIELDS.flatMap((field) => (field.hint ? [normalizeText(field.hint)] : [])).filter(Boolean),
);

/** The printed guidance of a field left in place: not the applicant's text. */
export function isPrompt(text: string): boolean {
  return PROMPTS.has(normalizeText(text));
}

function snapshotField(found: FoundField, order: number): FieldSnapshot {
  const choice = found.kind === 'choice';
  return {
    id: found.id,
    widget: choice ? 'customSelect' : found.kind === 'longText' ? 'textarea' : 'text',
    framework: 'native',
    evidence: [{ source: 'cellLeft', text: found.label }],
    context: found.context,
    ...(choice ? { options: (found.options ?? []).map(({ label, checked }) => ({ label, checked })) } : {}),
    value: choice
      ? (found.options ?? []).filter((option) => option.checked).map((option) => option.label)
      : found.value,
    readOnly: false,
    disabled: false,
    visible: true,
    order,
    frame: '',
  };
}

const YEAR_IN_LABEL = /((?:19|20)\d\d)\s*年/u;

/** The edition a 申报书 belongs to: its cover title, else the year its figures are of. */
function detectEdition(
  coverText: string,
  found: readonly FoundField[],
): { edition: Edition; reason: string } {
  const cover = coverText.replace(/\s+/gu, '');
  const byTitle = EDITIONS.map((edition) => ({
    edition,
    score: (cover.includes(edition.programme) ? 2 : 0) + (cover.includes(`${edition.year}年`) ? 1 : 0),
  }))
    .filter((item) => item.score >= 2)
    .sort((a, b) => b.score - a.score)[0];
  if (byTitle) return { edition: byTitle.edition, reason: `封面标题「${byTitle.edition.programme}」` };
  for (const field of found) {
    const year = Number(YEAR_IN_LABEL.exec(field.label)?.[1]);
    const edition = EDITIONS.find((item) => item.fiscalYear === year);
    if (edition) return { edition, reason: `表格中的「${field.label}」` };
  }
  return {
    edition: LATEST_EDITION,
    reason: `没有认出申报批次，按最新的 ${LATEST_EDITION.year} 年批次导入`,
  };
}

/**
 * The catalog fields a region of the 申报书 may hold. Only what the 申报书 prints: an extra
 * field (成立日期, 网址, 职工总数 … FieldDef.extra) is never printed, so a row that resembles
 * one is a row someone added, not that field, and is reported rather than imported.
 */
function regionFields(all: readonly FieldDef[], region: FoundField['region']): FieldDef[] {
  const usable = all.filter((field) => field.kind !== 'attachment' && !field.auxiliary && !field.extra);
  if (region === 'cover') return usable.filter((field) => field.section === 'cover');
  if (region === 'detail') return usable.filter((field) => field.section === 'detail');
  return usable.filter((field) => field.section !== 'detail');
}

function displayText(found: FoundField): string {
  if (found.kind !== 'choice') return found.value;
  const ticked = (found.options ?? []).filter((option) => option.checked).map((option) => option.label);
  return ticked.length > 0 ? `☑${ticked.join(' ☑')}` : '';
}

/** Reads a .docx's bytes. Throws ImportError (zh-CN) when it is not a readable 申报书. */
export function importDocx(bytes: Uint8Array, fileName: string): DocumentImport {
  const parts = unzipParts(bytes, (path) => path === 'word/document.xml');
  const blocks = readDocxBlocks(parts);
  const shape = findFields(blocks, isPrompt);
  const { edition, reason } = detectEdition(shape.coverText, shape.fields);
  const catalog = fieldsFor(edition);
  const defs = new Map(catalog.map((field) => [field.key, field]));

  const matches: FieldMatch[] = [];
  const unsure: FieldMatch[] = [];
  const taken = new Set<string>();
  for (const region of ['table', 'detail', 'cover'] as const) {
    const found = shape.fields.filter((field) => field.region === region);
    const snapshot: PageSnapshot = { url: '', host: '', fields: found.map(snapshotField) };
    const result = matchFields(snapshot, regionFields(catalog, region));
    for (const match of result.matches) {
      if (taken.has(match.key)) continue;
      taken.add(match.key);
      matches.push(match);
    }
    if (region !== 'cover') unsure.push(...result.unsure);
  }
  const regionOf = new Map(shape.fields.map((field) => [field.id, field.region]));
  const tableMatches = matches.filter((match) => regionOf.get(match.fieldId) === 'table').length;
  if (tableMatches < MIN_TABLE_MATCHES) throw new ImportError(IMPORT_MESSAGES.notApplication);

  const byId = new Map(shape.fields.map((field) => [field.id, field]));
  const snapshot: PageSnapshot = {
    url: '',
    host: '',
    fields: shape.fields.map((field, order) => snapshotField(field, order)),
  };
  const read = readPageValues(snapshot, matches, catalog);
  const notImported: NotImported[] = [];
  const keyed: KeyedValue[] = [];
  const matchedIds = new Set(matches.map((match) => match.fieldId));
  const notApplicable = new Set<string>();

  for (const match of matches) {
    const found = byId.get(match.fieldId) as FoundField;
    const def = defs.get(match.key) as FieldDef;
    if (saysNotApplicable(found.value)) notApplicable.add(match.key);
    const unreadable = read.unreadable.get(match.key);
    if (unreadable) {
      notImported.push({
        source: found.source,
        label: found.label,
        text: displayText(found),
        reason: 'unreadable',
        key: match.key,
        message: `「${def.label}」勾选的「${'labels' in unreadable ? unreadable.labels.join('、') : ''}」不是表中的选项，请导入后手动选择。`,
      });
      continue;
    }
    const value = read.values[match.key];
    if (value === undefined) continue;
    const converted = convertValue(def, value as FieldValue, found.label);
    if ('problem' in converted) {
      notImported.push({
        source: found.source,
        label: found.label,
        text: displayText(found),
        reason: 'unreadable',
        key: match.key,
        message: `${converted.problem}，没有导入「${def.label}」，请导入后手动填写。`,
      });
      continue;
    }
    if (converted.value === undefined) continue;
    const year =
      def.scope === 'figures'
        ? Number(YEAR_IN_LABEL.exec(found.label)?.[1] ?? edition.fiscalYear)
        : undefined;
    keyed.push({ def, value: converted.value, source: found.source, ...(year ? { year } : {}) });
  }

  const unsureIds = new Map(unsure.map((match) => [match.fieldId, match]));
  for (const found of shape.fields) {
    if (matchedIds.has(found.id) || found.region === 'cover') continue;
    const text = displayText(found);
    if (!text.trim() || isPlaceholder(text) || isPrompt(text)) continue;
    const guess = unsureIds.get(found.id);
    const guessDef = guess ? defs.get(guess.key) : undefined;
    notImported.push({
      source: found.source,
      label: found.label,
      text,
      reason: guessDef ? 'unsure' : 'unknownLabel',
      ...(guessDef ? { key: guessDef.key } : {}),
      message: guessDef
        ? `「${found.label}」可能是「${guessDef.label}」，但不够确定，没有导入。`
        : `申报书中没有「${found.label}」这一栏，没有导入。`,
    });
  }

  return assembleImport({
    kind: 'docx',
    fileName,
    edition,
    editionReason: reason,
    catalog,
    values: keyed,
    notApplicable,
    notImported,
  });
}
