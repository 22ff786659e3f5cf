import { useMemo, useState } from 'react';
import { SectionEditor } from '@/components/editor/SectionEditor';
import { type Edition, fieldsFor, LATEST_EDITION } from '@/lib/catalog';
import type { Database } from '@/lib/store/db';
import { type Issue, validateValues } from '@/lib/validate';
import { CustomFieldsEditor } from './CustomFieldsEditor';
import { FiguresTable } from './FiguresTable';
import { useCompany } from './useCompany';
import '@/components/editor/editor.css';
import './company.css';

interface CompanyEditorProps {
  db: Database;
  companyId: string;
  onClose: () => void;
  /** The form whose rules apply; the newest edition by default. */
  edition?: Edition;
}

/** 单位资料: table 一's profile cells, and the figures as a table by fiscal year. */
export function CompanyEditor({ db, companyId, onClose, edition = LATEST_EDITION }: CompanyEditorProps) {
  const { state, message, saving, changeProfile, changeFigure, addYear, flushAll } = useCompany(
    db,
    companyId,
  );
  // As in the draft editor: an empty cell is not an error before the user touched it or
  // pressed 检查; completeness shows quietly meanwhile (format errors always show).
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const touch = (key: string) => {
    if (!touched.has(key)) setTouched(new Set([...touched, key]));
  };
  const shown = (issue: Issue, touchKey: string) =>
    showAll || issue.code !== 'required' || touched.has(touchKey);
  const { profileFields, extraFields, figureFields, profileKeys, figureKeys } = useMemo(() => {
    const fields = fieldsFor(edition);
    const profile = fields.filter((field) => field.scope === 'company');
    const figures = fields.filter((field) => field.scope === 'figures');
    return {
      profileFields: profile.filter((field) => !field.extra),
      extraFields: profile.filter((field) => field.extra),
      figureFields: figures,
      profileKeys: new Set(profile.map((field) => field.key)),
      figureKeys: new Set(figures.map((field) => field.key)),
    };
  }, [edition]);

  const profileIssues = useMemo(() => {
    if (!state) return [];
    // The draft's cells are not the profile's business: only profile keys are reported.
    return validateValues(state.company.profile, { edition }).filter((issue) => profileKeys.has(issue.key));
  }, [state, edition, profileKeys]);
  const years = useMemo(
    () =>
      [
        ...new Set([...(state?.figures.map((record) => record.year) ?? []), ...(state?.neededYears ?? [])]),
      ].toSorted((a, b) => a - b),
    [state],
  );

  const issuesByYear = useMemo(() => {
    if (!state) return {};
    return Object.fromEntries(
      years.map((year) => {
        const values = state.figures.find((record) => record.year === year)?.values ?? {};
        return [
          year,
          validateValues({ ...state.company.profile, ...values }, { edition }).filter((issue) =>
            figureKeys.has(issue.key),
          ),
        ];
      }),
    );
  }, [state, edition, figureKeys, years]);

  if (!state) return <p>{message ?? '正在打开单位资料…'}</p>;
  return (
    <div className="company-editor" data-testid="company-editor">
      <div className="application-editor__bar">
        {/* Written before the list reloads, so the list (and the first-run guide) sees the edit. */}
        <button type="button" onClick={() => void flushAll().then(onClose)}>
          返回列表
        </button>
        <span>单位资料每年通用；年度经营数据按年份保存，各批次申报自动取用所需年份。</span>
        <span data-testid="save-state" role="status">
          {saving ? '正在保存…' : '已自动保存'}
        </span>
        {message && <span role="alert">{message}</span>}
        <button type="button" data-testid="company-check" onClick={() => setShowAll(true)}>
          检查
        </button>
      </div>
      <SectionEditor
        id="company-profile"
        title="一、申报单位基本信息"
        fields={profileFields}
        values={state.company.profile}
        issues={profileIssues.filter((issue) => shown(issue, issue.key))}
        onChange={(key, value) => {
          touch(key);
          changeProfile(key, value);
        }}
      />
      <SectionEditor
        id="company-extra"
        title="其他常用信息（申报书以外，选填）"
        fields={extraFields}
        values={state.company.profile}
        issues={profileIssues}
        onChange={changeProfile}
      />
      <CustomFieldsEditor db={db} companyId={companyId} />
      <section className="section-editor" aria-labelledby="figures-title">
        <header className="section-editor__header">
          <h3 id="figures-title">年度经营数据</h3>
        </header>
        <FiguresTable
          fields={figureFields}
          years={years}
          neededYears={state.neededYears}
          valuesByYear={Object.fromEntries(state.figures.map((record) => [record.year, record.values]))}
          issuesByYear={Object.fromEntries(
            Object.entries(issuesByYear).map(([year, issues]) => [
              year,
              issues.filter((issue) => shown(issue, `${year}:${issue.key}`)),
            ]),
          )}
          onChange={(year, key, value) => {
            touch(`${year}:${key}`);
            changeFigure(year, key, value);
          }}
          onAddYear={addYear}
        />
      </section>
    </div>
  );
}
