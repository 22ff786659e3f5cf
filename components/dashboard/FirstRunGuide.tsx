import { LATEST_EDITION } from '@/lib/catalog';
import type { FirstRunState, FirstRunStep } from '@/lib/drafts/first-run';

interface FirstRunGuideProps {
  state: FirstRunState;
  /** Moves the focus to the 单位名称 box of 新建. */
  onStartCompany: () => void;
  onOpenCompany: (companyId: string) => void;
  onCreateDraft: (companyId: string) => void;
}

const STEPS: readonly { step: Exclude<FirstRunStep, 'done'>; title: string; text: string }[] = [
  { step: 'company', title: '新建单位', text: '填写申报单位全称，之后打开单位资料补全基本信息。' },
  {
    step: 'figures',
    title: '年度经营数据',
    text: `${LATEST_EDITION.year}年申报书要填 ${LATEST_EDITION.fiscalYear} 年的经营数据（主营业务收入、研发投入等），按年份保存，以后各年通用。`,
  },
  {
    step: 'draft',
    title: '新建草稿',
    text: `为单位新建${LATEST_EDITION.year}年申报草稿，逐栏填写，边填边检查。`,
  },
];

/** The empty dashboard's guide: 新建单位 → 年度经营数据 → 新建草稿, with the next step as a button. */
export function FirstRunGuide({ state, onStartCompany, onOpenCompany, onCreateDraft }: FirstRunGuideProps) {
  const current = STEPS.findIndex(({ step }) => step === state.step);
  const { companyId } = state;
  return (
    <div className="first-run" data-testid="first-run-guide">
      <p>还没有项目草稿。按下面三步开始：</p>
      <ol className="first-run__steps">
        {STEPS.map(({ step, title, text }, index) => {
          const status = index < current ? 'done' : index === current ? 'current' : 'todo';
          return (
            <li key={step} className={`first-run__step first-run__step--${status}`} data-state={status}>
              <strong>
                第 {index + 1} 步：{title}
                {status === 'done' ? '（已完成）' : ''}
              </strong>
              <span>{text}</span>
              {status === 'current' && step === 'company' && (
                <button type="button" data-testid="first-run-action" onClick={onStartCompany}>
                  填写单位名称
                </button>
              )}
              {status === 'current' && step === 'figures' && companyId && (
                <button type="button" data-testid="first-run-action" onClick={() => onOpenCompany(companyId)}>
                  填写 {LATEST_EDITION.fiscalYear} 年经营数据
                </button>
              )}
              {status === 'current' && step === 'draft' && companyId && (
                <button type="button" data-testid="first-run-action" onClick={() => onCreateDraft(companyId)}>
                  新建{LATEST_EDITION.year}年申报草稿
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <p className="first-run__alternatives">
        想先熟悉功能？可以在下方「示例数据」中载入示例。去年用过申报助手？在「备份与恢复」中导入备份文件，单位资料和往年草稿都会恢复，再用「从往年申报复制」。
      </p>
    </div>
  );
}
