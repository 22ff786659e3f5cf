/**
 * What the user reads when something failed. An error we threw ourselves carries a zh-CN
 * sentence (「请填写单位名称。」) and is shown as it is; anything else (a browser exception,
 * a library's English) is never shown raw: the user gets what failed and what to do instead.
 */
const CJK = /[\u3400-\u9fff]/;

/** Browser storage errors the user can act on, by `DOMException.name`. */
const KNOWN_EXCEPTIONS: Readonly<Record<string, string>> = {
  QuotaExceededError: '本机存储空间不足，请清理磁盘或删除不用的附件后重试。',
  NotAllowedError: '浏览器拒绝了这次操作，请检查浏览器的权限设置后重试。',
  VersionError: '本地数据由更新版本的申报助手保存，请更新申报助手后再打开。',
  InvalidStateError: '本地数据库已关闭（可能在另一个标签页中升级了），请刷新页面后重试。',
};

const GENERIC = '发生了意外错误。请刷新页面后重试；如果仍然失败，请先在「备份」中导出数据。';

/** The zh-CN sentence of a failure, never exception text. */
export function failureText(reason: unknown): string {
  if (reason instanceof Error || (typeof reason === 'object' && reason !== null && 'name' in reason)) {
    const { name, message } = reason as { name?: unknown; message?: unknown };
    if (typeof message === 'string' && CJK.test(message)) return message;
    if (typeof name === 'string' && KNOWN_EXCEPTIONS[name]) return KNOWN_EXCEPTIONS[name];
    return GENERIC;
  }
  if (typeof reason === 'string' && CJK.test(reason)) return reason;
  return GENERIC;
}

/** 「新建单位失败：请填写单位名称。」: what failed, then why. */
export function describeFailure(what: string, reason: unknown): string {
  return `${what}：${failureText(reason)}`;
}
