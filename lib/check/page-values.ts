/**
 * The reverse of lib/fill/plan.ts: what the page holds, turned back into the catalog's
 * stored shape (lib/catalog FieldValue), so 「检查」 validates what the site will receive
 * rather than what the draft says, and 写回草稿 can take a page value into the draft.
 *
 * Pure: a snapshot (lib/fill/collect), the matches (lib/fill/match) and the edition's fields
 * in; values out. Nothing here touches the DOM.
 */
import type { AttachmentRef, ChoiceOption, FieldDef, FieldValue, FieldValues } from '@/lib/catalog';
import { adapterFor } from '@/lib/fill/adapters';
import { splitRange } from '@/lib/fill/collect/value';
import { normalizeText } from '@/lib/fill/match';
import { withoutTrailingBracket } from '@/lib/fill/match/normalize';
import { isRegionPart } from '@/lib/fill/match/region-parts';
import { joinAddress } from '@/lib/fill/region';
import type { FieldMatch, FieldSnapshot, PageSnapshot } from '@/lib/fill/types';
import { checkDate } from '@/lib/validate/formats';

/** Why a key that is on the page has no value in `values` although the page may hold one. */
export type Unreadable =
  /**
   * A file slot whose snapshot value carries no information: native and layui slots report
   * only the files chosen in the `<input type=file>`, which is empty again once the site has
   * uploaded them (or after a reload), even when the site lists uploaded files beside it.
   */
  | { reason: 'noFileInfo' }
  /** The page's choice (option label, select text) names none of the catalog's options. */
  | { reason: 'unknownOption'; labels: string[] }
  /** Only one half of a two-input 起止日期 is on the page (`part`: the half that is). */
  | { reason: 'partialRange'; part: 'start' | 'end' }
  /**
   * A widget the collector cannot read (`FieldSnapshot.unreadable`: a library no adapter
   * knows, a contenteditable, a custom element): whatever it holds is unknown, not empty.
   */
  | { reason: 'widget' };

export interface PageValues {
  /** Matched keys with a value on the page, in the catalog's stored shape. Empty fields are absent. */
  values: FieldValues;
  /** Every matched key on the page → its field ids, in page order (the fields to mark). */
  sources: Map<string, string[]>;
  /** Keys on the page whose value could not be read; neither validated nor compared. */
  unreadable: Map<string, Unreadable>;
}

/** Words a page uses for 是/否 (plan.ts writes 是/有/Y/1 and 否/无/没有/N/0). */
const YES_WORDS = new Set(['是', '有', 'y', 'yes', '1', 'true', 'on', '√', '✓', '已上市']);
const NO_WORDS = new Set(['否', '无', '没有', '不是', 'n', 'no', '0', 'false', 'off', '×', '未上市']);

type Read = { value: FieldValue | undefined } | { unreadable: Unreadable };

const nothing: Read = { value: undefined };

function textOfValue(value: string | string[]): string {
  return Array.isArray(value) ? value.filter((item) => item.trim() !== '').join('、') : value;
}

/** The labels the page shows as chosen: checked options, else the widget's shown text. */
export function chosenLabels(field: FieldSnapshot): string[] {
  if (field.widget === 'checkbox') {
    // A lone box (or switch) says yes or no, not which label: its label is read by the caller.
    const option = field.options?.[0];
    if (option) return option.checked ? [option.label] : [];
  }
  const checked = (field.options ?? []).filter((option) => option.checked).map((option) => option.label);
  if (checked.length > 0) return checked;
  const value = field.value;
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => item.trim()).filter((item) => item !== '');
}

/** Forms of an option text that may be compared: as is, without a trailing （请注明） or unit. */
function variants(text: string): string[] {
  const normalized = normalizeText(text);
  if (!normalized) return [];
  return [...new Set([normalized, withoutTrailingBracket(normalized)])].filter(Boolean);
}

/**
 * The catalog option a page label means: its printed label or one of its aliases, compared
 * the way labels are matched (full-width/half-width, `*`, colons, numbering, 其他（请注明）：).
 * An exact label beats an alias; among equals the first option wins.
 */
export function optionForLabel(options: readonly ChoiceOption[], label: string): ChoiceOption | undefined {
  const wanted = variants(label);
  if (wanted.length === 0) return undefined;
  const exact = wanted[0] as string;
  const byLabel = options.find((option) => normalizeText(option.label) === exact);
  if (byLabel) return byLabel;
  const byAlias = options.find((option) =>
    (option.aliases ?? []).some((alias) => normalizeText(alias) === exact),
  );
  if (byAlias) return byAlias;
  return options.find((option) =>
    [option.label, ...(option.aliases ?? [])].some((word) =>
      variants(word).some((form) => wanted.includes(form)),
    ),
  );
}

function yesNoOf(label: string): boolean | undefined {
  for (const form of variants(label)) {
    if (YES_WORDS.has(form)) return true;
    if (NO_WORDS.has(form)) return false;
  }
  return undefined;
}

/** `2017-03-16`, `2017/3/16`, `2017年3月16日`, `2017-03-16 00:00:00` → ISO; anything else as shown. */
export function pageDate(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const withTime = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$/.exec(trimmed);
  const result = checkDate(withTime?.[1] ?? trimmed);
  return result.ok ? result.normalized : trimmed;
}

/** A year picker holds `2017`; one that stores a whole date shows `2017-01-01`: its year. */
function pageYear(text: string): string {
  const trimmed = text.trim();
  const date = /^(\d{4})[-/.年]\d{1,2}(?:[-/.月]\d{1,2}日?)?$/.exec(trimmed);
  return date ? (date[1] as string) : trimmed;
}

function readString(field: FieldSnapshot): string {
  if (field.widget === 'checkbox' || field.widget === 'radioGroup' || field.widget === 'checkboxGroup')
    return chosenLabels(field).join('、');
  return textOfValue(field.value);
}

function readChoice(def: FieldDef, fields: FieldSnapshot[]): Read {
  const labels = fields.flatMap(chosenLabels);
  if (labels.length === 0) return nothing;
  const options = def.options ?? [];
  const found = labels.map((label) => optionForLabel(options, label));
  const unknown = labels.filter((_, index) => found[index] === undefined);
  if (unknown.length > 0) return { unreadable: { reason: 'unknownOption', labels: unknown } };
  const values = [...new Set(found.map((option) => (option as ChoiceOption).value))];
  if (def.kind === 'singleChoice') {
    // One radio group or select holds one choice; two different ones cannot be stored.
    if (values.length > 1) return { unreadable: { reason: 'unknownOption', labels } };
    return { value: values[0] };
  }
  return { value: values };
}

function readYesNo(fields: FieldSnapshot[]): Read {
  const field = fields[0];
  if (!field) return nothing;
  if (field.widget === 'checkbox') {
    // A lone box: ticked is 是, unticked is 否 (plan.ts sets it that way for 否).
    const option = field.options?.[0];
    if (option) return { value: option.checked };
    return { value: Array.isArray(field.value) ? field.value.length > 0 : field.value.trim() !== '' };
  }
  const labels = chosenLabels(field);
  if (labels.length === 0) return nothing;
  const answers = new Set(labels.map(yesNoOf));
  const [answer] = answers;
  if (answers.size !== 1 || answer === undefined) return { unreadable: { reason: 'unknownOption', labels } };
  return { value: answer };
}

function readRange(fields: FieldSnapshot[], matches: Map<string, FieldMatch>): Read {
  let start: string | undefined;
  let end: string | undefined;
  for (const field of fields) {
    const part = matches.get(field.id)?.part;
    const value = field.value;
    if (part) {
      const text = textOfValue(value);
      if (part === 'start') start ??= text;
      else end ??= text;
      continue;
    }
    const [from, to] = Array.isArray(value) ? [value[0] ?? '', value[1] ?? ''] : splitRange(value);
    start ??= from;
    end ??= to;
  }
  if (start === undefined && end === undefined) return nothing;
  if (start === undefined || end === undefined) {
    return { unreadable: { reason: 'partialRange', part: start === undefined ? 'end' : 'start' } };
  }
  const range = { start: pageDate(start), end: pageDate(end) };
  return range.start === '' && range.end === '' ? nothing : { value: range };
}

function readTextList(fields: FieldSnapshot[]): Read {
  const items = fields.flatMap((field) => {
    const text = readString(field);
    return field.widget === 'textarea' ? text.split(/\r?\n/) : [text];
  });
  const list = items.map((item) => item.trim()).filter((item) => item !== '');
  return list.length > 0 ? { value: list } : nothing;
}

/**
 * File slots: the names the collector reports. Slots of libraries whose upload widget renders
 * its own list (the adapter's `upload.listsFiles`) are read from that list, and other slots
 * from the input or the site's list
 * beside it (`fileSource`), so an empty reading there means no file; a slot with neither
 * means "cannot tell".
 */
function readAttachment(fields: FieldSnapshot[]): Read {
  const names = fields.flatMap((field) =>
    (Array.isArray(field.value) ? field.value : [field.value]).map((name) => name.trim()).filter(Boolean),
  );
  if (names.length > 0) return { value: names.map((name): AttachmentRef => ({ name })) };
  const listed = fields.some(
    (field) =>
      field.widget === 'file' &&
      (adapterFor(field.framework).upload?.listsFiles === true || field.fileSource !== undefined),
  );
  return listed ? { value: [] } : { unreadable: { reason: 'noFileInfo' } };
}

/**
 * An address asked in parts (省/市/区 selects or a cascader, and the street input), read back as
 * one address in the order the parts go; undefined when the key is not shown in parts.
 */
function readAddressParts(fields: FieldSnapshot[], matches: Map<string, FieldMatch>): string | undefined {
  const parts = new Map<string, string>();
  for (const field of fields) {
    const part = matches.get(field.id)?.part;
    if (!isRegionPart(part)) continue;
    parts.set(part, readString(field).trim());
  }
  if (parts.size === 0) return undefined;
  // A cascader shows its path as 广东省 / 深圳市 / 南山区 (or without the spaces).
  const path = (parts.get('region') ?? '').split(/\s*[/／>]\s*/).filter(Boolean);
  const [province = '', city = '', district = ''] =
    path.length === 2 ? [path[0], '', path[1]] : path.length > 0 ? path : [];
  return joinAddress({
    province: province || (parts.get('province') ?? ''),
    city: city || (parts.get('city') ?? ''),
    district: district || (parts.get('district') ?? ''),
    street: parts.get('street') ?? '',
  });
}

function readKey(def: FieldDef, fields: FieldSnapshot[], matches: Map<string, FieldMatch>): Read {
  if (fields.some((field) => field.unreadable)) return { unreadable: { reason: 'widget' } };
  switch (def.kind) {
    case 'attachment':
      return readAttachment(fields);
    case 'dateRange':
      return readRange(fields, matches);
    case 'yesNo':
      return readYesNo(fields);
    case 'singleChoice':
    case 'multiChoice':
      return readChoice(def, fields);
    case 'textList':
      return readTextList(fields);
    default: {
      const address = readAddressParts(fields, matches);
      if (address !== undefined) return address === '' ? nothing : { value: address };
      // One field per key (the matcher assigns one-to-one); the first that holds something.
      const text = fields.map(readString).find((item) => item.trim() !== '') ?? '';
      if (text.trim() === '') return nothing;
      if (def.kind === 'date') return { value: pageDate(text) };
      if (def.kind === 'year') return { value: pageYear(text) };
      // Everything else exactly as the page holds it (3600.00 stays): the validator normalises.
      return { value: text };
    }
  }
}

/**
 * Reads every matched field's current value from the snapshot, converted to the catalog's
 * stored shape: text kinds as the page holds them, dates in ISO, 起止日期 from a range
 * picker, a one-input `a - b` / `a 至 b` or two halves, choices back to option values,
 * 是/否 to booleans, lists from a textarea's lines or several inputs, file slots to
 * AttachmentRef[] (or unreadable when the snapshot cannot tell).
 */
export function readPageValues(
  snapshot: PageSnapshot,
  matches: readonly FieldMatch[],
  fields: readonly FieldDef[],
): PageValues {
  const defs = new Map(fields.map((field) => [field.key, field]));
  const byId = new Map(snapshot.fields.map((field) => [field.id, field]));
  const matchById = new Map<string, FieldMatch>();
  const grouped = new Map<string, FieldSnapshot[]>();
  const ordered = matches
    .filter((match) => byId.has(match.fieldId) && defs.has(match.key))
    .sort((a, b) => (byId.get(a.fieldId)?.order ?? 0) - (byId.get(b.fieldId)?.order ?? 0));
  for (const match of ordered) {
    if (matchById.has(match.fieldId)) continue;
    matchById.set(match.fieldId, match);
    const list = grouped.get(match.key) ?? [];
    list.push(byId.get(match.fieldId) as FieldSnapshot);
    grouped.set(match.key, list);
  }

  const values: Record<string, FieldValue> = {};
  const sources = new Map<string, string[]>();
  const unreadable = new Map<string, Unreadable>();
  for (const [key, group] of grouped) {
    sources.set(
      key,
      group.map((field) => field.id),
    );
    const read = readKey(defs.get(key) as FieldDef, group, matchById);
    if ('unreadable' in read) unreadable.set(key, read.unreadable);
    else if (read.value !== undefined) values[key] = read.value;
  }
  return { values, sources, unreadable };
}
