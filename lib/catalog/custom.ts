import type { FieldDef, FieldKind } from './types';

/**
 * User-defined fields: what an online system asks that neither the 申报书 nor the common
 * extra fields hold (a provincial question, another proof). The user gives a label, aliases,
 * a kind and a value; from then on the field is a catalog field like any other for the
 * editors, validation, completeness and the fill (its key is `custom.<id>`).
 */

/** The kinds a user can choose, in the order the editor offers them. */
export const CUSTOM_FIELD_KINDS = ['text', 'longText', 'number', 'date', 'choice', 'file'] as const;
export type CustomFieldKind = (typeof CUSTOM_FIELD_KINDS)[number];

export const CUSTOM_KIND_LABEL: Record<CustomFieldKind, string> = {
  text: '文本',
  longText: '长文本（可限字数）',
  number: '数字',
  date: '日期',
  choice: '单选（自定选项）',
  file: '附件（文件）',
};

/** What the catalog needs of a user-defined field (lib/store's record satisfies it). */
export interface CustomFieldSpec {
  id: string;
  label: string;
  aliases: readonly string[];
  kind: CustomFieldKind;
  required: boolean;
  /** longText: 字数 limit. */
  maxWords?: number;
  /** choice: the options as the user typed them. */
  options?: readonly string[];
}

export const CUSTOM_KEY_PREFIX = 'custom.';

export const customFieldKey = (id: string): string => `${CUSTOM_KEY_PREFIX}${id}`;
export const isCustomKey = (key: string): boolean => key.startsWith(CUSTOM_KEY_PREFIX);

const KIND: Record<CustomFieldKind, FieldKind> = {
  text: 'text',
  longText: 'longText',
  number: 'text',
  date: 'date',
  choice: 'singleChoice',
  file: 'attachment',
};

/** The field definition of a user-defined field: matched, validated and filled like the catalog's. */
export function customFieldDef(spec: CustomFieldSpec): FieldDef {
  const kind = KIND[spec.kind];
  return {
    key: customFieldKey(spec.id),
    section: 'extra',
    label: spec.label,
    aliases: spec.aliases,
    kind,
    scope: spec.kind === 'file' ? 'attachment' : 'company',
    custom: true,
    ...(spec.kind === 'choice'
      ? { options: (spec.options ?? []).map((option) => ({ value: option, label: option })) }
      : {}),
    rules: {
      required: spec.required ? 'always' : 'optional',
      ...(spec.kind === 'longText' && spec.maxWords ? { maxWords: spec.maxWords } : {}),
      ...(spec.kind === 'number' ? { format: 'number' as const } : {}),
    },
  };
}
