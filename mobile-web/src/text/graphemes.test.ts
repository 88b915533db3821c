import { describe, expect, it } from 'vitest';
import { approximateBoundaries, graphemeBoundaries } from './graphemes.js';

const SAMPLES = [
  '',
  'hello',
  '你好，世界',
  '👍🏽 and 👨‍👩‍👧 and 🇨🇳🇯🇵',
  'cafe\u0301 nai\u0308ve',
  '❤️ text-style ❤︎',
  '한국어 텍스트',
  'x😀y',
];

describe('graphemeBoundaries', () => {
  it('uses Intl.Segmenter where there is one: an emoji family is one character', () => {
    expect(graphemeBoundaries()('a👨‍👩‍👧b')).toEqual([0, 1, 9, 10]);
    expect(graphemeBoundaries()('')).toEqual([0]);
  });

  it.each(SAMPLES)('the fallback agrees with Intl.Segmenter on %j', (text) => {
    expect(approximateBoundaries(text)).toEqual(graphemeBoundaries()(text));
    expect(graphemeBoundaries(undefined)(text)).toEqual(graphemeBoundaries()(text));
  });

  it('never cuts a surrogate pair, even a lone surrogate is a character of its own', () => {
    expect(approximateBoundaries('😀😁')).toEqual([0, 2, 4]);
    expect(approximateBoundaries('a\ud83d')).toEqual([0, 1, 2]);
  });
});
