import { DESKTOP_BRIDGE_CHANNELS, type DesktopBridge } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { handleBridge } from './ipc-bridge.js';
import type { IpcPort, IpcSender } from './ports.js';

const PANEL = 'http://127.0.0.1:40111/?key=abc';
const fromPanel: IpcSender = { url: 'http://127.0.0.1:40111/?key=abc', isMainFrame: true };

function scene() {
  const handlers = new Map<string, (sender: IpcSender, args: readonly unknown[]) => unknown>();
  const ipc: IpcPort = { handle: (channel, handler) => handlers.set(channel, handler) };
  const calls: string[] = [];
  let atLogin = false;
  const bridge: DesktopBridge = {
    startsAtLogin: async () => atLogin,
    setStartAtLogin: async (enabled) => {
      calls.push(`start at login ${enabled}`);
      return (atLogin = enabled);
    },
    openAccessibilitySettings: async () => void calls.push('open accessibility'),
  };
  handleBridge(ipc, () => PANEL, bridge);
  const invoke = (channel: string, sender: IpcSender, ...args: unknown[]) => {
    const handler = handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return handler(sender, args);
  };
  return { handlers, calls, invoke };
}

describe('the IPC bridge', () => {
  it('handles exactly the bridge’s channels, one per function', () => {
    expect([...scene().handlers.keys()].sort()).toEqual(Object.values(DESKTOP_BRIDGE_CHANNELS).sort());
  });

  it('does what the panel asks', async () => {
    const { calls, invoke } = scene();
    expect(await invoke(DESKTOP_BRIDGE_CHANNELS.setStartAtLogin, fromPanel, true)).toBe(true);
    expect(await invoke(DESKTOP_BRIDGE_CHANNELS.startsAtLogin, fromPanel)).toBe(true);
    await invoke(DESKTOP_BRIDGE_CHANNELS.openAccessibilitySettings, fromPanel);
    expect(calls).toEqual(['start at login true', 'open accessibility']);
  });

  it.each([
    ['another origin', { url: 'https://evil.example/', isMainFrame: true }],
    ['a frame inside the panel', { url: fromPanel.url, isMainFrame: false }],
    ['a sender whose frame is gone', { url: undefined, isMainFrame: true }],
  ])('refuses %s before anything happens', (_what, sender) => {
    const { calls, invoke } = scene();
    expect(() => invoke(DESKTOP_BRIDGE_CHANNELS.setStartAtLogin, sender, true)).toThrow('Only the TouchDesk panel');
    expect(() => invoke(DESKTOP_BRIDGE_CHANNELS.openAccessibilitySettings, sender)).toThrow('Only the TouchDesk panel');
    expect(calls).toEqual([]);
  });

  it('refuses an argument of the wrong type', () => {
    const { calls, invoke } = scene();
    expect(() => invoke(DESKTOP_BRIDGE_CHANNELS.setStartAtLogin, fromPanel, 'yes')).toThrow('true or false');
    expect(calls).toEqual([]);
  });
});
