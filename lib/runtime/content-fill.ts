import { type FieldValues, findEdition, LATEST_EDITION } from '@/lib/catalog';
import type { FillEngine, FillSession } from '@/lib/fill/session';
import { startFill } from '@/lib/fill/session';
import { answer, sendRequest } from '@/lib/messaging/client';
import { type Reply, type Request, requestSchema } from '@/lib/messaging/protocol';
import { storedFiles } from './content-files';
import { revealElement } from './launcher';

/** How long after a fill new fields (a step the user moves to, a tab) are filled too. */
const SESSION_MS = 10 * 60_000;

/**
 * The content script's side of the fill: answers `content/*` requests, keeps the last fill
 * session for undo and for fields that appear later (lazy tabs, steps), and stops watching
 * when the session ends or the script is torn down.
 */
export function createContentFill(doc: Document, engine: FillEngine, signal: AbortSignal) {
  let session: FillSession | undefined;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const stopWatching = () => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
  };
  signal.addEventListener('abort', stopWatching);

  const watch = (current: FillSession) => {
    stopWatching();
    let pending: ReturnType<typeof setTimeout> | undefined;
    observer = new MutationObserver(() => {
      if (pending) clearTimeout(pending);
      pending = setTimeout(() => {
        running = running.then(async () => {
          const before = current.report.filled.length;
          const report = await current.fillNew();
          // Tell the panel when later fields (a step, a tab) were filled, so its counts stay true.
          if (report.filled.length !== before) {
            await sendRequest({ type: 'fill/progress', report }).catch(() => undefined);
          }
        });
      }, 400);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    timer = setTimeout(stopWatching, SESSION_MS);
  };

  const fill = async (draftId: string, overwrite: readonly string[]) => {
    const application = await sendRequest({ type: 'application/get', draftId });
    const learned = await sendRequest({ type: 'mappings/list', host: location.host }).catch(() => []);
    const edition = findEdition(application.editionId) ?? LATEST_EDITION;
    stopWatching();
    session = await startFill(engine, {
      document: doc,
      edition,
      values: application.values as FieldValues,
      learned,
      files: storedFiles,
      overwrite: new Set(overwrite),
      signal,
    });
    watch(session);
    return session.report;
  };

  return async (raw: unknown): Promise<Reply<Request['type']> | undefined> => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'content/fill':
        return answer(async () => {
          const result = fill(request.draftId, request.overwrite);
          running = result.catch(() => undefined);
          return result;
        });
      case 'content/undo':
        return answer(async () => {
          stopWatching();
          if (!session) throw new Error('还没有填充过，无需撤销。');
          await running;
          return session.undo();
        });
      case 'content/reveal': {
        // Ids of the check's report are answered by the check.
        const element = session?.elementOf(request.fieldId);
        return element ? answer(async () => revealElement(element)) : undefined;
      }
      default:
        return undefined;
    }
  };
}
