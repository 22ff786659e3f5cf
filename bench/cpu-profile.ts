// A CPU profile of the page (CDP Profiler) around one action, summarised as the functions with
// the most self time. The extension is minified, so each function is shown with the start of
// its source, taken from the script the page actually ran (the debugger is on while profiling).
import type { CDPSession } from 'playwright-core';

export interface ProfileRow {
  selfMs: number;
  /** Time with the function anywhere on the stack. */
  totalMs: number;
  label: string;
}

export interface ProfileSummary {
  totalMs: number;
  /** Most self time (natives and '(program)' included). */
  top: ProfileRow[];
  /** Bundle functions with the most time on the stack (what calls the hot spots). */
  topTotal: ProfileRow[];
}

interface CallFrame {
  functionName: string;
  scriptId: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

function labelOf(frame: CallFrame, sources: ReadonlyMap<string, string[]>): string {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url) return name;
  const file = frame.url.split('/').at(-1) ?? frame.url;
  const line = sources.get(frame.scriptId)?.[frame.lineNumber] ?? '';
  const source = line.slice(frame.columnNumber, frame.columnNumber + 70);
  return `${name} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}${source ? ` ${source}` : ''}`;
}

export async function profileDuring(
  cdp: CDPSession,
  action: () => Promise<unknown>,
  rows = 12,
): Promise<ProfileSummary> {
  await cdp.send('Debugger.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  let failure: unknown;
  try {
    await action();
  } catch (error) {
    failure = error;
  }
  // Stopped even when the action failed, so the next profile can start.
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  const sources = new Map<string, string[]>();
  for (const node of profile.nodes) {
    const { scriptId, url } = node.callFrame;
    if (!url.startsWith('chrome-extension://') || sources.has(scriptId)) continue;
    const { scriptSource } = await cdp
      .send('Debugger.getScriptSource', { scriptId })
      .catch(() => ({ scriptSource: '' }));
    sources.set(scriptId, scriptSource.split('\n'));
  }
  await cdp.send('Debugger.disable');
  if (failure) throw failure;
  const nodes = new Map<number, ProfileNode>(profile.nodes.map((node) => [node.id, node as ProfileNode]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const key = (frame: CallFrame) =>
    `${frame.functionName}|${frame.url}|${frame.lineNumber}|${frame.columnNumber}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const frames = new Map<string, CallFrame>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let totalMs = 0;
  samples.forEach((id, index) => {
    const ms = (deltas[index + 1] ?? 0) / 1000;
    const node = nodes.get(id);
    if (!node) return;
    totalMs += ms;
    const leaf = key(node.callFrame);
    frames.set(leaf, node.callFrame);
    self.set(leaf, (self.get(leaf) ?? 0) + ms);
    const seen = new Set<string>();
    for (let current: number | undefined = id; current !== undefined; current = parent.get(current)) {
      const frame = nodes.get(current)?.callFrame;
      if (!frame) break;
      const frameKey = key(frame);
      if (seen.has(frameKey)) continue;
      seen.add(frameKey);
      frames.set(frameKey, frame);
      total.set(frameKey, (total.get(frameKey) ?? 0) + ms);
    }
  });
  const top = [...self.entries()]
    .filter(([frameKey]) => !frameKey.startsWith('(idle)'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([frameKey, selfMs]) => ({
      selfMs,
      totalMs: total.get(frameKey) ?? selfMs,
      label: labelOf(frames.get(frameKey) as CallFrame, sources),
    }));
  const topTotal = [...total.entries()]
    .filter(([frameKey]) => frames.get(frameKey)?.url.startsWith('chrome-extension://'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([frameKey, totalMs]) => ({
      selfMs: self.get(frameKey) ?? 0,
      totalMs,
      label: labelOf(frames.get(frameKey) as CallFrame, sources),
    }));
  return { totalMs, top, topTotal };
}
