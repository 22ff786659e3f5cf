import type { Edition } from '@/lib/catalog';

/**
 * Gives a proposed edition another id (2020 → 2020-重庆, a provincial round of a built-in
 * year): direction ids and the keys of its own rows follow, so they stay unique across
 * editions (drafts store direction ids; carry-over maps them).
 */
export function renameEdition(edition: Edition, id: string): Edition {
  const prefix = `${edition.id}-`;
  const rekey = (key: string) => key.replace(`edition.${edition.id}.`, `edition.${id}.`);
  return {
    ...edition,
    id,
    directions: edition.directions.map((direction) => ({
      ...direction,
      id: direction.id.startsWith(prefix) ? `${id}-${direction.id.slice(prefix.length)}` : direction.id,
    })),
    ...(edition.extraFields
      ? { extraFields: edition.extraFields.map((field) => ({ ...field, key: rekey(field.key) })) }
      : {}),
    ...(edition.wordLimits
      ? {
          wordLimits: Object.fromEntries(
            Object.entries(edition.wordLimits).map(([key, limit]) => [rekey(key), limit]),
          ),
        }
      : {}),
  };
}
