import { z } from 'zod';
import type { Edition } from '@/lib/catalog';
import { asEdition, editionPackageSchema } from './schema';

/**
 * The shared edition file (「导出批次」 / 「导入批次」): a small JSON a colleague can import.
 * Its JSON Schema is docs/edition.schema.json, generated from this zod schema.
 */
export const EDITION_FILE_FORMAT = 'shenbao-edition';
export const EDITION_FILE_VERSION = 1;

export const editionFileSchema = z.strictObject({
  format: z.literal(EDITION_FILE_FORMAT),
  version: z.literal(EDITION_FILE_VERSION),
  exportedAt: z.string(),
  edition: editionPackageSchema,
});

/** Larger than any sensible package: refuse before parsing. */
const MAX_FILE_CHARS = 1_000_000;

export function editionFileText(edition: Edition, now = new Date()): string {
  const file = {
    format: EDITION_FILE_FORMAT,
    version: EDITION_FILE_VERSION,
    exportedAt: now.toISOString(),
    edition,
  };
  return `${JSON.stringify(editionFileSchema.parse(file), null, 2)}\n`;
}

export function editionFileName(edition: Edition): string {
  return `申报批次-${edition.id}.json`;
}

export type EditionFileResult = { ok: true; edition: Edition } | { ok: false; message: string };

/** Reads a shared edition file; every failure is a zh-CN message saying what to fix. */
export function parseEditionFile(text: string): EditionFileResult {
  if (text.length > MAX_FILE_CHARS) return { ok: false, message: '文件太大，不是申报批次文件。' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's own message is English and about characters, not about what to do.
    return { ok: false, message: '文件不是有效的 JSON，请确认选择的是从申报助手导出的「申报批次-….json」。' };
  }
  const parsed = editionFileSchema.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first?.path.length ? first.path.join('.') : '（整个文件）';
    if (first?.path[0] === 'format' || first?.path[0] === 'version')
      return { ok: false, message: '这不是申报助手的申报批次文件（或版本过新），请让同事重新导出。' };
    return {
      ok: false,
      message: `申报批次文件的 ${where} 不正确（${first?.message ?? '格式错误'}），请让同事重新导出。`,
    };
  }
  return { ok: true, edition: asEdition(parsed.data.edition) };
}

export function editionJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(editionFileSchema, { io: 'input', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $comment: `Generated from lib/editions/file.ts (edition file version ${EDITION_FILE_VERSION}) by npm run generate. Do not edit by hand.`,
    ...rest,
  };
}

export function renderEditionJsonSchema(): string {
  return `${JSON.stringify(editionJsonSchema(), null, 2)}\n`;
}
