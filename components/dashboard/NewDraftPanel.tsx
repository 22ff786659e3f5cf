import { useId, useState } from 'react';
import { allEditions } from '@/lib/catalog';
import type { AttentionItem } from '@/lib/drafts/carry-over';
import { copyDraftToEdition, createCompany, createDraft } from '@/lib/drafts/operations';
import { choiceList } from '@/lib/drafts/search';
import { type DraftSummary, draftTitle } from '@/lib/drafts/summary';
import type { Database } from '@/lib/store/db';
import type { CompanyRecord } from '@/lib/store/records';

interface NewDraftPanelProps {
  companies: readonly CompanyRecord[];
  drafts: readonly DraftSummary[];
  run: <T>(change: (db: Database) => Promise<T>, failure: string) => Promise<T | undefined>;
  onOpen: (draftId: string) => void;
  /** Opens the new company's profile: what was just created is what the user fills next. */
  onCompanyCreated: (companyId: string) => void;
}

const editionLabel = (id: string) => {
  const edition = allEditions().find((item) => item.id === id);
  return edition ? `${edition.year}年${edition.programme}` : id;
};

/** 新建单位, 新建草稿 for an edition, and 从往年申报复制 with what needs attention afterwards. */
export function NewDraftPanel({ companies, drafts, run, onOpen, onCompanyCreated }: NewDraftPanelProps) {
  const ids = useId();
  const [companyName, setCompanyName] = useState('');
  const [companyId, setCompanyId] = useState('');
  const [editionId, setEditionId] = useState(allEditions()[0]?.id ?? '');
  const [sourceDraftId, setSourceDraftId] = useState('');
  const [attention, setAttention] = useState<AttentionItem[]>();
  const chosenCompany = companyId || companies[0]?.id || '';
  const chosenSource = sourceDraftId || drafts[0]?.draft.id || '';
  // A copy goes to another edition: the source's own edition is never offered.
  const sourceEdition = drafts.find(({ draft }) => draft.id === chosenSource)?.edition.id;
  const copyTargets = allEditions().filter((edition) => edition.id !== sourceEdition);
  const [copyTargetId, setCopyTargetId] = useState('');
  const chosenTarget = copyTargets.some((edition) => edition.id === copyTargetId)
    ? copyTargetId
    : (copyTargets[0]?.id ?? '');

  return (
    <div className="new-draft">
      <form
        className="new-draft__row"
        onSubmit={(event) => {
          event.preventDefault();
          void run((db) => createCompany(db, companyName), '新建单位失败').then((company) => {
            if (!company) return;
            setCompanyId(company.id);
            setCompanyName('');
            onCompanyCreated(company.id);
          });
        }}
      >
        <label htmlFor={`${ids}-company-name`}>单位名称</label>
        <input
          id={`${ids}-company-name`}
          data-testid="company-name-input"
          value={companyName}
          onChange={(event) => setCompanyName(event.target.value)}
          placeholder="全称（如实填写）"
        />
        <button type="submit" data-testid="company-create">
          新建单位
        </button>
      </form>
      {companies.length > 0 && (
        <form
          className="new-draft__row"
          onSubmit={(event) => {
            event.preventDefault();
            void run((db) => createDraft(db, chosenCompany, editionId), '新建草稿失败').then(
              (draft) => draft && onOpen(draft.id),
            );
          }}
        >
          <label htmlFor={`${ids}-company`}>申报单位</label>
          <select
            id={`${ids}-company`}
            value={chosenCompany}
            onChange={(event) => setCompanyId(event.target.value)}
          >
            {companies.map((company) => (
              <option key={company.id} value={company.id}>
                {String(company.profile['company.name'] ?? company.id)}
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-edition`}>申报批次</label>
          <select
            id={`${ids}-edition`}
            value={editionId}
            onChange={(event) => setEditionId(event.target.value)}
          >
            {allEditions().map((edition) => (
              <option key={edition.id} value={edition.id}>
                {editionLabel(edition.id)}
              </option>
            ))}
          </select>
          <button type="submit" data-testid="draft-create">
            新建草稿
          </button>
        </form>
      )}
      {drafts.length > 0 && (
        <form
          className="new-draft__row"
          onSubmit={(event) => {
            event.preventDefault();
            // The attention list appears once the draft list already shows the copy.
            void run((db) => copyDraftToEdition(db, chosenSource, chosenTarget), '复制草稿失败').then(
              (result) => result && setAttention(result.attention),
            );
          }}
        >
          <label htmlFor={`${ids}-source`}>从往年申报复制</label>
          <select
            id={`${ids}-source`}
            data-testid="copy-source"
            value={chosenSource}
            onChange={(event) => setSourceDraftId(event.target.value)}
          >
            {choiceList(drafts, chosenSource).map(({ draft, edition }) => (
              <option key={draft.id} value={draft.id}>
                {draftTitle(draft)}（{edition.year}年）
              </option>
            ))}
          </select>
          <label htmlFor={`${ids}-target`}>复制到</label>
          <select
            id={`${ids}-target`}
            data-testid="copy-target"
            value={chosenTarget}
            onChange={(event) => setCopyTargetId(event.target.value)}
          >
            {copyTargets.map((edition) => (
              <option key={edition.id} value={edition.id}>
                {editionLabel(edition.id)}
              </option>
            ))}
          </select>
          <button type="submit" data-testid="draft-copy" disabled={copyTargets.length === 0}>
            复制
          </button>
        </form>
      )}
      {attention && (
        <div role="status" data-testid="copy-attention" className="new-draft__attention">
          {attention.length === 0 ? (
            <p>已复制，所有栏目都已沿用。</p>
          ) : (
            <>
              <p>已复制。以下内容需要留意：</p>
              <ul>
                {attention.map((item) => (
                  <li key={item.key}>{item.reason}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
