import type { AttachmentRef } from '@/lib/catalog';
import { UserError } from '@/lib/errors';
import type { FileProvider } from '@/lib/fill/apply';
import { sendRequest } from '@/lib/messaging/client';

function fileFromBase64(name: string, type: string, base64: string): File {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new File([bytes], name, { type });
}

/**
 * Stored proof files, fetched from the background by id when an upload slot needs them.
 * A file the store does not have is undefined (the fill names it as missing); any other
 * failure is thrown and fails the slot with the error.
 */
export const storedFiles: FileProvider = async (ref: AttachmentRef) => {
  if (!ref.id) return undefined;
  const file = await sendRequest({ type: 'file/get', id: ref.id }).catch((error: unknown) => {
    if (!(error instanceof UserError)) throw error;
    console.warn(`[shenbao] stored file ${ref.name} not available:`, error.message);
    return undefined;
  });
  return file ? fileFromBase64(file.name, file.type, file.base64) : undefined;
};
