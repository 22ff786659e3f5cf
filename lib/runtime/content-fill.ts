import { bytesToBase64 } from '@/lib/backup/base64';
import { customFieldDef, type FieldValues, fieldsFor } from '@/lib/catalog';
import { explainFailures, UserError } from '@/lib/errors';
import { CAPTURE_FILE_MAX_BYTES, captureOffer } from '@/lib/fill/capture';
import { createReachProbe } from '@/lib/fill/collect/reach-probe';
import { parseRegions } from '@/lib/fill/region';
import { summarizeReport } from '@/lib/fill/report';
import type { FillEngine, FillSession } from '@/lib/fill/session';
import { startFill } from '@/lib/fill/session';
import { ANSWER_WINDOW_MS } from '@/lib/fill/session-policy';
import { Slicer } from '@/lib/fill/slice';
import { answer, sendRequest } from '@/lib/messaging/client';
import { type Reply, type Request, requestSchema } from '@/lib/messaging/protocol';
import { editionOfApplication } from './application-edition';
import { storedFiles } from './content-files';
import { revealElement } from './highlight';

/** A file's bytes, through FileReader (the page's File may come from another realm). */
const readBytes = (file: Blob) =>
  new Promise<Uint8Array>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file);
  });

/** How long after a fill new fields (a step the user moves to, a tab) are filled too. */
const SESSION_MS = 10 * 60_000;

/**
 * The content script's side of the fill: answers `content/*` requests, keeps the last fill
 * session for undo and for fields that appear later (lazy tabs, steps), and stops watching
 * when the session ends, fails, or the script is torn down. A failed fill answers with its
 * report (`failure` set, the fields filled before it listed) so the panel can say what the
 * page holds; other unexpected errors answer a zh-CN 「填充出错」/「撤销出错」 message.
 */
export function createContentFill(
  doc: Document,
  engine: FillEngine,
  signal: AbortSignal,
  /** Shenbao's own elements on the page (the assistant, overlays): they never cover a field. */
  isOwnUi: (element: Element) => boolean = () => false,
) {
  let session: FillSession | undefined;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<unknown> = Promise.resolve();
  let lastActionAt = Number.NEGATIVE_INFINITY;

  // Only a person's own clicks and choices let a later round fill what they reveal: a page
  // script's click() or dispatched event is not trusted (session-policy.ts).
  const onAction = (event: Event) => {
    if (!event.isTrusted || !session) return;
    lastActionAt = Date.now();
    const target = event.composedPath()[0];
    if (target && (target as Node).nodeType === 1) session.noteAction(target as Element);
  };
  const stopWatching = () => {
    observer?.disconnect();
    if (timer) clearTimeout(timer);
    doc.removeEventListener('click', onAction, true);
    doc.removeEventListener('change', onAction, true);
  };
  signal.addEventListener('abort', stopWatching);

  const watch = (current: FillSession) => {
    stopWatching();
    doc.addEventListener('click', onAction, true);
    doc.addEventListener('change', onAction, true);
    let pending: ReturnType<typeof setTimeout> | undefined;
    /** When the page started changing since the last round (what a later round answers by). */
    let changedAt: number | undefined;
    observer = new MutationObserver((records) => {
      // A class or style change shows fields only in answer to an action; without one it is
      // the page's own business (a focus ring, an animation) and costs no collect.
      const nodes = records.some((record) => record.type === 'childList');
      if (!nodes && Date.now() - lastActionAt > ANSWER_WINDOW_MS) return;
      changedAt ??= Date.now();
      if (pending) clearTimeout(pending);
      // Waits for a 400 ms pause, but never more than 1.5 s on a page that keeps animating.
      const delay = Math.max(0, Math.min(400, changedAt + 1500 - Date.now()));
      pending = setTimeout(() => {
        const appearedAt = changedAt;
        changedAt = undefined;
        running = running.then(async () => {
          const before = summarizeReport(current.report);
          const report = await current.fillNew(appearedAt);
          if (report.failure) stopWatching();
          // Tell the panel when the report changed (later fields filled, fields the page took
          // away after the fill, a failure), so what it shows is what the page holds.
          if (summarizeReport(report) !== before || report.failure) {
            await sendRequest({ type: 'fill/progress', report }).catch((error: unknown) => {
              // Nothing on the page depends on it; the panel shows the report of the next fill.
              console.error('[shenbao] could not send the later fill report to the panel', error);
            });
          }
        });
      }, delay);
    });
    // Attributes too: a 是 or a tab often shows fields by a class or style, not new nodes.
    observer.observe(doc.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden'],
    });
    timer = setTimeout(stopWatching, SESSION_MS);
  };

  const fill = async (draftId: string, overwrite: readonly string[]) => {
    const application = await sendRequest({ type: 'application/get', draftId });
    const edition = editionOfApplication(application);
    const learned = await sendRequest({ type: 'mappings/list' });
    stopWatching();
    const view = doc.defaultView;
    const scrolled = view ? { x: view.scrollX, y: view.scrollY } : undefined;
    session = await startFill(engine, {
      document: doc,
      edition,
      values: application.values as FieldValues,
      learned,
      extraFields: application.customFields.map(customFieldDef),
      files: storedFiles,
      regions: async () => parseRegions(await sendRequest({ type: 'regions/get' })),
      overwrite: new Set(overwrite),
      signal,
      reach: (ignore) => createReachProbe((element) => isOwnUi(element) || ignore(element)),
    });
    // The reachability check scrolls each field into view: put the page back where the user was.
    if (view && scrolled) view.scrollTo(scrolled.x, scrolled.y);
    if (!session.report.failure) watch(session);
    return session.report;
  };

  /**
   * 从页面采集: what the page holds that no catalog or user-defined field of the draft places
   * (matched as the fill matches, the site's learned mappings included), minus what a person
   * cannot see or reach. Reads the page only; nothing is written.
   */
  const capture = async (draftId: string) => {
    const application = await sendRequest({ type: 'application/get', draftId });
    const edition = editionOfApplication(application);
    const learned = await sendRequest({ type: 'mappings/list' });
    // In slices, as the fill reads the page: a page of thousands of controls stays responsive.
    const slicer = new Slicer();
    const collected = await slicer.run(engine.collect(doc));
    const fields = [...fieldsFor(edition), ...application.customFields.map(customFieldDef)];
    const match = await slicer.run(engine.match(collected.snapshot, fields, learned));
    const probe = createReachProbe(isOwnUi);
    const widgets = new Map(collected.snapshot.fields.map((field) => [field.id, field.widget]));
    const offer = captureOffer(collected, match, (fieldId) => {
      const handle = collected.handles.get(fieldId);
      const widget = widgets.get(fieldId);
      if (!handle || !widget) return true;
      return probe.judge(handle.root, widget, { scroll: false })?.reachable !== false;
    });
    // An upload the user chose in the page's own file input can be kept with its bytes; a
    // site's list of files already on its server cannot be read, so that stays a named slot.
    for (const candidate of offer.candidates) {
      if (candidate.kind !== 'file') continue;
      const handle = collected.handles.get(candidate.fieldId);
      const input = handle
        ? [handle.root, ...handle.controls].find(
            (element): element is HTMLInputElement =>
              element.tagName === 'INPUT' && (element as HTMLInputElement).type === 'file',
          )
        : undefined;
      const file = input?.files?.[0];
      if (!file || file.size === 0 || file.size > CAPTURE_FILE_MAX_BYTES) continue;
      const bytes = await readBytes(file).catch((error: unknown) => {
        // Unreadable (the page revoked it, the disk file changed): kept as a named slot.
        console.warn('[shenbao] could not read a file the page holds', error);
        return undefined;
      });
      if (bytes) candidate.file = { name: file.name, type: file.type, base64: bytesToBase64(bytes) };
    }
    return offer;
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
      case 'content/capture':
        return answer(() =>
          explainFailures({ name: '读取页面栏目', log: 'capture', outcome: '页面没有被改动' }, () =>
            capture(request.draftId),
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
