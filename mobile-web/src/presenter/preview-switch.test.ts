import { describe, expect, it } from 'vitest';
import type { InputMessage } from '../connection/secure-session.js';
import { MemoryStore } from '../storage/key-value-store.js';
import { previewKey, PreviewSwitch } from './preview-switch.js';

function setup(storage = new MemoryStore()) {
  const sent: InputMessage[] = [];
  const previews = new PreviewSwitch(storage, 'desk:47800', (message) => sent.push(message));
  return { sent, previews, storage };
}

describe('PreviewSwitch', () => {
  it('is on until the user turns it off, and asks for nothing then', () => {
    const { sent, previews } = setup();
    expect(previews.on).toBe(true);
    previews.set(false);
    previews.setConnected(true);
    previews.setShown(true);
    expect(previews.on).toBe(false);
    expect(sent).toEqual([]);
  });

  it('asks for frames while on, shown and connected, and stops when any of them ends', () => {
    const { sent, previews } = setup();
    previews.set(true);
    previews.setConnected(true);
    expect(sent).toEqual([]);
    previews.setShown(true);
    expect(sent).toEqual([{ type: 'preview', on: true }]);
    previews.setShown(false);
    previews.setShown(true);
    previews.set(false);
    expect(sent).toEqual([
      { type: 'preview', on: true },
      { type: 'preview', on: false },
      { type: 'preview', on: true },
      { type: 'preview', on: false },
    ]);
  });

  it('asks again on every new connection: the host forgot with the old one', () => {
    const { sent, previews } = setup();
    previews.set(true);
    previews.setShown(true);
    previews.setConnected(true);
    previews.setConnected(false);
    previews.setConnected(true);
    expect(sent).toEqual([
      { type: 'preview', on: true },
      { type: 'preview', on: true },
    ]);
  });

  it('remembers the switch on the phone, per desktop', () => {
    const storage = new MemoryStore();
    setup(storage).previews.set(false);
    expect(storage.getItem(previewKey('desk:47800'))).toBe('off');
    expect(setup(storage).previews.on).toBe(false);
    expect(new PreviewSwitch(storage, 'other:47800', () => undefined).on).toBe(true);
  });
});
