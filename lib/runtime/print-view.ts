import { applicationValues } from '@/lib/catalog';
import { composeDocument } from '@/lib/docx/compose';
import { renderHtml } from '@/lib/docx/html';
import { preflight } from '@/lib/docx/preflight';
import { printViewParams } from '@/lib/docx/print-view';
import { loadProofContents, unrenderedPdfs } from '@/lib/docx/proofs';
import { loadRecords } from '@/lib/drafts/application';
import { loadLocalEditions } from '@/lib/editions/local';
import { openDatabase } from '@/lib/store/db';
import { describeFailure } from '@/lib/text/failure';
import { renderPdfPages } from './pdf-render';

/** The bar above the document on screen; never printed. */
const TOOLBAR_CSS = [
  '.print-toolbar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;',
  'padding:10px 16px;background:#fff;border-bottom:1px solid #d0d4da;font:14px/1.5 system-ui,sans-serif}',
  '.print-toolbar h1{font-size:16px;margin:0}',
  '.print-toolbar button{font:inherit;padding:6px 16px;border-radius:4px;border:1px solid #1f5fbf;background:#1f5fbf;color:#fff;cursor:pointer}',
  '.print-toolbar__note{color:#555}',
  '.print-toolbar__warn{color:#a40000;flex-basis:100%;margin:0}',
  '.print-status{font:14px/1.5 system-ui,sans-serif;padding:16px}',
  '@media print{.print-toolbar,.print-status{display:none}}',
].join('\n');

function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  text: string,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/**
 * 「打印全部」 (print.html?draft=…&date=…): reads the draft, renders its PDF proofs, and shows the
 * same document model as the .docx and the print preview (`composeDocument` → `renderHtml`)
 * with every proof in 附1/附2, in the edition's binding order, under a bar with 「打印 / 另存为
 * PDF」. `body[data-state]` says when it is ready (or failed) for the tests.
 */
export async function showPrintView(document: Document): Promise<void> {
  const status = document.querySelector<HTMLElement>('.print-status');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const head = document.head;
  head.append(element(document, 'style', TOOLBAR_CSS));
  const params = printViewParams(location.search);
  if (!params) {
    say('没有指定要打印的草稿。请从申报助手的「导出申报书」对话框打开「打印全部」。');
    document.body.dataset.state = 'failed';
    return;
  }
  try {
    const db = await openDatabase();
    await loadLocalEditions(db);
    const records = await loadRecords(db, params.draftId);
    const { edition } = records;
    const values = {
      ...applicationValues(
        records.company.profile,
        { [edition.fiscalYear]: records.figures.values },
        records.draft.values,
        edition,
      ),
      ...(params.isoDate ? { 'project.applicationDate': params.isoDate } : {}),
    };
    say('正在把证明材料转成图片…');
    const proofs = await loadProofContents(db, edition, values, { renderPdf: renderPdfPages });
    const today = new Date();
    const draftMarked = preflight(values, edition, today).length > 0;
    const model = composeDocument({ edition, values, draftMarked, today, proofs });
    const parsed = new DOMParser().parseFromString(renderHtml(model), 'text/html');
    document.title = `打印全部 · ${model.title}`;
    for (const style of parsed.head.querySelectorAll('style')) head.append(document.adoptNode(style));

    const toolbar = element(document, 'div', '', { class: 'print-toolbar', 'data-testid': 'print-toolbar' });
    toolbar.append(element(document, 'h1', '打印全部：申报书与证明材料'));
    const button = element(document, 'button', '打印 / 另存为 PDF', {
      type: 'button',
      'data-testid': 'print-all-print',
    });
    button.addEventListener('click', () => window.print());
    toolbar.append(button);
    toolbar.append(
      element(
        document,
        'span',
        `按通知要求的顺序：申报书，${appendixNames(parsed).join('、')}。打印时纸张选 A4；要得到 PDF，在打印对话框的「目标打印机」中选「另存为 PDF」。`,
        { class: 'print-toolbar__note' },
      ),
    );
    if (draftMarked)
      toolbar.append(
        element(document, 'p', '草稿：尚有未通过检查的栏目，每页页眉标有「草稿」，不能作为正式申报材料。', {
          class: 'print-toolbar__warn',
        }),
      );
    for (const item of unrenderedPdfs(edition, values, proofs))
      toolbar.append(
        element(document, 'p', `${item.name}：${item.note}。`, {
          class: 'print-toolbar__warn',
          'data-testid': 'print-unrendered',
        }),
      );
    status?.remove();
    document.body.replaceChildren(
      toolbar,
      ...[...parsed.body.childNodes].map((node) => document.adoptNode(node)),
    );
    document.body.dataset.state = 'ready';
  } catch (error) {
    say(describeFailure('打印页面未能生成', error));
    document.body.dataset.state = 'failed';
  }
}

/** The appendix headings of the document in printed order (附1, 附2, 附3). */
function appendixNames(parsed: Document): string[] {
  return [...parsed.querySelectorAll('h1')]
    .map((heading) => heading.textContent?.trim() ?? '')
    .filter((text) => /^附\d+$/.test(text));
}
