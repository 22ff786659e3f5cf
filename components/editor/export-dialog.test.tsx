// @vitest-environment jsdom
/** The export dialog: 申报日期 (the draft's, else today; kept with the draft) and embedded proofs. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applicationValues } from '@/lib/catalog';
import { EDITION_2020 } from '@/lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '@/lib/catalog/sample';
import type { ProofContent } from '@/lib/docx/proofs';
import { type Mounted, mount } from '@/test/react-dom';
import { ExportDocxButton, isoDay } from './ExportDocxButton';

let ui: Mounted;
beforeEach(() => {
  ui = mount();
  // jsdom has no object URLs: the download's link gets a stand-in address.
  URL.createObjectURL = vi.fn(() => 'blob:test');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  ui.unmount();
  vi.restoreAllMocks();
});

const sample = applicationValues(
  SAMPLE_APPLICANT.company,
  SAMPLE_APPLICANT.figuresByYear,
  SAMPLE_APPLICANT.draft.values,
  EDITION_2020,
);

describe('the export dialog', { timeout: 60_000 }, () => {
  it('offers the draft’s 申报日期, stores a new choice with the draft, and loads proofs only when asked', async () => {
    const onDateChange = vi.fn();
    const loadProofs = vi.fn(async () => new Map<string, ProofContent>());
    await ui.render(
      <ExportDocxButton
        edition={EDITION_2020}
        values={sample}
        checklist={[]}
        onDateChange={onDateChange}
        loadProofs={loadProofs}
      />,
    );
    await ui.click(ui.byTestId('export-docx') as HTMLElement);
    const date = (await ui.waitForTestId('export-date')) as HTMLInputElement;
    expect(date.value).toBe('2020-05-06');
    expect(ui.byTestId('export-docx-issues')).toBeNull();
    await ui.type(date, '2020-05-09');
    await ui.click(ui.byTestId('export-embed-proofs') as HTMLElement);
    await ui.click(ui.byTestId('export-docx-confirm') as HTMLElement);
    await ui.waitFor(() => expect(ui.byTestId('export-docx-state')?.textContent).toBe('已导出'));
    expect(onDateChange).toHaveBeenCalledWith('2020-05-09');
    expect(loadProofs).toHaveBeenCalledWith(
      expect.objectContaining({ 'project.applicationDate': '2020-05-09' }),
    );
    expect(ui.byTestId('export-docx-dialog')).toBeNull();
  });

  it('names a PDF that could not be rendered, in zh-CN, and opens 打印全部 for the chosen date', async () => {
    const values = {
      ...sample,
      'attachment.promotionProof': [{ id: 'locked', name: '推广效果（加密）.pdf' }],
    };
    const loadProofs = vi.fn(
      async () =>
        new Map<string, ProofContent>([['locked', { kind: 'pdf', pages: 3, failure: 'encrypted' }]]),
    );
    const onPrintAll = vi.fn();
    await ui.render(
      <ExportDocxButton
        edition={EDITION_2020}
        values={values}
        checklist={[]}
        loadProofs={loadProofs}
        onPrintAll={onPrintAll}
      />,
    );
    await ui.click(ui.byTestId('export-docx') as HTMLElement);
    await ui.type((await ui.waitForTestId('export-date')) as HTMLInputElement, '2020-05-07');
    await ui.click(ui.byTestId('export-print-all') as HTMLElement);
    expect(onPrintAll).toHaveBeenCalledWith('2020-05-07');
    await ui.click(ui.byTestId('export-embed-proofs') as HTMLElement);
    await ui.click(ui.byTestId('export-docx-confirm') as HTMLElement);
    const notes = await ui.waitForTestId('export-docx-unrendered');
    expect(notes.textContent).toContain(
      '推广效果（加密）.pdf：PDF 文件未能转成图片（文件设有打开密码），共 3 页',
    );
    expect(notes.textContent).not.toMatch(/Password|Exception|Error/);
  });

  it('defaults to today without a stored date; with errors it lists them and offers a 草稿 instead', async () => {
    const values = {
      ...sample,
      'project.applicationDate': undefined,
      'company.creditCode': '91500000MA5U7XXX1Q',
    };
    await ui.render(<ExportDocxButton edition={EDITION_2020} values={values} checklist={[]} />);
    await ui.click(ui.byTestId('export-docx') as HTMLElement);
    expect(((await ui.waitForTestId('export-date')) as HTMLInputElement).value).toBe(isoDay(new Date()));
    const issues = await ui.waitForTestId('export-docx-issues');
    expect(issues.textContent).toContain('校验位不正确');
    expect(issues.textContent).toContain('【有误】');
    expect(ui.byTestId('export-docx-confirm')).toBeNull();
    expect(ui.byTestId('export-docx-draft')).not.toBeNull();
    // Without a proof reader the option is not offered.
    expect(ui.byTestId('export-embed-proofs')).toBeNull();
  });
});
