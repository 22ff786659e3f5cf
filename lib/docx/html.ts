import { bytesToBase64 } from '@/lib/backup/base64';
import { composeDocument, type DocumentInput } from './compose';
import type {
  Block,
  DocumentModel,
  ImageBlock,
  ParagraphBlock,
  ParagraphStyle,
  Run,
  TableBlock,
} from './model';
import { DRAFT_COLOR, FONTS, INDENT_CHARS, PAGE, SIZES } from './styles';

/** The print preview: the same document model as the .docx, as one self-contained HTML page. */
export function buildApplicationHtml(input: DocumentInput): string {
  return renderHtml(composeDocument(input));
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

const pt = (twips: number) => `${twips / 20}pt`;

const STYLE_CSS: Record<ParagraphStyle, string> = {
  body: `font: ${SIZES.body}pt/1.3 ${FONTS.body.css};`,
  title: `font: ${SIZES.title}pt/1.3 ${FONTS.hei.css};`,
  heading1: `font: ${SIZES.heading}pt/1.3 ${FONTS.hei.css};`,
  heading2: `font: ${SIZES.heading}pt/1.3 ${FONTS.kai.css};`,
  heading3: `font: bold ${SIZES.heading}pt/1.3 ${FONTS.body.css};`,
  cell: `font: ${SIZES.table}pt/1.3 ${FONTS.body.css};`,
  cellLabel: `font: ${SIZES.table}pt/1.3 ${FONTS.body.css};`,
  cellHeading: `font: ${SIZES.heading}pt/1.3 ${FONTS.hei.css};`,
  cellNote: `font: ${SIZES.tableNote}pt/1.3 ${FONTS.body.css};`,
};

const STYLE_SIZE: Record<ParagraphStyle, number> = {
  body: SIZES.body,
  title: SIZES.title,
  heading1: SIZES.heading,
  heading2: SIZES.heading,
  heading3: SIZES.heading,
  cell: SIZES.table,
  cellLabel: SIZES.table,
  cellHeading: SIZES.heading,
  cellNote: SIZES.tableNote,
};

function css(model: DocumentModel): string {
  const margin = PAGE.margin;
  const styles = Object.entries(STYLE_CSS).map(([style, rule]) => `.s-${style}{${rule}}`);
  return [
    `@page{size:A4;margin:${pt(margin.top)} ${pt(margin.right)} ${pt(margin.bottom)} ${pt(margin.left)};`,
    `@bottom-center{content:"第 " counter(page) " 页 共 " counter(pages) " 页";font:${SIZES.footer}pt ${FONTS.body.css}}`,
    // The draft mark repeats on every printed page as the .docx header does.
    model.draftNotice
      ? `@top-center{content:${JSON.stringify(model.draftNotice)};color:#${DRAFT_COLOR};font:bold ${SIZES.header}pt ${FONTS.body.css}}`
      : '',
    '}',
    '@page:first{@bottom-center{content:none}}',
    'html{background:#e9ebee}',
    `body{margin:0;color:#000;font:${SIZES.body}pt ${FONTS.body.css}}`,
    `.sheet{background:#fff;width:${pt(PAGE.width - margin.left - margin.right)};margin:16px auto;`,
    `padding:${pt(margin.top)} ${pt(margin.right)} ${pt(margin.bottom)} ${pt(margin.left)};box-shadow:0 1px 4px rgb(0 0 0/20%)}`,
    'p{margin:0;text-align:left}',
    '.page-break{border-top:1px dashed #bbb;margin:24px 0}',
    // On screen an embedded proof page shows its edge; on paper the sheet is its edge.
    '.proof-image img{box-shadow:0 0 0 1px #c9ced6}',
    'table{border-collapse:collapse;table-layout:fixed;width:100%}',
    'td{border:1px solid #000;padding:2pt 4pt;vertical-align:middle}',
    `.draft{color:#${DRAFT_COLOR};font:bold ${SIZES.header}pt ${FONTS.body.css};text-align:center}`,
    ...styles,
    '@media print{html{background:none}.sheet{width:auto;margin:0;padding:0;box-shadow:none}',
    '.page-break{border:0;margin:0;break-after:page}.sheet+.sheet{break-before:page}',
    'tr{break-inside:avoid}.draft{display:none}',
    // An embedded proof page stays whole and keeps its caption with it.
    '.proof-image{break-inside:avoid;break-after:avoid}.proof-image img{max-width:100%;object-fit:contain;box-shadow:none}}',
  ].join('\n');
}

function runHtml(item: Run): string {
  const style = [
    item.bold ? 'font-weight:bold' : '',
    item.underline ? 'text-decoration:underline' : '',
    item.color ? `color:#${item.color}` : '',
    item.font ? `font-family:${FONTS[item.font].css}` : '',
  ].filter(Boolean);
  const text = `${item.breakBefore ? '<br>' : ''}${escapeHtml(item.text)}`;
  return style.length > 0 ? `<span style="${escapeHtml(style.join(';'))}">${text}</span>` : text;
}

function paragraphHtml(block: ParagraphBlock): string {
  const size = STYLE_SIZE[block.style];
  const style = [
    block.align ? `text-align:${block.align}` : '',
    block.firstLineIndent ? `text-indent:${INDENT_CHARS * size}pt` : '',
    block.indentChars ? `padding-left:${block.indentChars * size}pt` : '',
    block.hangingChars ? `text-indent:-${block.hangingChars * size}pt` : '',
    block.spaceBeforePt ? `margin-top:${block.spaceBeforePt}pt` : '',
    block.sizePt ? `font-size:${block.sizePt}pt` : '',
  ].filter(Boolean);
  const attributes = style.length > 0 ? ` style="${style.join(';')}"` : '';
  const tag = block.style.startsWith('heading') ? `h${block.style.slice(-1)}` : 'p';
  const content = block.runs.map(runHtml).join('') || '&nbsp;';
  return `<${tag} class="s-${block.style}"${attributes}>${content}</${tag}>`;
}

function tableHtml(block: TableBlock): string {
  const total = block.columns.reduce((sum, width) => sum + width, 0);
  const columns = block.columns.map((width) => `<col style="width:${((width / total) * 100).toFixed(2)}%">`);
  const rows = block.rows.map((row) => {
    const cells = row.map((cell) => {
      const spans = `${cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : ''}${cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : ''}`;
      const key = cell.key ? ` data-key="${escapeHtml(cell.key)}"` : '';
      return `<td class="c-${cell.kind}"${spans}${key}>${cell.paragraphs.map(paragraphHtml).join('')}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table><colgroup>${columns.join('')}</colgroup><tbody>${rows.join('')}</tbody></table>`;
}

/** An embedded proof as a data URL, at its printed size. */
function imageHtml(block: ImageBlock): string {
  const type = block.format === 'png' ? 'image/png' : 'image/jpeg';
  return (
    `<p class="proof-image" style="text-align:center;margin:6pt 0">` +
    `<img src="data:${type};base64,${bytesToBase64(block.data)}" alt="${escapeHtml(block.name)}" ` +
    `style="width:${block.widthPt}pt;height:${block.heightPt}pt"></p>`
  );
}

function blockHtml(block: Block): string {
  if (block.type === 'pageBreak') return '<div class="page-break"></div>';
  if (block.type === 'image') return imageHtml(block);
  return block.type === 'paragraph' ? paragraphHtml(block) : tableHtml(block);
}

export function renderHtml(model: DocumentModel): string {
  const draft = model.draftNotice ? `<p class="draft">${escapeHtml(model.draftNotice)}</p>` : '';
  const sheets = model.sections.map(
    (section) => `<section class="sheet">${draft}${section.blocks.map(blockHtml).join('\n')}</section>`,
  );
  return [
    '<!doctype html>',
    '<html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${escapeHtml(model.title)}</title>`,
    `<style>${css(model)}</style>`,
    '</head><body>',
    ...sheets,
    '</body></html>',
  ].join('\n');
}
