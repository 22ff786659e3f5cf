import './style.css';
import { h, uid } from './dom';
import { ATTACHMENT_GROUPS, type FileInfo, FRAME_MESSAGE, type FrameMessage } from './options';

// The upload page shown inside the form's iframe: one row per 附 item, a native file input
// each; every selection is reported to the form page, which owns the state.

const send = (message: FrameMessage) => window.parent.postMessage(message, location.origin);

const sizeText = (size: number) =>
  size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${(size / 1024).toFixed(1)} KB`;

function slotRow(slotKey: string, hint: string, index: number, groupCell: HTMLTableCellElement | null) {
  const input = h('input', { type: 'file', id: uid(), accept: '.pdf,application/pdf', multiple: true });
  const list = h('ul', { class: 'file-list' }, h('li', { class: 'muted' }, '未上传'));
  input.addEventListener('change', () => {
    const files: FileInfo[] = [...(input.files ?? [])].map((file) => ({ name: file.name, size: file.size }));
    list.replaceChildren(
      ...(files.length
        ? files.map((file) => h('li', {}, `${file.name}（${sizeText(file.size)}）`))
        : [h('li', { class: 'muted' }, '未上传')]),
    );
    send({ source: FRAME_MESSAGE, kind: 'files', slot: slotKey, files });
  });
  return h(
    'tr',
    {},
    groupCell,
    h('td', { class: 'item' }, `${index + 1}.${slotKey}`, h('div', { class: 'note' }, `（${hint}）`)),
    // The portal's own 选择文件 button over the native input (whose caption follows the browser's language).
    h('td', { class: 'pick' }, h('label', { class: 'file-btn', for: input.id }, '选择文件', input)),
    h('td', { class: 'files' }, list),
  );
}

const rows = ATTACHMENT_GROUPS.flatMap((group) =>
  group.slots.map((slot, index) =>
    slotRow(
      slot.key,
      slot.hint,
      index,
      index === 0
        ? h('td', { class: 'lbl grp', rowspan: group.slots.length }, group.code, h('br'), group.title)
        : null,
    ),
  ),
);

document.body.classList.add('frame-body');
document.body.append(
  h(
    'table',
    { class: 'form-table attach' },
    h('colgroup', {}, ...['14%', '42%', '22%', '22%'].map((width) => h('col', { style: `width:${width}` }))),
    h(
      'thead',
      {},
      h('tr', {}, ...['附件', '材料名称', '选择文件', '已选文件'].map((title) => h('th', {}, title))),
    ),
    h('tbody', {}, ...rows),
  ),
);

// The form page sizes the frame to its content, so no inner scrollbar hides a slot.
const reportHeight = () =>
  send({ source: FRAME_MESSAGE, kind: 'height', height: document.documentElement.scrollHeight });
new ResizeObserver(reportHeight).observe(document.body);
reportHeight();
