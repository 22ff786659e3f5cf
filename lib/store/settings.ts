import { z } from 'zod';
import type { Database } from './db';

export const trashEntrySchema = z.object({
  kind: z.enum(['draft', 'company']),
  id: z.string().min(1),
  deletedAt: z.number(),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

/** Every setting with its schema and default: a setting read from disk is always parsed. */
export const SETTINGS = {
  /** The draft the user works on: the popup shows it and the fill uses it. */
  currentDraftId: { schema: z.string().min(1).optional(), fallback: undefined },
  /** Stop a 提交 that still has errors (the check issue). */
  submitGuard: { schema: z.boolean(), fallback: true },
  /**
   * The 回收站: what the user deleted, kept restorable for 30 days (lib/drafts/trash.ts). The
   * records stay in their stores until purged; the lists leave them out.
   */
  trash: { schema: z.array(trashEntrySchema), fallback: [] },
  /** Drafts under 已归档: hidden from the main list, the popup and the panel. */
  archivedDraftIds: { schema: z.array(z.string().min(1)), fallback: [] },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;

export async function readSetting<K extends SettingKey>(db: Database, key: K): Promise<SettingValue<K>> {
  const stored = await db.get('settings', key);
  const parsed = SETTINGS[key].schema.safeParse(stored?.value);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

export async function writeSetting<K extends SettingKey>(
  db: Database,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  await db.put('settings', { key, value: SETTINGS[key].schema.parse(value) });
}
