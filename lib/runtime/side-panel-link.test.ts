import { describe, expect, it, vi } from 'vitest';
import type browser from 'webextension-polyfill';
import { SIDE_PANEL_PORT } from '@/lib/messaging/protocol';
import { acceptSidePanel } from './side-panel-link';

type Port = browser.Runtime.Port;

/** A port as the content script receives it, with its disconnect under the test's control. */
function fakePort(name: string, senderId: string) {
  const disconnects = new Set<(port: Port) => void>();
  const port = {
    name,
    sender: { id: senderId },
    postMessage: vi.fn(),
    disconnect: vi.fn(),
    onDisconnect: { addListener: (listener: (port: Port) => void) => disconnects.add(listener) },
  } as unknown as Port & { postMessage: ReturnType<typeof vi.fn>; disconnect: ReturnType<typeof vi.fn> };
  /** The other end closed (the side panel closed or moved to another tab). */
  const close = () => {
    for (const listener of disconnects) listener(port);
  };
  return { port, close };
}

function fakeRuntime() {
  const listeners = new Set<(port: Port) => void>();
  return {
    id: 'shenbao-id',
    onConnect: {
      addListener: (listener: (port: Port) => void) => listeners.add(listener),
      removeListener: (listener: (port: Port) => void) => listeners.delete(listener),
    } as unknown as browser.Runtime.Static['onConnect'],
    connect: (port: Port) => {
      for (const listener of listeners) listener(port);
    },
    listeners,
  };
}

describe('acceptSidePanel', () => {
  it('answers attached, and reports open while at least one side panel holds the line', () => {
    const runtime = fakeRuntime();
    const onSidePanel = vi.fn();
    const stop = acceptSidePanel(runtime, onSidePanel);
    const first = fakePort(SIDE_PANEL_PORT, 'shenbao-id');
    const second = fakePort(SIDE_PANEL_PORT, 'shenbao-id');
    runtime.connect(first.port);
    expect(first.port.postMessage).toHaveBeenCalledWith({ type: 'side-panel/attached' });
    runtime.connect(second.port);
    expect(onSidePanel.mock.calls).toEqual([[true]]);
    first.close();
    expect(onSidePanel.mock.calls).toEqual([[true]]);
    second.close();
    second.close();
    expect(onSidePanel.mock.calls).toEqual([[true], [false]]);
    stop();
    expect(runtime.listeners.size).toBe(0);
  });

  it('closes a line from anything but this extension, and ignores other ports', () => {
    const runtime = fakeRuntime();
    const onSidePanel = vi.fn();
    acceptSidePanel(runtime, onSidePanel);
    const stranger = fakePort(SIDE_PANEL_PORT, 'another-extension');
    runtime.connect(stranger.port);
    expect(stranger.port.disconnect).toHaveBeenCalled();
    expect(stranger.port.postMessage).not.toHaveBeenCalled();
    const other = fakePort('something-else', 'shenbao-id');
    runtime.connect(other.port);
    expect(other.port.postMessage).not.toHaveBeenCalled();
    expect(onSidePanel).not.toHaveBeenCalled();
  });

  it('teardown closes the lines it holds', () => {
    const runtime = fakeRuntime();
    const stop = acceptSidePanel(runtime, () => undefined);
    const line = fakePort(SIDE_PANEL_PORT, 'shenbao-id');
    runtime.connect(line.port);
    stop();
    expect(line.port.disconnect).toHaveBeenCalled();
  });
});
