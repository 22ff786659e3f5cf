import { bytesToBase64 } from '@/lib/backup/base64';
import { BACKUP_KINDS } from '@/lib/backup/format';
import type { Database } from '@/lib/store/db';

/**
 * Every store's records, walked from the backup's own list of collections (so a new store is
 * compared as soon as backups carry it); Blobs as type + Base64 so bytes are compared too.
 */
export async function storeSnapshot(db: Database): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const store of BACKUP_KINDS) out[store] = await db.getAll(store);
  out.attachmentBlobs = await Promise.all(
    (await db.getAll('attachmentBlobs')).map(async ({ id, blob }) => ({
      id,
      type: blob.type,
      bytes: bytesToBase64(new Uint8Array(await blob.arrayBuffer())),
    })),
  );
  return out;
}
