import './style.css';
import { recordRejection, recordSubmission } from '@replica-shared/submission';
import { getLayui, type LayEventData } from './layui';
import { escapeHtml } from './markup';
import { ATTACHMENTS, OTHER } from './options';
import { createRules } from './rules';
import { formMarkup } from './sections';
import { buildPayload, createState, type SiteState, toggleBusiness } from './state';

const layui = getLayui();
const state: SiteState = createState();

const $ = <T extends Element = HTMLElement>(selector: string): T | null =>
  document.querySelector<T>(selector);

/** Shows or hides a 是/其他 block; hidden fields lose their value and their rules. */
function reveal(id: string, shown: boolean): void {
  const box = document.getElementById(id);
  if (!box) return;
  box.classList.toggle('layui-hide', !shown);
  for (const field of box.querySelectorAll<HTMLInputElement>('[data-verify]')) {
    if (shown) {
      field.setAttribute('lay-verify', field.dataset.verify ?? '');
    } else {
      field.removeAttribute('lay-verify');
      field.classList.remove('layui-form-danger');
      field.value = '';
    }
  }
}

const otherHonours = (): string[] =>
  [...document.querySelectorAll<HTMLInputElement>('input[name="qtry[]"]')].map((field) => field.value);

function formatSize(size: number): string {
  return size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1024 / 1024).toFixed(2)} MB`;
}

function renderFiles(slot: string): void {
  const cell = $(`tr[data-slot="${slot}"] .sb-files`);
  if (!cell) return;
  const files = state.files[slot] ?? [];
  cell.innerHTML = files.length
    ? files
        .map(
          (file) =>
            `<div class="sb-file"><i class="layui-icon layui-icon-file"></i><span class="sb-file-name">${escapeHtml(file.name)}</span><span class="sb-file-size">${formatSize(file.size)}</span><a href="javascript:;" class="sb-file-del" data-key="${file.key}">删除</a></div>`,
        )
        .join('')
    : '<span class="sb-empty">未选择文件</span>';
}

function bindChoices(): void {
  const { form } = layui;
  const choose = (data: LayEventData): void => {
    state.choices[data.elem.name] = data.value;
  };
  for (const name of ['tjdw', 'sbfx', 'ry']) form.on(`select(${name})`, choose);
  form.on('select(dwxz)', (data) => {
    choose(data);
    reveal('sb-dwxzqt', data.value === OTHER);
  });
  form.on('checkbox(zyyw)', (data) => {
    toggleBusiness(state, data.value, (data.elem as HTMLInputElement).checked);
    reveal('sb-zyywqt', state.zyyw.includes(OTHER));
  });
  const yesNo: Record<string, string> = { sfss: 'sb-ss', sfck: 'sb-ck', sfrjqy: 'sb-rj' };
  for (const [name, block] of Object.entries(yesNo)) {
    form.on(`radio(${name})`, (data) => {
      choose(data);
      reveal(block, data.value === '1');
    });
  }
}

function bindCounters(): void {
  for (const counter of document.querySelectorAll<HTMLElement>('[data-counter]')) {
    const field = $<HTMLTextAreaElement>(`textarea[name="${counter.dataset.counter}"]`);
    const shown = counter.querySelector('em');
    if (!field || !shown) continue;
    const update = (): void => {
      const length = field.value.length;
      shown.textContent = String(length);
      counter.classList.toggle('sb-near', length > 360 && length <= 400);
      counter.classList.toggle('sb-over', length > 400);
    };
    field.addEventListener('input', update);
    update();
  }
}

function bindOtherHonours(): void {
  const list = $('#sb-qtry');
  $('#sb-qtry-add')?.addEventListener('click', () => {
    list?.insertAdjacentHTML(
      'beforeend',
      '<div class="sb-qtry-row"><input type="text" name="qtry[]" placeholder="请输入荣誉名称（含认定年份）" autocomplete="off" class="layui-input"><button type="button" class="layui-btn layui-btn-primary layui-btn-sm sb-qtry-del">删除</button></div>',
    );
  });
  list?.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('.sb-qtry-del');
    button?.parentElement?.remove();
  });
}

function bindUploads(): void {
  const { upload } = layui;
  for (const slot of ATTACHMENTS) {
    upload.render({
      elem: `#btn-${slot.name}`,
      auto: false,
      multiple: true,
      accept: 'file',
      exts: 'pdf|jpg|jpeg|png|doc|docx|zip|rar',
      size: 20 * 1024,
      choose(choice) {
        const files = state.files[slot.name] ?? [];
        for (const [key, file] of Object.entries(choice.getChooseFiles())) {
          files.push({ key, name: file.name, size: file.size });
        }
        state.files[slot.name] = files;
        renderFiles(slot.name);
        // Let the same file be chosen again after deleting it.
        const picker = $<HTMLInputElement>(`#btn-${slot.name} + .layui-upload-file`);
        if (picker) picker.value = '';
      },
    });
  }
  $('.sb-attach')?.addEventListener('click', (event) => {
    const link = (event.target as HTMLElement).closest<HTMLElement>('.sb-file-del');
    const slot = link?.closest<HTMLElement>('tr')?.dataset.slot;
    if (!link || !slot) return;
    state.files[slot] = (state.files[slot] ?? []).filter((file) => file.key !== link.dataset.key);
    renderFiles(slot);
  });
}

function showSubmitted(): void {
  const number = `SFXM2020-${String(Date.now()).slice(-6)}`;
  const host = $('#sb-form-host');
  if (host) {
    host.innerHTML = `<div class="sb-result"><i class="layui-icon layui-icon-success"></i><h2>提交成功</h2><p>您的申报材料已提交，申报编号：<b>${number}</b>。</p><p>请等待推荐单位审核，审核结果将通过短信通知申报联系人。</p><a class="layui-btn layui-btn-primary" href="/sfxm/">返回首页</a></div>`;
  }
  $('.sb-notice')?.classList.add('layui-hide');
  window.scrollTo(0, 0);
}

layui.use(['form', 'laydate', 'upload', 'layer', 'element'], () => {
  const { form, laydate } = layui;
  const host = $('#sb-form-host');
  if (!host) return;
  host.innerHTML = formMarkup();

  form.verify(createRules(state, otherHonours, (message) => recordRejection([message])));
  form.render();
  laydate.render({ elem: '#ssrq', type: 'date' });
  laydate.render({ elem: '#qzrq', type: 'date', range: true });
  for (const name of ['gxqynf', 'jszxnf', 'zdsysnf'])
    laydate.render({ elem: `input[name="${name}"]`, type: 'year' });

  bindChoices();
  bindCounters();
  bindOtherHonours();
  bindUploads();

  form.on('submit(tj)', (data) => {
    recordSubmission(buildPayload(state, data.field));
    showSubmitted();
    return false;
  });
  document.documentElement.dataset.replicaState = 'ready';
});
