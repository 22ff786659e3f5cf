import { z } from 'zod';
import { BACKUP_VERSION, backupFileSchema } from './format';

/**
 * docs/backup.schema.json, generated from the zod schema (docs/architecture.md, contract 4)
 * by `npm run generate`; a unit test fails when the file is out of date.
 *
 * `io: 'input'` describes what a file may contain (the import's input). What JSON Schema
 * cannot say is checked by the import only and listed in docs/backup-format.md: unique
 * identities per collection, `size` equal to the decoded bytes, and revision values limited
 * to the scopes of their target.
 */
export function backupJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(backupFileSchema, { io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: `Generated from lib/backup/format.ts (backup format version ${BACKUP_VERSION}) by npm run generate. Do not edit by hand.`,
    ...rest,
  };
}

export function renderBackupJsonSchema(): string {
  return `${JSON.stringify(backupJsonSchema(), null, 2)}\n`;
}
