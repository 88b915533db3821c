import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { FileSettingsStore } from './settings-file.js';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchdesk-settings-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileSettingsStore', () => {
  it('starts with the defaults and keeps a change across restarts, in a file only this user can read', async () => {
    const store = FileSettingsStore.load(dir);
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(store.keptAs).toBeUndefined();
    const chosen = {
      controlMode: 'exclusive',
      port: 48123,
      networkInterface: 'wlan0',
      pointer: { speed: -0.5, acceleration: 'flat' },
      naturalScrolling: false,
      preview: false,
      language: 'zh-CN',
    } as const;
    store.update(chosen);
    await store.flushed();
    expect((await stat(join(dir, 'settings.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual(chosen);
    expect(FileSettingsStore.load(dir).current).toEqual(chosen);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('tells whoever watches it of each change', async () => {
    const store = FileSettingsStore.load(dir);
    const seen: string[] = [];
    store.watch((settings) => seen.push(settings.language));
    store.update({ language: 'zh-CN' });
    store.update({ language: 'en' });
    expect(seen).toEqual(['zh-CN', 'en']);
    await store.flushed();
  });

  it('reads an older file that lacks a setting, with the default for it', async () => {
    await writeFile(join(dir, 'settings.json'), '{ "controlMode": "exclusive" }');
    expect(FileSettingsStore.load(dir).current).toEqual({ ...DEFAULT_SETTINGS, controlMode: 'exclusive' });
  });

  it.each([
    ['broken JSON', '{ "controlMode": '],
    ['a value it does not know', '{ "controlMode": "everyone" }'],
    ['not an object', '[1, 2]'],
    ['a port out of range', '{ "port": 80 }'],
    ['a pointer speed out of range', '{ "pointer": { "speed": 7, "acceleration": "flat" } }'],
    ['a language it does not speak', '{ "language": "fr" }'],
  ])('sets a file with %s aside, says so, and starts with the defaults', async (_what, content) => {
    await writeFile(join(dir, 'settings.json'), content);
    const warnings: string[] = [];
    const store = FileSettingsStore.load(dir, (text) => warnings.push(text));
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(store.keptAs).toMatch(/settings\.json\.corrupt-\d+$/);
    expect(warnings).toEqual([expect.stringContaining(store.keptAs!)]);
    expect(await readFile(store.keptAs!, 'utf8')).toBe(content);
    expect((await readdir(dir)).includes('settings.json')).toBe(false);
  });
});
