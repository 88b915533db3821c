import { describe, expect, it } from 'vitest';
import { KEYEVENTF, keyboardInputBatches, type KeyboardInput } from './windows-key-inputs.js';

const { UNICODE, KEYUP } = KEYEVENTF;

const unicodeTap = (unit: number): KeyboardInput[] => [
  { wVk: 0, wScan: unit, dwFlags: UNICODE },
  { wVk: 0, wScan: unit, dwFlags: UNICODE | KEYUP },
];

/** What a window receives as WM_CHAR from the records: the UTF-16 units of the key downs, Return and Tab as CR and TAB. */
function typed(batches: readonly (readonly KeyboardInput[])[]): string {
  const units: number[] = [];
  for (const input of batches.flat()) {
    if (input.dwFlags & KEYUP) continue;
    units.push(input.dwFlags & UNICODE ? input.wScan : input.wVk);
  }
  return String.fromCharCode(...units);
}

describe('keyboardInputBatches', () => {
  it('types each UTF-16 unit as a Unicode key down and up, with no virtual key', () => {
    expect(keyboardInputBatches('aé你')).toEqual([[...unicodeTap(0x61), ...unicodeTap(0xe9), ...unicodeTap(0x4f60)]]);
  });

  it('types a character beyond U+FFFF as its two surrogates, high first', () => {
    expect(keyboardInputBatches('👍')).toEqual([[...unicodeTap(0xd83d), ...unicodeTap(0xdc4d)]]);
  });

  it('presses Return and Tab as keys, with their scan codes; CR LF is one Return', () => {
    expect(keyboardInputBatches('a\r\n\t')).toEqual([
      [
        ...unicodeTap(0x61),
        { wVk: 0x0d, wScan: 0x1c, dwFlags: 0 },
        { wVk: 0x0d, wScan: 0x1c, dwFlags: KEYUP },
        { wVk: 0x09, wScan: 0x0f, dwFlags: 0 },
        { wVk: 0x09, wScan: 0x0f, dwFlags: KEYUP },
      ],
    ]);
  });

  it('types the whole text back, emoji sequences, combining marks and line breaks included', () => {
    const text = 'Ça va? 你好 👍🏽 👩‍💻 🇨🇳 cafe\u0301 !@#$%^&*\tend\n';
    expect(typed(keyboardInputBatches(text))).toBe(text.replace('\n', '\r'));
  });

  it('fills batches up to the limit without splitting a surrogate pair or a key', () => {
    const text = 'ab👍c\nd'.repeat(50);
    const batches = keyboardInputBatches(text, 6);
    expect(batches.length).toBeGreaterThan(1);
    for (const batch of batches) {
      expect(batch.length).toBeLessThanOrEqual(6);
      // Every down has its up in the same batch, and a high surrogate its low one.
      expect(batch.filter((input) => !(input.dwFlags & KEYUP)).length * 2).toBe(batch.length);
      const last = batch.at(-2) as KeyboardInput;
      expect(last.wScan >= 0xd800 && last.wScan <= 0xdbff).toBe(false);
    }
    expect(typed(batches)).toBe(text.replaceAll('\n', '\r'));
  });

  it('makes at most one batch per 256 records of a 1,000-character paste', () => {
    expect(keyboardInputBatches('x'.repeat(1000))).toHaveLength(Math.ceil(2000 / 256));
  });

  it('refuses a control character before anything is typed', () => {
    expect(() => keyboardInputBatches('ok\u0007')).toThrow(expect.objectContaining({ code: 'unsupported-character' }));
  });

  it('has nothing to send for an empty text', () => {
    expect(keyboardInputBatches('')).toEqual([]);
  });
});
