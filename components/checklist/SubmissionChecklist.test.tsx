// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { EDITION_2018 } from '@/lib/catalog/editions/edition-2018';
import { SubmissionChecklist } from './SubmissionChecklist';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('SubmissionChecklist', () => {
  it('lists the 2018 rules, ticks in the edition order, and is read-only without onChange', () => {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const root = createRoot(container);
    const changes: string[][] = [];
    act(() =>
      root.render(
        <SubmissionChecklist
          edition={EDITION_2018}
          ticked={['send']}
          onChange={(ticked) => changes.push(ticked)}
          today={new Date(2018, 2, 1)}
        />,
      ),
    );
    expect(container.querySelector('[data-testid="deadline-days"]')?.textContent).toBe(
      '距截止还有 4 天（2018年3月5日）',
    );
    const paper = container.querySelector<HTMLInputElement>('[data-testid="checklist-item-paper-copies"]');
    act(() => paper?.click());
    expect(changes).toEqual([['paper-copies', 'send']]);
    expect(container.textContent).not.toMatch(/申报系统|骑缝章/);

    act(() => root.render(<SubmissionChecklist edition={EDITION_2018} ticked={['send']} />));
    expect(container.querySelector<HTMLInputElement>('[data-testid="checklist-item-send"]')?.disabled).toBe(
      true,
    );
    act(() => root.unmount());
  });
});
