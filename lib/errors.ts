/**
 * Two kinds of failure. An expected one (the draft was deleted, the page has no slot for
 * this file) is a UserError whose message is written for the user in zh-CN and is shown as
 * it is. Anything else is a bug: it is logged with context and shown as 「……出错」 with what
 * happened to the page and the error's name and message for the developer — never turned
 * into "nothing happened".
 */

/** An expected failure; its message is zh-CN and tells the user what to do. */
export class UserError extends Error {
  override name = 'UserError';
}

/** `TypeError: x is undefined`: the part of an unexpected error a developer needs. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

/** 「填充出错：识别字段时发生了内部错误。页面没有被改动。请把这段说明发给开发者：TypeError: …」 */
export function internalErrorMessage(action: string, what: string, outcome: string, error: unknown): string {
  return `${action}出错：${what}。${outcome}。请把这段说明发给开发者：${describeError(error)}`;
}

export interface Action {
  /** zh-CN, as the button says it: 填充, 检查, 撤销. */
  name: string;
  /** English, for the console: `[shenbao] ${log} failed`. */
  log: string;
  /** zh-CN: what a failure part-way leaves on the page (页面没有被改动). */
  outcome: string;
}

/**
 * Runs a user-started action. A UserError passes as it is; any other error is logged with
 * the action and rethrown as a UserError whose message says what happened and carries the
 * original error's name and message.
 */
export async function explainFailures<T>(action: Action, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof UserError) throw error;
    console.error(`[shenbao] ${action.log} failed`, error);
    throw new UserError(internalErrorMessage(action.name, '发生了内部错误', action.outcome, error), {
      cause: error,
    });
  }
}
