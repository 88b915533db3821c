import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import { KEYEVENTF, type KeyboardInput } from './windows-key-inputs.js';
import { INPUT, inputRecord, type SendInput } from './windows-send-input.js';
import { WindowsTextTyper } from './windows-text-typer.js';

/**
 * SendInput itself runs only on Windows. Here: the typer's handling of what it returns (with a
 * SendInput that records, or that Windows' UIPI cuts short), and the INPUT records koffi would
 * hand it, encoded by koffi into memory and read back at the offsets of Windows x64's INPUT.
 */

function recordingSendInput(insertAtMost = Infinity): { send: SendInput; calls: KeyboardInput[][] } {
  const calls: KeyboardInput[][] = [];
  let budget = insertAtMost;
  const send: SendInput = (inputs) => {
    calls.push([...inputs]);
    const inserted = Math.min(inputs.length, budget);
    budget -= inserted;
    return inserted;
  };
  return { send, calls };
}

describe('the Windows text typer', () => {
  it('sends a text in batches of whole characters, one SendInput call each', async () => {
    const { send, calls } = recordingSendInput();
    const typer = new WindowsTextTyper(async () => send);
    await typer.typeText('你好 👍🏽\n'.repeat(40));
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.every((call) => call.length <= 256)).toBe(true);
    const downs = calls.flat().filter((input) => input.dwFlags === KEYEVENTF.UNICODE);
    expect(String.fromCharCode(...downs.map((input) => input.wScan))).toBe('你好 👍🏽'.repeat(40));
  });

  it('stops and says Windows blocked the keys when SendInput inserts fewer events than it was given', async () => {
    const { send, calls } = recordingSendInput(300);
    const typer = new WindowsTextTyper(async () => send);
    await expect(typer.typeText('x'.repeat(1000))).rejects.toMatchObject({
      code: 'input-blocked',
      message: expect.stringContaining('after 300 of 2000 key events'),
    });
    // Nothing more is sent once Windows refused: the second batch was the last call.
    expect(calls).toHaveLength(2);
  });

  it('refuses a control character without loading user32 or sending anything', async () => {
    const typer = new WindowsTextTyper(() => Promise.reject(new Error('not to be loaded')));
    await expect(typer.typeText('a\u0000b')).rejects.toMatchObject({ code: 'unsupported-character' });
  });

  it.runIf(process.platform !== 'win32')('says so with a code where user32.dll cannot be loaded (any OS but Windows)', async () => {
    const typer = new WindowsTextTyper();
    await expect(typer.typeText('a')).rejects.toMatchObject({ code: 'unsupported-desktop', message: expect.stringContaining('user32.dll') });
  });
});

describe.runIf(process.arch === 'x64' || process.arch === 'arm64')('the INPUT records, laid out as on 64-bit Windows', () => {
  it('is 40 bytes, the cbSize SendInput checks, with the keyboard member at offset 8', () => {
    expect(koffi.sizeof(INPUT)).toBe(40);
    expect(koffi.offsetof(INPUT, 'u')).toBe(8);
  });

  it('encodes each record as type 1 (keyboard), then wVk, wScan, dwFlags, time and dwExtraInfo', () => {
    const inputs: KeyboardInput[] = [
      { wVk: 0, wScan: 0xd83d, dwFlags: KEYEVENTF.UNICODE },
      { wVk: 0x0d, wScan: 0x1c, dwFlags: KEYEVENTF.KEYUP },
    ];
    const memory = Buffer.alloc(40 * inputs.length, 0xff);
    koffi.encode(memory, koffi.array(INPUT, inputs.length), inputs.map(inputRecord));
    const read = (at: number) => ({
      type: memory.readUInt32LE(at),
      wVk: memory.readUInt16LE(at + 8),
      wScan: memory.readUInt16LE(at + 10),
      dwFlags: memory.readUInt32LE(at + 12),
      time: memory.readUInt32LE(at + 16),
      dwExtraInfo: memory.readBigUInt64LE(at + 24),
    });
    expect(read(0)).toEqual({ type: 1, wVk: 0, wScan: 0xd83d, dwFlags: 0x4, time: 0, dwExtraInfo: 0n });
    expect(read(40)).toEqual({ type: 1, wVk: 0x0d, wScan: 0x1c, dwFlags: 0x2, time: 0, dwExtraInfo: 0n });
  });
});
