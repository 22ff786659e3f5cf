import { charCount } from './dom';
import { ATTACHMENT_GROUPS, DETAIL_GROUPS, HONOURS, OTHER } from './options';
import { fieldOrder, state, value } from './state';

const MOBILE = /^1\d{10}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^(0\d{2,3}-?)?\d{7,8}(-\d{1,6})?$/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;
const CREDIT_CODE = /^([0-9A-HJ-NPQRTUWXY]{18}|[0-9A-Z]{8}-?[0-9A-Z])$/;

/** Row names as the messages print them: 申报联系人.手机 → 申报联系人手机. */
const display = (path: string) => path.replace(/^申报项目详细介绍\./, '').replaceAll('.', '');

/** The site's own checks on 提交, in table order; returns its messages. */
export function validate(): string[] {
  const messages: string[] = [];
  const required = (path: string, name = display(path)) => {
    if (!value(path).trim()) messages.push(`${name}为必填项`);
    return Boolean(value(path).trim());
  };
  const format = (path: string, pattern: RegExp, problem: string) => {
    if (required(path) && !pattern.test(value(path).trim())) messages.push(`${display(path)}${problem}`);
  };
  const choose = (path: string, name: string) => {
    if (!value(path)) messages.push(`请选择${name}`);
  };
  const limit = (path: string) => {
    if (required(path) && charCount(value(path)) > 400) messages.push(`${display(path)}超过400字`);
  };

  required('推荐单位');
  required('单位名称');
  required('申报联系人.姓名');
  required('申报联系人.职务');
  format('申报联系人.手机', MOBILE, '格式不正确');
  format('申报联系人.传真', PHONE, '格式不正确');
  format('申报联系人.邮箱', EMAIL, '格式不正确');
  format('注册资本（万元）', AMOUNT, '须为数字');
  required('法定代表人');
  required('单位注册地址');
  required('单位办公地址');
  format('组织机构代码/三证合一码', CREDIT_CODE, '格式不正确');
  choose('单位性质.选项', '单位性质');
  if (value('单位性质.选项') === OTHER) required('单位性质.其他（请注明）', '单位性质（其他）');
  const business = state.checks['主营业务.选项'] ?? [];
  if (business.length === 0) messages.push('请至少选择一项主营业务');
  if (business.includes(OTHER)) required('主营业务.其他（请注明）', '主营业务（其他）');
  choose('是否上市公司.是否', '是否上市公司');
  if (value('是否上市公司.是否') === '是') {
    required('是否上市公司.上市时间', '上市时间');
    required('是否上市公司.上市地点', '上市地点');
    required('是否上市公司.股票代码', '股票代码');
  }
  choose('是否有业务出口.是否', '是否有业务出口');
  if (value('是否有业务出口.是否') === '是') required('是否有业务出口.主要出口地点', '主要出口地点');
  for (const honour of HONOURS) {
    const level = value(`相关荣誉.${honour}.级别`);
    const year = value(`相关荣誉.${honour}.授予年份`).trim();
    if (level && !year) messages.push(`${honour}授予年份为必填项`);
    if (year && !level) messages.push(`请选择${honour}级别`);
    if (year && !/^(19|20)\d{2}$/.test(year)) messages.push(`${honour}授予年份格式不正确`);
  }
  required('研发能力');
  format('主营业务收入（万元）', AMOUNT, '须为数字');
  format('研发投入（万元）', AMOUNT, '须为数字');
  format('信息消费相关业务收入（万元）', AMOUNT, '须为数字');
  format('研发人员规模', /^\d+$/, '须为整数');
  for (const item of ['软件业务收入总额', '产品收入总额', '信息技术服务收入总额', '嵌入式系统软件收入总额']) {
    const amount = value(`软件业务收入.${item}（万元）`).trim();
    if (amount && !AMOUNT.test(amount)) messages.push(`${item}须为数字`);
  }
  limit('申报单位简介');

  required('项目名称');
  required('起止日期.开始日期', '项目开始日期');
  required('起止日期.结束日期', '项目结束日期');
  if (value('起止日期.开始日期') && value('起止日期.结束日期') < value('起止日期.开始日期')) {
    messages.push('结束日期不能早于开始日期');
  }
  format('项目投资（万元）', AMOUNT, '须为数字');
  required('项目负责人.姓名');
  required('项目负责人.职务');
  format('项目负责人.手机', MOBILE, '格式不正确');
  format('项目负责人.邮箱', EMAIL, '格式不正确');
  choose('示范项目领域', '示范项目领域');
  limit('项目概述');
  for (const item of DETAIL_GROUPS.flatMap((group) => group.items)) required(`申报项目详细介绍.${item.key}`);

  const honoursDeclared =
    HONOURS.some((honour) => value(`相关荣誉.${honour}.级别`)) || honourLines().length > 0;
  for (const group of ATTACHMENT_GROUPS) {
    group.slots.forEach((slot, index) => {
      const needed = slot.always || honoursDeclared;
      if (needed && (state.files[slot.key] ?? []).length === 0) {
        messages.push(`请上传${group.code}-${index + 1} ${slot.key}`);
      }
    });
  }
  return messages;
}

function honourLines(): string[] {
  return value('相关荣誉.其他市级以上荣誉')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Disabled controls are not posted: their sub-fields go out empty. */
function posted(path: string): string {
  if (path.startsWith('是否上市公司.') && path !== '是否上市公司.是否') {
    return value('是否上市公司.是否') === '是' ? value(path).trim() : '';
  }
  if (path === '是否有业务出口.主要出口地点')
    return value('是否有业务出口.是否') === '是' ? value(path).trim() : '';
  if (path === '单位性质.其他（请注明）') return value('单位性质.选项') === OTHER ? value(path).trim() : '';
  if (path === '主营业务.其他（请注明）') {
    return (state.checks['主营业务.选项'] ?? []).includes(OTHER) ? value(path).trim() : '';
  }
  // Free texts keep their line breaks; one-line inputs are trimmed as the server does.
  return path.startsWith('申报项目详细介绍.') || ['研发能力', '申报单位简介', '项目概述'].includes(path)
    ? value(path)
    : value(path).trim();
}

/** What the server receives: the state, keyed by the rows' names, sub-items nested. */
export function buildPayload(): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const { path, kind } of fieldOrder) {
    const parts = path.split('.');
    const last = parts.pop() as string;
    let target = payload;
    for (const part of parts) {
      target[part] ??= {};
      target = target[part] as Record<string, unknown>;
    }
    target[last] =
      kind === 'checks' ? [...(state.checks[path] ?? [])] : kind === 'lines' ? honourLines() : posted(path);
  }
  payload.附件 = Object.fromEntries(
    ATTACHMENT_GROUPS.flatMap((group) => group.slots).map((slot) => [
      slot.key,
      (state.files[slot.key] ?? []).map(({ name, size }) => ({ name, size })),
    ]),
  );
  return payload;
}
