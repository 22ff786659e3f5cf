import {
  type AttachmentRef,
  type ChoiceOption,
  type Edition,
  type FieldDef,
  type FieldValue,
  type FieldValues,
  fieldIndex,
} from '@/lib/catalog';
import { isFilled } from '@/lib/validate/conditions';
import { filesForSlot, proofKindsOf } from './match/proofs';
import { isRegionPart, type RegionPart } from './match/region-parts';
import { type AddressParts, type Province, splitAddress } from './region';
import type { FieldMatch, FieldSnapshot, PageSnapshot } from './types';

/** One step of a fill, as data: what to put where, already in the site's terms. */
export type Operation =
  | { type: 'setText'; fieldId: string; key: string; text: string }
  | { type: 'chooseOption'; fieldId: string; key: string; labels: string[] }
  | { type: 'checkOptions'; fieldId: string; key: string; choices: string[][] }
  | { type: 'setChecked'; fieldId: string; key: string; checked: boolean }
  | { type: 'setDate'; fieldId: string; key: string; text: string }
  | { type: 'setDateRange'; fieldId: string; key: string; start: string; end: string }
  | { type: 'attachFiles'; fieldId: string; key: string; files: AttachmentRef[] }
  /** A cascader: one level after another (省 → 市 → 区); an optional level may be absent. */
  | { type: 'choosePath'; fieldId: string; key: string; path: PathLevel[] };

/** One level of a cascader's path: the words its item may show. */
export interface PathLevel {
  words: string[];
  /** A municipality's repeated city level (重庆市 / 重庆市 / 渝北区), which some pickers omit. */
  optional?: boolean;
}

export type SkipReason = 'noValue' | 'pageHasValue' | 'unsupported';

export interface SkippedField {
  fieldId: string;
  key: string;
  reason: SkipReason;
  /** pageHasValue: what the page holds and what the draft would put there (for the preview). */
  current?: string;
  proposed?: string;
  /** zh-CN: why the field was left alone, when the reason alone does not say it. */
  note?: string;
}

export interface FillPlan {
  operations: Operation[];
  skipped: SkippedField[];
}

export interface PlanOptions {
  edition: Edition;
  /** Fields the user confirmed to overwrite in the preview (old → new). */
  overwrite?: ReadonlySet<string>;
  /** Items of a list (其他荣誉) already written by earlier rounds: new inputs continue from there. */
  listOffsets?: ReadonlyMap<string, number>;
  /** Fields beyond the edition's form: the user's own (lib/catalog/custom.ts). */
  extraFields?: readonly FieldDef[];
  /**
   * The GB/T 2260 table (lib/fill/region), for addresses a page asks in 省/市/区 parts. Without
   * it, or when it cannot split the address, the region controls are left alone and the street
   * input takes the whole address.
   */
  regions?: readonly Province[];
}

/** The words a page may use for an option: its printed label and its aliases. */
function optionWords(option: ChoiceOption): string[] {
  return [option.label, ...(option.aliases ?? [])];
}

const YES_WORDS = ['是', '有', 'Y', '1'];
const NO_WORDS = ['否', '无', '没有', 'N', '0'];

function choiceOf(field: FieldDef, value: string): string[] {
  const option = field.options?.find((item) => item.value === value);
  return option ? optionWords(option) : [value];
}

function textOf(field: FieldDef, value: FieldValue): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value) && field.kind === 'textList')
    return (value as string[]).filter(Boolean).join('\n');
  return undefined;
}

function pageValueText(field: FieldSnapshot): string {
  return Array.isArray(field.value) ? field.value.filter(Boolean).join('、') : field.value;
}

/**
 * Whether the page holds something the user typed or picked. Radio and checkbox groups are
 * not counted: sites pre-tick defaults (是否上市公司 ☑否), so a ticked box says nothing about
 * the user; undo restores them. A file slot takes more files.
 */
function pageHasValue(field: FieldSnapshot): boolean {
  const choiceGroup =
    field.widget === 'radioGroup' || field.widget === 'checkboxGroup' || field.widget === 'checkbox';
  if (field.widget === 'file' || choiceGroup) return false;
  return pageValueText(field).trim() !== '';
}

const regionNames = (name: string, short: string) => [name, ...(short ? [short] : [])];

/**
 * What one part of an address asked in parts receives: the words of its 省/市/区 (name and short
 * name, as pickers show either) or the street text; a note when it must be left alone.
 */
function regionOperation(
  base: { fieldId: string; key: string },
  part: RegionPart,
  widget: FieldSnapshot['widget'],
  address: string,
  table: readonly Province[] | undefined,
): Operation | { note: string } {
  const parts: AddressParts | undefined = table ? splitAddress(address, table) : undefined;
  if (!parts || !table) {
    // Never a guessed province: the user picks the region; the street input takes it all.
    if (part === 'street') return { ...base, type: 'setText', text: address };
    return { note: '地址无法按省/市/区拆分，省市区未填写，请在页面上选择' };
  }
  if (part === 'street') return { ...base, type: 'setText', text: parts.street };
  const province = table.find((item) => item.name === parts.province);
  const city = province?.cities.find((item) => item.name === parts.city);
  const district = (city?.districts ?? province?.cities.flatMap((item) => item.districts) ?? []).find(
    (item) => item.name === parts.district,
  );
  const municipality = parts.city === parts.province;
  const provinceWords = regionNames(parts.province, province?.short ?? '');
  const cityWords = municipality
    ? [parts.city, '市辖区', ...(province?.short ? [province.short] : [])]
    : regionNames(parts.city, city?.short ?? '');
  const districtWords = district ? [district.name] : [];
  if (part === 'region') {
    const path: PathLevel[] = [{ words: provinceWords }];
    if (parts.city) path.push({ words: cityWords, ...(municipality ? { optional: true } : {}) });
    if (districtWords.length) path.push({ words: districtWords });
    return { ...base, type: 'choosePath', path };
  }
  if (widget !== 'nativeSelect' && widget !== 'customSelect') return { note: '' };
  const words =
    part === 'province' ? provinceWords : part === 'city' ? (parts.city ? cityWords : []) : districtWords;
  if (words.length === 0) return { note: `地址中没有${part === 'city' ? '市' : '区/县'}一级，未选择` };
  return { ...base, type: 'chooseOption', labels: words };
}

/** What an upload slot asks for, read from its visible label evidence (never its name or id). */
function slotProofKinds(field: FieldSnapshot): string[] {
  return proofKindsOf(
    field.evidence.filter((item) => item.source !== 'name' && item.source !== 'id').map((item) => item.text),
  );
}

/** The operation that puts `value` into `field` as the widget expects it, or undefined. */
function operationFor(
  match: FieldMatch,
  snapshotField: FieldSnapshot,
  field: FieldDef,
  value: FieldValue,
  listIndex: number,
): Operation | undefined {
  const base = { fieldId: match.fieldId, key: match.key };
  const widget = snapshotField.widget;
  if (field.kind === 'attachment') {
    if (widget !== 'file') return undefined;
    const files = filesForSlot(slotProofKinds(snapshotField), value as AttachmentRef[]);
    return files.length > 0 ? { ...base, type: 'attachFiles', files } : undefined;
  }
  if (field.kind === 'dateRange' && typeof value === 'object' && value !== null && 'start' in value) {
    if (match.part)
      return { ...base, type: 'setDate', text: match.part === 'start' ? value.start : value.end };
    if (widget === 'dateRange') return { ...base, type: 'setDateRange', start: value.start, end: value.end };
    return { ...base, type: 'setText', text: `${value.start} - ${value.end}` };
  }
  if (field.kind === 'yesNo' && typeof value === 'boolean') {
    if (widget === 'checkbox') return { ...base, type: 'setChecked', checked: value };
    // ☐是 ☐否 drawn as checkboxes: tick one, untick the other.
    if (widget === 'checkboxGroup')
      return { ...base, type: 'checkOptions', choices: [value ? YES_WORDS : NO_WORDS] };
    return { ...base, type: 'chooseOption', labels: value ? YES_WORDS : NO_WORDS };
  }
  if (field.kind === 'singleChoice' && typeof value === 'string') {
    // A single choice drawn as checkboxes (☐国家级 ☐省市级): tick one, untick the others.
    if (widget === 'checkboxGroup')
      return { ...base, type: 'checkOptions', choices: [choiceOf(field, value)] };
    return { ...base, type: 'chooseOption', labels: choiceOf(field, value) };
  }
  if (field.kind === 'multiChoice' && Array.isArray(value)) {
    const choices = (value as string[]).map((item) => choiceOf(field, item));
    if (widget === 'checkboxGroup' || widget === 'customSelect')
      return { ...base, type: 'checkOptions', choices };
    return undefined;
  }
  if (field.kind === 'textList' && Array.isArray(value) && widget !== 'textarea') {
    // A list of single-line inputs (其他荣誉 one per input): the n-th input takes the n-th item.
    const item = (value as string[]).filter(Boolean)[listIndex];
    return item === undefined ? undefined : { ...base, type: 'setText', text: item };
  }
  const text = textOf(field, value);
  if (text === undefined) return undefined;
  if (widget === 'date' || widget === 'dateRange') return { ...base, type: 'setDate', text };
  if (widget === 'radioGroup' || widget === 'customSelect' || widget === 'nativeSelect') {
    return { ...base, type: 'chooseOption', labels: [text] };
  }
  if (widget === 'file' || widget === 'checkboxGroup' || widget === 'checkbox') return undefined;
  return { ...base, type: 'setText', text };
}

/**
 * Plans the fill: for every matched field the draft has a value for, one operation in page
 * order, formatted as the site expects. A field the user already filled on the page is
 * skipped (never overwritten) unless the user confirmed it in the preview.
 */
export function planFill(
  snapshot: PageSnapshot,
  matches: readonly FieldMatch[],
  values: FieldValues,
  options: PlanOptions,
): FillPlan {
  const byKey = new Map([
    ...fieldIndex(options.edition),
    ...(options.extraFields ?? []).map((field) => [field.key, field] as const),
  ]);
  const byId = new Map(snapshot.fields.map((field) => [field.id, field]));
  const operations: Operation[] = [];
  const skipped: SkippedField[] = [];
  const listPositions = new Map<string, number>();
  const ordered = [...matches].sort(
    (a, b) => (byId.get(a.fieldId)?.order ?? 0) - (byId.get(b.fieldId)?.order ?? 0),
  );
  for (const match of ordered) {
    const snapshotField = byId.get(match.fieldId);
    const field = byKey.get(match.key);
    if (!snapshotField || !field) continue;
    const value = values[match.key];
    const listIndex = listPositions.get(match.key) ?? options.listOffsets?.get(match.key) ?? 0;
    listPositions.set(match.key, listIndex + 1);
    if (!isFilled(value)) {
      skipped.push({ fieldId: match.fieldId, key: match.key, reason: 'noValue' });
      continue;
    }
    const base = { fieldId: match.fieldId, key: match.key };
    const regional =
      !snapshotField.unreadable && isRegionPart(match.part) && typeof value === 'string'
        ? regionOperation(base, match.part, snapshotField.widget, value, options.regions)
        : undefined;
    if (regional && 'note' in regional) {
      skipped.push({ ...base, reason: 'unsupported', ...(regional.note ? { note: regional.note } : {}) });
      continue;
    }
    // A widget whose value cannot be read is not written either: what it would do is unknown,
    // and a wrong fill is worse than a missed one.
    const operation = snapshotField.unreadable
      ? undefined
      : (regional ?? operationFor(match, snapshotField, field, value as FieldValue, listIndex));
    if (!operation) {
      // An upload slot asking for one kind of proof (审计报告) while the stored files of the
      // proof it matched are of another kind (纳税证明): nothing goes in, and the user is told.
      const note =
        field.kind === 'attachment' && snapshotField.widget === 'file'
          ? `草稿的「${field.label}」中没有这一栏要的文件（${slotProofKinds(snapshotField).length ? '文件名不符' : '无文件'}），未上传`
          : undefined;
      skipped.push({
        fieldId: match.fieldId,
        key: match.key,
        reason: 'unsupported',
        ...(note ? { note } : {}),
      });
      continue;
    }
    if (pageHasValue(snapshotField) && !options.overwrite?.has(match.fieldId)) {
      const proposed = describeOperation(operation);
      if (proposed !== pageValueText(snapshotField)) {
        skipped.push({
          fieldId: match.fieldId,
          key: match.key,
          reason: 'pageHasValue',
          current: pageValueText(snapshotField),
          proposed,
        });
      }
      continue;
    }
    operations.push(operation);
  }
  return { operations, skipped };
}

/** The value an operation writes, as text for previews and reports. */
export function describeOperation(operation: Operation): string {
  switch (operation.type) {
    case 'setText':
    case 'setDate':
      return operation.text;
    case 'chooseOption':
      return operation.labels[0] ?? '';
    case 'checkOptions':
      return operation.choices.map((words) => words[0]).join('、');
    case 'setChecked':
      return operation.checked ? '是' : '否';
    case 'setDateRange':
      return `${operation.start} 至 ${operation.end}`;
    case 'attachFiles':
      return operation.files.map((file) => file.name).join('、');
    case 'choosePath':
      return operation.path.map((level) => level.words[0]).join(' / ');
  }
}
