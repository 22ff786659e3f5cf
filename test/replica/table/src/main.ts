import './style.css';
import { recordRejection, recordSubmission } from '../../shared/submission';
import { attachmentSection, detailSection } from './detail';
import { h } from './dom';
import { companyTable, coverTable, projectTable, provincialTable } from './table';
import { buildPayload, validate } from './validate';

const errors = h('div', { class: 'errors', role: 'alert', hidden: true });
const form = h(
  'form',
  { class: 'paper', novalidate: true, autocomplete: 'off' },
  h('h2', { class: 'paper-title' }, '新型信息消费示范项目申报书'),
  h('div', { class: 'paper-sub' }, '工业和信息化部编制（2020年）'),
  h(
    'div',
    { class: 'notice' },
    '填表须知：除另有说明外，申报表中栏目不得空缺；带 ',
    h('span', { class: 'req' }, '*'),
    ' 的为必填项。申报书要求提供证明材料处，请在页面下方附件中上传。',
  ),
  errors,
  h('h3', { class: 'block-title' }, '封面信息'),
  coverTable(),
  companyTable(),
  // A provincial variant asks questions of its own (test/replica/README.md, ?extra=1).
  new URLSearchParams(location.search).has('extra') ? provincialTable() : null,
  projectTable(),
  detailSection(),
  attachmentSection(),
  h(
    'div',
    { class: 'actions' },
    h('button', { type: 'submit', class: 'btn btn-primary' }, '提 交'),
    h('a', { class: 'btn', href: '/sfxm/' }, '返回首页'),
  ),
);

function showErrors(messages: string[]): void {
  errors.replaceChildren(
    h('div', { class: 'errors-title' }, `提交失败，请修改以下 ${messages.length} 处问题：`),
    h('ul', {}, ...messages.map((message) => h('li', {}, message))),
  );
  errors.hidden = false;
  errors.scrollIntoView({ block: 'start' });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const messages = validate();
  if (messages.length > 0) {
    showErrors(messages);
    recordRejection(messages);
    return;
  }
  const payload = buildPayload();
  recordSubmission(payload);
  const number = `SFXM2020${String(Date.now()).slice(-8)}`;
  form.replaceWith(
    h(
      'div',
      { class: 'paper done' },
      h('div', { class: 'done-icon' }, '✓'),
      h('h2', {}, '提交成功'),
      h('p', {}, `申报编号：${number}`),
      h('p', {}, `您的申报材料「${String(payload.项目名称)}」已提交，请等待推荐单位审核。`),
      h('p', { class: 'muted' }, '纸质版申报书（一式两份）请加盖公章后报送推荐单位。'),
    ),
  );
  window.scrollTo(0, 0);
});

document.body.append(
  h(
    'header',
    { class: 'topbar' },
    h('div', { class: 'brand' }, h('span', { class: 'logo' }, '信'), '信息消费示范项目申报系统'),
    h('div', { class: 'user' }, '欢迎您，申报单位用户', h('a', { href: '/sfxm/' }, '退出')),
  ),
  h(
    'div',
    { class: 'crumbs' },
    '当前位置：',
    h('a', { href: '/sfxm/' }, '首页'),
    ' > 在线申报 > 新型信息消费示范项目申报书',
  ),
  h('main', { class: 'page' }, form),
  h('footer', { class: 'foot' }, '主办单位：工业和信息化部信息技术发展司　技术支持：申报系统运维中心'),
);
