import browser from 'webextension-polyfill';
import { UserError } from '@/lib/errors';
import { RESULT_SCHEMAS, type Reply, type Request, type ResultOf, replySchema } from './protocol';

/** Sends a request and parses the reply; a broken or failed reply becomes a thrown zh-CN UserError. */
export async function sendRequest<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
  send: (message: unknown) => Promise<unknown> = (message) => browser.runtime.sendMessage(message),
): Promise<ResultOf<T>> {
  const raw = await send(request);
  const parsed = replySchema(RESULT_SCHEMAS[request.type]).safeParse(raw);
  if (!parsed.success) {
    // The other side answered something that is not a reply of this request: a bug or a
    // stale script (the extension was updated and the page was not reloaded).
    console.error(`[shenbao] malformed reply to ${request.type}`, raw, parsed.error);
    throw new UserError('申报助手内部通信出错，请刷新页面后重试。');
  }
  const reply = parsed.data as Reply<T>;
  if (!reply.ok) throw new UserError(reply.message);
  return reply.result;
}

/**
 * Wraps a handler so it always answers with a Reply, never a rejected promise. Handlers that
 * the user starts wrap their work in `explainFailures` first, so the message is zh-CN.
 */
export async function answer<T extends Request['type']>(work: () => Promise<ResultOf<T>>): Promise<Reply<T>> {
  try {
    return { ok: true, result: await work() };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
