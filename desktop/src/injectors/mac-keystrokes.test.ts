import { describe, expect, it } from 'vitest';
import { MAC_KEYCODE, type MacKeystroke, macKeystrokes } from './mac-keystrokes.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

/** What the strokes type, Return and Tab as LF and TAB. */
function typed(strokes: readonly MacKeystroke[]): string {
  return strokes.map((stroke) => ('characters' in stroke ? stroke.characters : stroke.keycode === MAC_KEYCODE.Return ? '\n' : '\t')).join('');
}

const texts = (strokes: readonly MacKeystroke[]) => strokes.flatMap((stroke) => ('characters' in stroke ? [stroke.characters] : []));

describe('macKeystrokes', () => {
  it('carries a short text in one event', () => {
    expect(macKeystrokes('Ça va? 你好')).toEqual([{ characters: 'Ça va? 你好' }]);
  });

  it('presses Return and Tab by keycode between runs of characters; CR LF is one Return', () => {
    expect(macKeystrokes('a\r\nb\tc')).toEqual([{ characters: 'a' }, { keycode: 0x24 }, { characters: 'b' }, { keycode: 0x30 }, { characters: 'c' }]);
  });

  it('puts at most 20 UTF-16 units in an event, filling each as far as whole clusters go', () => {
    const strokes = macKeystrokes('x'.repeat(45));
    expect(texts(strokes).map((chunk) => chunk.length)).toEqual([20, 20, 5]);
  });

  it('never cuts a grapheme cluster: skin tones, joiners, flags, combining marks', () => {
    const text = 'ab👍🏽 👩‍💻 🇨🇳 cafe\u0301 👨‍👩‍👧 '.repeat(12);
    const strokes = macKeystrokes(text);
    expect(typed(strokes)).toBe(text);
    for (const chunk of texts(strokes)) {
      expect(chunk.length).toBeLessThanOrEqual(20);
      // Each chunk is whole clusters: its own clusters are the text's clusters.
      expect(graphemes(chunk).join('')).toBe(chunk);
    }
    const boundaries = new Set(graphemes(text).map((_, index, all) => all.slice(0, index + 1).join('').length));
    let at = 0;
    for (const chunk of texts(strokes)) expect(boundaries.has((at += chunk.length))).toBe(true);
  });

  it('cuts a cluster longer than 20 units between code points, never inside a surrogate pair', () => {
    // Five people with skin tones joined: one cluster of 24 units.
    const long = '👩🏽‍👩🏽‍👧🏽‍👦🏽‍👦🏽';
    expect(long.length).toBeGreaterThan(20);
    expect(graphemes(long)).toHaveLength(1);
    const strokes = macKeystrokes(long);
    expect(typed(strokes)).toBe(long);
    for (const chunk of texts(strokes)) {
      expect(chunk.length).toBeLessThanOrEqual(20);
      // encodeURIComponent throws on a lone surrogate.
      expect(() => encodeURIComponent(chunk)).not.toThrow();
    }
  });

  it('refuses a control character before anything is typed', () => {
    expect(() => macKeystrokes('a\u001bb')).toThrow(expect.objectContaining({ code: 'unsupported-character' }));
  });
});
