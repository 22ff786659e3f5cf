/**
 * What every replica does on a successful 提交: expose exactly what the server would receive
 * as `window.__submitted` (JSON-compatible) and switch the page to its 提交成功 state.
 */
declare global {
  interface Window {
    __submitted?: unknown;
    /** Every 提交 attempt the site's own validation rejected, with its messages. */
    __rejected?: string[][];
  }
}

export function recordSubmission(payload: unknown): void {
  window.__submitted = JSON.parse(JSON.stringify(payload));
  document.documentElement.dataset.replicaState = 'submitted';
}

export function recordRejection(messages: string[]): void {
  window.__rejected = [...(window.__rejected ?? []), messages];
  document.documentElement.dataset.replicaState = 'rejected';
}
