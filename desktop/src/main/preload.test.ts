import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { DESKTOP_BRIDGE_CHANNELS, DESKTOP_BRIDGE_GLOBAL, type DesktopBridge } from '@touchdesk/shared';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Runs the real preload, compiled as tsc compiles it, in a context where `require('electron')`
 * gives fakes of contextBridge and ipcRenderer (the only module a sandboxed preload may load).
 */
async function loadPreload() {
  const source = await readFile(join(import.meta.dirname, 'preload.cts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } });
  const exposed = new Map<string, unknown>();
  const invoked: unknown[][] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => exposed.set(name, api) },
    ipcRenderer: { invoke: async (...args: unknown[]) => invoked.push(args) },
  };
  const required: string[] = [];
  const require = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  runInNewContext(outputText, { require, exports: {}, module: { exports: {} } });
  return { exposed, invoked, required };
}

describe('the preload', () => {
  it('exposes one function per bridge channel under the bridge’s name, and nothing else', async () => {
    const { exposed, invoked, required } = await loadPreload();
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual([DESKTOP_BRIDGE_GLOBAL]);
    const bridge = exposed.get(DESKTOP_BRIDGE_GLOBAL) as DesktopBridge;
    expect(Object.keys(bridge).sort()).toEqual(Object.keys(DESKTOP_BRIDGE_CHANNELS).sort());
    await bridge.startsAtLogin();
    await bridge.setStartAtLogin(true);
    await bridge.openAccessibilitySettings();
    expect(invoked).toEqual([[DESKTOP_BRIDGE_CHANNELS.startsAtLogin], [DESKTOP_BRIDGE_CHANNELS.setStartAtLogin, true], [DESKTOP_BRIDGE_CHANNELS.openAccessibilitySettings]]);
  });

  it('passes only a boolean on, whatever the page gives it', async () => {
    const { exposed, invoked } = await loadPreload();
    const bridge = exposed.get(DESKTOP_BRIDGE_GLOBAL) as { setStartAtLogin(value: unknown): Promise<unknown> };
    await bridge.setStartAtLogin({ toString: () => 'true' });
    expect(invoked).toEqual([[DESKTOP_BRIDGE_CHANNELS.setStartAtLogin, false]]);
  });
});
