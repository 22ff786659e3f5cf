import { customFieldDef, type FieldValues, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { explainFailures, UserError } from '@/lib/errors';
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
 * when the session ends, fails, or the script is torn down. A failed fill answers with its
 * report (`failure` set, the fields filled before it listed) so the panel can say what the
 * page holds; other unexpected errors answer a zh-CN 「填充出错」/「撤销出错」 message.
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
          if (report.failure) stopWatching();
          // Tell the panel when later fields (a step, a tab) were filled, or the fill failed,
          // so what it shows stays true.
          if (report.filled.length !== before || report.failure) {
            await sendRequest({ type: 'fill/progress', report }).catch((error: unknown) => {
              // Nothing on the page depends on it; the panel shows the report of the next fill.
              console.error('[shenbao] could not send the later fill report to the panel', error);
            });
          }
        });
      }, 400);
    });
    observer.observe(doc.body, { childList: true, subtree: true });
    timer = setTimeout(stopWatching, SESSION_MS);
  };

  const fill = async (draftId: string, overwrite: readonly string[]) => {
    const application = await sendRequest({ type: 'application/get', draftId });
    const learned = await sendRequest({ type: 'mappings/list' });
    const edition = findEdition(application.editionId) ?? LATEST_EDITION;
    stopWatching();
    session = await startFill(engine, {
      document: doc,
      edition,
      values: application.values as FieldValues,
      learned,
      extraFields: application.customFields.map(customFieldDef),
      files: storedFiles,
      overwrite: new Set(overwrite),
      signal,
    });
    if (!session.report.failure) watch(session);
    return session.report;
  };

  return async (raw: unknown): Promise<Reply<Request['type']> | undefined> => {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    const request = parsed.data;
    switch (request.type) {
      case 'content/fill':
        return answer(async () => {
          const result = explainFailures({ name: '填充', log: 'fill', outcome: '页面没有被改动' }, () =>
            fill(request.draftId, request.overwrite),
          );
          // `running` only orders an undo after the fill; the fill's own failure is answered
          // to the panel through `result`.
          running = result.catch(() => undefined);
          return result;
        });
      case 'content/undo':
        return answer(() =>
          explainFailures(
            { name: '撤销', log: 'undo', outcome: '部分字段可能已经恢复，请在页面上核对' },
            async () => {
              stopWatching();
              if (!session) throw new UserError('还没有填充过，无需撤销。');
              await running;
              return session.undo();
            },
          ),
        );
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
