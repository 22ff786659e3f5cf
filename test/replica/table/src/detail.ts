import { h } from './dom';
import { ATTACHMENT_SLOTS, DETAIL_GROUPS, FRAME_MESSAGE, type FrameMessage } from './options';
import { notify, onStateChange, state, textArea } from './state';

/** 三、申报项目详细介绍: nine free texts under the paper's headings. */
export function detailSection(): HTMLElement {
  return h(
    'section',
    { class: 'block' },
    h('h3', { class: 'block-title' }, '三、申报项目详细介绍'),
    ...DETAIL_GROUPS.map((group) =>
      h(
        'div',
        { class: 'detail-group' },
        h('h4', {}, group.title),
        ...group.items.map((item) =>
          h(
            'div',
            { class: 'detail-item' },
            // 3.下一步实施计划 has a single text, so its heading is the group title alone.
            item.heading === group.title.replace(/^\d+\./, '')
              ? null
              : h('h5', {}, h('span', { class: 'req' }, '*'), item.heading),
            item.hint ? h('div', { class: 'hint' }, item.hint) : null,
            textArea(`申报项目详细介绍.${item.key}`, { rows: 6 }),
          ),
        ),
      ),
    ),
  );
}

/**
 * 附件 live in their own page inside an iframe (the upload component of such portals is a
 * separate page); the frame reports every selection with postMessage and the form keeps it
 * in its state.
 */
export function attachmentSection(): HTMLElement {
  for (const slot of ATTACHMENT_SLOTS) state.files[slot.key] = [];
  const frame = h('iframe', {
    src: '/sfxm/table/attachments.html',
    title: '附件上传',
    class: 'attach-frame',
    scrolling: 'no',
  });
  const summary = h('span', { class: 'attach-summary' });
  const renderSummary = () => {
    const done = ATTACHMENT_SLOTS.filter((slot) => (state.files[slot.key] ?? []).length > 0).length;
    summary.textContent = `已上传 ${done}/${ATTACHMENT_SLOTS.length} 项`;
  };
  renderSummary();
  onStateChange(renderSummary);

  window.addEventListener('message', (event: MessageEvent<FrameMessage>) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    const message = event.data;
    if (message?.source !== FRAME_MESSAGE) return;
    if (message.kind === 'height') frame.style.height = `${message.height}px`;
    else if (message.slot in state.files) {
      state.files[message.slot] = message.files.map(({ name, size }) => ({ name, size }));
      notify();
    }
  });

  return h(
    'section',
    { class: 'block' },
    h('h3', { class: 'block-title' }, '附件（证明材料）', summary),
    h(
      'div',
      { class: 'hint' },
      '申报书要求提供证明材料处，请在附件中进行补充。附件须为PDF格式，单个文件不超过20MB，每项可选择多个文件。',
    ),
    frame,
  );
}
