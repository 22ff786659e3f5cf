import { EDITION_2018 } from './editions/edition-2018';
import { EDITION_2020 } from './editions/edition-2020';
import { COMPANY_INTRO_FIELD, COMPANY_PROFILE_FIELDS } from './fields-company';
import { EXTRA_FIELDS } from './fields-extra';
import { FIGURE_FIELDS } from './fields-figures';
import { COVER_FIELDS, DETAIL_FIELDS, PROJECT_FIELDS } from './fields-project';
import type { AttachmentRequirement, ChoiceOption, Direction, Edition, FieldDef } from './types';

export { applicationValues } from './application';
export { CROSS_FIELD_RULES } from './cross-rules';
export * from './custom';
export { SECTIONS } from './sections';
export type * from './types';

/**
 * The built-in edition packages, newest first. Next year's edition is one more package module
 * (lib/catalog/editions/edition-<year>.ts) and its sample; editions the user creates from a
 * notice live in the store and are added with `setLocalEditions`.
 */
export const EDITIONS: readonly Edition[] = [EDITION_2020, EDITION_2018];
export const LATEST_EDITION: Edition = EDITION_2020;

let localEditions: readonly Edition[] = [];

/**
 * Makes the editions saved in this browser (新建申报批次) known to `findEdition` and
 * `allEditions`. The dashboard and popup call it after reading the store; a local edition
 * never replaces a built-in one of the same id.
 */
export function setLocalEditions(editions: readonly Edition[]): void {
  const builtIn = new Set(EDITIONS.map((edition) => edition.id));
  localEditions = editions.filter((edition) => !builtIn.has(edition.id));
}

/** Built-in and local editions, newest year first. */
export function allEditions(): readonly Edition[] {
  return [...EDITIONS, ...localEditions].sort((a, b) => b.year - a.year);
}

/** Every field of table 一, 二 and section 三 in printed order (cover cells first). */
export const PRINTED_FIELDS: readonly FieldDef[] = [
  ...COVER_FIELDS,
  ...COMPANY_PROFILE_FIELDS,
  ...FIGURE_FIELDS,
  COMPANY_INTRO_FIELD,
  ...PROJECT_FIELDS,
  ...DETAIL_FIELDS,
];

/** The printed fields, then the common ones beyond the 申报书 (fields-extra.ts). */
export const BASE_FIELDS: readonly FieldDef[] = [...PRINTED_FIELDS, ...EXTRA_FIELDS];

export function findEdition(id: string): Edition | undefined {
  return allEditions().find((edition) => edition.id === id);
}

export function directionOption(direction: Direction): ChoiceOption {
  return {
    value: direction.id,
    label: `方向${direction.number}：${direction.label}`,
    aliases: [direction.label, `方向${direction.number}`],
  };
}

export function attachmentField(requirement: AttachmentRequirement): FieldDef {
  return {
    key: requirement.key,
    section: 'attachments',
    group: requirement.appendix,
    label: requirement.label,
    aliases: [requirement.proof],
    hint: `（${requirement.proof}）`,
    kind: 'attachment',
    scope: 'attachment',
    rules: { required: requirement.required },
  };
}

// Keyed by the package value itself: a local edition edited and saved again is a new value.
const resolvedByEdition = new WeakMap<Edition, readonly FieldDef[]>();

/** Whether an edition's 申报书 asks for the field (`since`/`until` are edition years). */
export function askedIn(field: FieldDef, edition: Edition): boolean {
  return (field.since ?? -Infinity) <= edition.year && edition.year <= (field.until ?? Infinity);
}

function forEdition(field: FieldDef, edition: Edition): FieldDef {
  const limit = edition.wordLimits?.[field.key];
  const withOptions = field.optionsFromEditionDirections
    ? { ...field, options: edition.directions.map(directionOption) }
    : field;
  return limit === undefined
    ? withOptions
    : { ...withOptions, rules: { ...withOptions.rules, maxWords: limit } };
}

/**
 * The full form of one edition: the shared fields it asks for, 示范项目领域 with its
 * directions, its own rows (`extraFields`), its 字数 limits, and its 附 items as attachment
 * fields.
 */
export function fieldsFor(edition: Edition): readonly FieldDef[] {
  const cached = resolvedByEdition.get(edition);
  if (cached) return cached;
  const fields = [
    ...BASE_FIELDS.filter((field) => askedIn(field, edition)).map((field) => forEdition(field, edition)),
    ...(edition.extraFields ?? []).map((field) => forEdition(field, edition)),
    ...edition.attachments.map(attachmentField),
  ];
  resolvedByEdition.set(edition, fields);
  return fields;
}

export function fieldIndex(edition: Edition): ReadonlyMap<string, FieldDef> {
  return new Map(fieldsFor(edition).map((field) => [field.key, field]));
}
