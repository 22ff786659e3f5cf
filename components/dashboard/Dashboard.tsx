import { useState } from 'react';
import { CompanyEditor } from '@/components/company/CompanyEditor';
import { NewEditionPanel } from '@/components/editions/NewEditionPanel';
import { ApplicationEditor } from '@/components/editor/ApplicationEditor';
import { DocumentImportPanel } from '@/components/import/DocumentImportPanel';
import { LATEST_EDITION } from '@/lib/catalog';
import { firstRunState } from '@/lib/drafts/first-run';
import { createDraft } from '@/lib/drafts/operations';
import { moveToTrash, setArchived } from '@/lib/drafts/trash';
import { loadSample, removeSample } from '@/lib/store/sample';
import { writeSetting } from '@/lib/store/settings';
import { BackupPanel } from './BackupPanel';
import { DraftList } from './DraftList';
import { FirstRunGuide } from './FirstRunGuide';
import { NewDraftPanel } from './NewDraftPanel';
import { SettingsPanel } from './SettingsPanel';
import { SitesPanel } from './SitesPanel';
import { TrashPanel } from './TrashPanel';
import { useDashboardStore } from './useStore';
import './dashboard.css';

export function Dashboard() {
  const { db, data, error, run } = useDashboardStore();
  const [openDraftId, setOpenDraft] = useState<string>();
  const [openCompanyId, setOpenCompanyId] = useState<string>();
  // The draft opened last becomes the current one (the popup and the fill use it).
  const setOpenDraftId = (draftId: string | undefined) => {
    setOpenDraft(draftId);
    if (draftId && db) void writeSetting(db, 'currentDraftId', draftId);
  };
  const hasSample = data?.companies.some((company) => company.sample) ?? false;
  const firstRun =
    data &&
    firstRunState(
      data.companies.map((company) => ({ ...company, figureYears: data.figureYears[company.id] ?? [] })),
      data.drafts.length,
    );
  const createAndOpenDraft = (companyId: string) =>
    void run((database) => createDraft(database, companyId, LATEST_EDITION.id), '新建草稿失败').then(
      (draft) => draft && setOpenDraftId(draft.id),
    );

  return (
    <div className="dashboard">
      <header className="dashboard__header">
        <h1>申报助手 · 工作台</h1>
        <p>
          单位资料与项目草稿只保存在本机浏览器中，不会上传到任何服务器。{' '}
          {/* The guide is a page of the extension itself (entrypoints/help): it opens offline. */}
          <a
            className="dashboard__help"
            href="help.html"
            target="_blank"
            rel="noreferrer"
            data-testid="help-link"
          >
            使用说明
          </a>
        </p>
      </header>
      <main className="dashboard__main">
        {error && (
          <p role="alert" className="dashboard__error">
            {error}
          </p>
        )}
        {data && data.corrupt.length > 0 && (
          <div role="alert" className="dashboard__error">
            有 {data.corrupt.length} 条本地记录已损坏，已跳过：
            <ul>
              {data.corrupt.map((record) => (
                <li key={`${record.store}/${record.key}`}>
                  {record.key}：{record.problem}
                </li>
              ))}
            </ul>
          </div>
        )}
        {db && openCompanyId ? (
          <CompanyEditor
            db={db}
            companyId={openCompanyId}
            onClose={() => {
              setOpenCompanyId(undefined);
              void run(async () => undefined, '刷新失败');
            }}
          />
        ) : db && openDraftId ? (
          <ApplicationEditor
            db={db}
            draftId={openDraftId}
            onClose={() => {
              setOpenDraftId(undefined);
              void run(async () => undefined, '刷新失败');
            }}
          />
        ) : (
          <>
            <section aria-labelledby="drafts-heading" className="dashboard__card">
              <h2 id="drafts-heading">项目草稿</h2>
              {data === undefined ? (
                <p>正在读取本地数据…</p>
              ) : firstRun && firstRun.step !== 'done' ? (
                <FirstRunGuide
                  state={firstRun}
                  onStartCompany={() =>
                    document.querySelector<HTMLElement>('[data-testid="company-name-input"]')?.focus()
                  }
                  onOpenCompany={setOpenCompanyId}
                  onCreateDraft={createAndOpenDraft}
                />
              ) : (
                <DraftList
                  drafts={data.drafts}
                  searchable
                  onOpen={setOpenDraftId}
                  onArchive={(draftId) =>
                    void run((database) => setArchived(database, draftId, true), '归档失败')
                  }
                  onDelete={(draftId) =>
                    void run((database) => moveToTrash(database, 'draft', draftId), '删除失败')
                  }
                />
              )}
            </section>
            {db && data && (
              <DocumentImportPanel
                db={db}
                companies={data.companies}
                onChanged={() => void run(async () => undefined, '刷新失败')}
              />
            )}
            {data && data.companies.length > 0 && (
              <section aria-labelledby="companies-heading" className="dashboard__card">
                <h2 id="companies-heading">单位资料</h2>
                <ul className="draft-list">
                  {data.companies.map((company) => {
                    const name = String(company.profile['company.name'] ?? '（未命名单位）');
                    return (
                      <li key={company.id} className="company-list__item">
                        <strong>{name}</strong>
                        <button
                          type="button"
                          data-testid="company-open"
                          aria-label={`编辑单位资料：${name}`}
                          onClick={() => setOpenCompanyId(company.id)}
                        >
                          编辑单位资料
                        </button>
                        <button
                          type="button"
                          className="button--secondary"
                          data-testid="company-delete"
                          aria-label={`删除单位：${name}（连同它的草稿，30 天内可在回收站恢复）`}
                          onClick={() =>
                            void run((database) => moveToTrash(database, 'company', company.id), '删除失败')
                          }
                        >
                          删除
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </section>
            )}
            {data && data.archived.length > 0 && (
              <section aria-labelledby="archived-heading" className="dashboard__card">
                <details>
                  <summary>
                    <h2 id="archived-heading">已归档（{data.archived.length}）</h2>
                  </summary>
                  <DraftList
                    drafts={data.archived}
                    testId="archived-list"
                    onOpen={setOpenDraftId}
                    archiveLabel="取消归档"
                    onArchive={(draftId) =>
                      void run((database) => setArchived(database, draftId, false), '取消归档失败')
                    }
                  />
                </details>
              </section>
            )}
            {data && data.trash.length > 0 && <TrashPanel items={data.trash} run={run} />}
            {data && (
              <section aria-labelledby="new-heading" className="dashboard__card">
                <h2 id="new-heading">新建</h2>
                <NewDraftPanel
                  companies={data.companies}
                  drafts={data.drafts}
                  run={run}
                  onOpen={setOpenDraftId}
                  onCompanyCreated={setOpenCompanyId}
                />
              </section>
            )}
            {db && (
              <section aria-labelledby="new-edition-heading" className="dashboard__card">
                <h2 id="new-edition-heading">从通知新建批次</h2>
                <NewEditionPanel db={db} onChanged={() => void run(async () => undefined, '刷新失败')} />
              </section>
            )}
            {db && (
              <section aria-labelledby="settings-heading" className="dashboard__card">
                <h2 id="settings-heading">设置</h2>
                <SettingsPanel db={db} />
                <SitesPanel />
              </section>
            )}
            <section aria-labelledby="sample-heading" className="dashboard__card">
              <h2 id="sample-heading">示例数据</h2>
              <p>内置一家虚构的示例单位和一份完整的 2020 年申报项目，可用来熟悉填充和检查功能。</p>
              <button
                type="button"
                data-testid="sample-load"
                // Until the local database is open a click could not be saved: wait for it.
                disabled={!db || !data}
                onClick={() => void run((database) => loadSample(database), '载入示例失败')}
              >
                {hasSample ? '重新载入示例' : '载入示例'}
              </button>{' '}
              {hasSample && (
                <button
                  type="button"
                  data-testid="sample-remove"
                  onClick={() => void run((database) => removeSample(database), '移除示例失败')}
                >
                  移除示例
                </button>
              )}
            </section>
            <BackupPanel onChanged={() => void run(async () => undefined, '刷新失败')} />
          </>
        )}
      </main>
    </div>
  );
}
