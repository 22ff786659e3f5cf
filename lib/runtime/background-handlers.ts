import { applicationValues, EDITIONS, type FieldValue, findEdition, LATEST_EDITION } from '@/lib/catalog';
import { keepCaptured } from '@/lib/drafts/capture';
import { choiceList } from '@/lib/drafts/search';
import { draftTitle, loadOverview } from '@/lib/drafts/summary';
import { writeBack } from '@/lib/drafts/write-back';
import { loadLocalEditions } from '@/lib/editions/local';
import REGIONS_TEXT from '@/lib/fill/region/regions.data.txt?raw';
import { answer } from '@/lib/messaging/client';
import { contentRequestOf, type Reply, type Request, requestSchema } from '@/lib/messaging/protocol';
import { PROOF_MIME, sniffProofKind } from '@/lib/proofs';
import { readAttachmentBlob } from '@/lib/store/attachments';
import { customFieldsView, listCustomFields } from '@/lib/store/custom-fields';
import type { Database } from '@/lib/store/db';
import { companyRecordSchema, draftRecordSchema, siteMappingRecordSchema } from '@/lib/store/records';
import { listFigures } from '@/lib/store/repository';
import { readSetting, writeSetting } from '@/lib/store/settings';
import { REFUSED_SITE_MESSAGE, type SenderSite } from './sender-site';

export interface BackgroundDeps {
  db: () => Promise<Database>;
  /** Relays a request to the content script of a tab (frame 0). */
  sendToTab: (tabId: number, message: unknown) => Promise<unknown>;
  /**
   * What the browser says about a tab the side panel names (`senderSite` of that tab, as if it
   * had sent the message itself); `refused` when there is no such tab.
   */
  siteOfTab: (tabId: number) => Promise<SenderSite>;
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

const NOT_ON_A_SITE = '只能在申报系统页面上使用。';

/** The tab's content script did not answer: the page was opened before Shenbao was installed or updated. */
export const NO_ASSISTANT_IN_TAB =
  '这个标签页上的申报助手没有响应：页面可能是在安装或更新申报助手之前打开的。请刷新该页面后重试。';

const OTHER_TAB = '页面上的申报助手面板只能操作它所在的标签页。';

/**
 * The site a request acts on. A content script or the in-page panel acts on its own tab; the
 * browser side panel, an extension page outside any tab, names the tab it works on, and that
 * tab is classified from what the browser says about it, like a sender's tab.
 */
async function targetOf(
  request: Request,
  sender: SenderSite,
  deps: BackgroundDeps,
): Promise<SenderSite | 'other-tab'> {
  const tabId = 'tabId' in request ? request.tabId : undefined;
  if (tabId === undefined) return sender;
  if (sender.kind === 'site') return sender.tabId === tabId ? sender : 'other-tab';
  if (sender.kind === 'extension') return deps.siteOfTab(tabId);
  return sender;
}

/**
 * Answers one message. Store requests are served from IndexedDB; `tab/*` requests from the
 * panel are relayed to the content script of the tab the panel sits in. `sender` is what the
 * browser says about the sender (lib/runtime/sender-site.ts): a tab of a site Shenbao is not
 * allowed on gets nothing, and per-site data is keyed by the sender's host only.
 */
export async function handleMessage(
  raw: unknown,
  sender: SenderSite,
  deps: BackgroundDeps,
): Promise<Reply<Request['type']>> {
  const parsed = requestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: '无法识别的请求。' };
  if (sender.kind === 'refused') return { ok: false, message: REFUSED_SITE_MESSAGE };
  const request = parsed.data;
  const target = await targetOf(request, sender, deps);
  if (target === 'other-tab') return { ok: false, message: OTHER_TAB };
  if (target.kind === 'refused') return { ok: false, message: REFUSED_SITE_MESSAGE };
  const site = target.kind === 'site' ? target : undefined;
  const relay = async (message: Request): Promise<Reply<Request['type']>> => {
    if (!site) return { ok: false, message: NOT_ON_A_SITE };
    try {
      return (await deps.sendToTab(site.tabId, message)) as Reply<Request['type']>;
    } catch (error) {
      // No content script in that tab ("Receiving end does not exist"): say what to do.
      console.warn(`[shenbao] no answer from tab ${site.tabId}`, error);
      return { ok: false, message: NO_ASSISTANT_IN_TAB };
    }
  };
  switch (request.type) {
    case 'tab/fill':
    case 'tab/undo':
    case 'tab/reveal':
    case 'tab/check':
    case 'tab/attach':
    case 'tab/capture':
      return relay(contentRequestOf(request));
    case 'tab/visible':
      return relay({ type: 'content/visible' });
    case 'capture/save':
      return answer(async () => {
        // The mapping belongs to the site the panel's tab is on, as the browser reports it.
        if (!site) throw new Error(NOT_ON_A_SITE);
        const kept = await keepCaptured(await deps.db(), {
          draftId: request.draftId,
          scope: request.scope,
          host: site.host,
          fields: request.fields,
        });
        return kept.length;
      });
    case 'draft/update':
      return answer(async () => {
        await writeBack(await deps.db(), request.draftId, request.key, request.value as FieldValue);
        return true;
      });
    case 'drafts/list':
      return answer(async () => {
        const db = await deps.db();
        const overview = await loadOverview(db);
        const stored = await readSetting(db, 'currentDraftId');
        const currentId = overview.drafts.find((summary) => summary.draft.id === stored)?.draft.id;
        return {
          currentId: currentId ?? overview.drafts[0]?.draft.id,
          submitGuard: await readSetting(db, 'submitGuard'),
          host: site?.host,
          drafts: choiceList(overview.drafts, currentId).map((summary) => ({
            id: summary.draft.id,
            label: `${draftTitle(summary.draft)}（${summary.edition.year}年 · ${String(summary.company?.profile['company.name'] ?? '')}）`,
          })),
        };
      });
    case 'drafts/choose':
      return answer(async () => {
        await writeSetting(await deps.db(), 'currentDraftId', request.draftId);
        return true;
      });
    case 'application/get':
      return answer(async () => {
        const db = await deps.db();
        const draft = draftRecordSchema.safeParse(await db.get('drafts', request.draftId));
        if (!draft.success) throw new Error('找不到这份草稿，可能已被删除。');
        const company = companyRecordSchema.safeParse(await db.get('companies', draft.data.companyId));
        if (!company.success) throw new Error('找不到这份草稿所属的单位资料。');
        // A draft of an edition created from a notice needs that edition's form.
        await loadLocalEditions(db);
        const edition = findEdition(draft.data.editionId) ?? LATEST_EDITION;
        const figures = (await listFigures(db, draft.data.companyId)).records;
        const byYear = Object.fromEntries(figures.map((record) => [record.year, record.values]));
        const values = applicationValues(company.data.profile, byYear, draft.data.values, edition);
        const custom = (await listCustomFields(db, draft.data.companyId, draft.data.id)).records;
        const customValues = customFieldsView(custom).values;
        const builtIn = EDITIONS.some((known) => known.id === edition.id);
        return {
          editionId: edition.id,
          // The content script knows only the built-in editions: a local one goes with the reply.
          ...(builtIn ? {} : { edition }),
          values: { ...values, ...customValues } as Record<string, never>,
          customFields: custom.map(({ id, label, aliases, kind, required, maxWords, options }) => ({
            id,
            label,
            aliases,
            kind,
            required,
            ...(maxWords === undefined ? {} : { maxWords }),
            ...(options === undefined ? {} : { options }),
          })),
        };
      });
    case 'file/get':
      return answer(async () => {
        const db = await deps.db();
        const meta = await db.get('attachments', request.id);
        const blob = await readAttachmentBlob(db, request.id);
        if (!meta || !blob) throw new Error('本机没有这个附件文件。');
        // The type the bytes show, never the stored one (a backup can set any type).
        const kind = sniffProofKind(new Uint8Array(await blob.slice(0, 4096).arrayBuffer()));
        const type = kind ? PROOF_MIME[kind] : 'application/octet-stream';
        return { name: meta.name, type, base64: await base64Of(blob) };
      });
    case 'mappings/list':
      return answer(async () => {
        if (!site) throw new Error(NOT_ON_A_SITE);
        const db = await deps.db();
        const rows = (await db.getAllFromIndex('siteMappings', 'byHost', site.host)).map((row) =>
          siteMappingRecordSchema.safeParse(row),
        );
        // A stored row that no longer parses teaches nothing; the others still apply.
        const broken = rows.filter((row) => !row.success);
        if (broken.length > 0)
          console.warn(
            `[shenbao] ${broken.length} stored mappings of ${site.host} skipped`,
            broken[0]?.error,
          );
        return rows
          .filter((row) => row.success)
          .map((row) => ({ signature: row.data.signature, key: row.data.key }));
      });
    case 'mappings/save':
      return answer(async () => {
        if (!site) throw new Error(NOT_ON_A_SITE);
        const db = await deps.db();
        const { signature, key } = request;
        await db.put(
          'siteMappings',
          siteMappingRecordSchema.parse({ host: site.host, signature, key, updatedAt: Date.now() }),
        );
        return true;
      });
    case 'regions/get':
      // Public data (GB/T 2260), the same for every sender Shenbao answers at all.
      return { ok: true, result: REGIONS_TEXT };
    case 'fill/progress':
    case 'page/ready':
      // Meant for the panels; the background has nothing to do with them.
      return { ok: true, result: true };
    case 'content/fill':
    case 'content/undo':
    case 'content/reveal':
    case 'content/visible':
    case 'content/check':
    case 'content/attach':
    case 'content/capture':
      return { ok: false, message: '这个请求只发给页面。' };
  }
}
