import type { z } from 'zod';

/** A stored record that no longer parses: reported and skipped, never a crash. */
export interface CorruptRecord {
  store: string;
  key: string;
  /** zh-CN: where in the record the problem is. */
  problem: string;
}

export interface ReadResult<T> {
  records: T[];
  corrupt: CorruptRecord[];
}

export function describeZodProblem(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return '记录格式不正确';
  const path = first.path.length > 0 ? first.path.join('.') : '（整条记录）';
  return `字段 ${path} 格式不正确（${first.message}）`;
}

/** Parses every raw record with its zod schema; corrupt ones are collected, not thrown. */
export function parseRecords<T>(
  store: string,
  raws: readonly unknown[],
  schema: z.ZodType<T>,
  keyOf: (raw: unknown) => string,
): ReadResult<T> {
  const result: ReadResult<T> = { records: [], corrupt: [] };
  for (const raw of raws) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) result.records.push(parsed.data);
    else result.corrupt.push({ store, key: keyOf(raw), problem: describeZodProblem(parsed.error) });
  }
  return result;
}

export function keyOfRecord(raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    if (typeof record.companyId === 'string') return `${record.companyId}/${String(record.year)}`;
  }
  return '（未知记录）';
}
