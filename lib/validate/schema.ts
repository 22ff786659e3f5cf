import { z } from 'zod';
import type { FieldDef, FieldKind } from '@/lib/catalog';

export const attachmentRefSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().min(1),
  year: z.number().int().optional(),
});

const dateRangeSchema = z.object({ start: z.string(), end: z.string() });

/**
 * The stored shape of each kind of value. Formats (a valid 手机, a real date) are checked
 * separately by the rules, because a draft may hold an invalid value the user is still typing.
 */
export const VALUE_SCHEMA_BY_KIND = {
  text: z.string(),
  longText: z.string(),
  amount: z.string(),
  integer: z.string(),
  year: z.string(),
  date: z.string(),
  dateRange: dateRangeSchema,
  phone: z.string(),
  mobile: z.string(),
  email: z.string(),
  creditCode: z.string(),
  stockCode: z.string(),
  singleChoice: z.string(),
  multiChoice: z.array(z.string()),
  yesNo: z.boolean(),
  textList: z.array(z.string()),
  attachment: z.array(attachmentRefSchema),
} as const satisfies Record<FieldKind, z.ZodType>;

export { KIND_SHAPE_LABEL } from './shapes';

/**
 * A zod object for a set of catalog fields: every key optional (drafts are partial),
 * unknown keys rejected so a foreign file is caught at the boundary.
 */
export function valuesSchemaFor(fields: readonly FieldDef[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) shape[field.key] = VALUE_SCHEMA_BY_KIND[field.kind].optional();
  return z.strictObject(shape);
}
