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

/** Editions, newest first. Next year's edition is one more record here. */
export const EDITIONS: readonly Edition[] = [EDITION_2020, EDITION_2018];
export const LATEST_EDITION: Edition = EDITION_2020;

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
  return EDITIONS.find((edition) => edition.id === id);
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

const resolvedByEdition = new Map<string, readonly FieldDef[]>();

/**
 * The full form of one edition: the shared fields, 示范项目领域 with that edition's
 * directions, and its 附1–附3 items as attachment fields.
 */
export function fieldsFor(edition: Edition): readonly FieldDef[] {
  const cached = resolvedByEdition.get(edition.id);
  if (cached) return cached;
  const omitted = new Set(edition.omittedFields ?? []);
  const fields = [
    ...BASE_FIELDS.filter((field) => !omitted.has(field.key)).map((field) =>
      field.optionsFromEditionDirections
        ? { ...field, options: edition.directions.map(directionOption) }
        : field,
    ),
    ...edition.attachments.map(attachmentField),
  ];
  resolvedByEdition.set(edition.id, fields);
  return fields;
}

export function fieldIndex(edition: Edition): ReadonlyMap<string, FieldDef> {
  return new Map(fieldsFor(edition).map((field) => [field.key, field]));
}
