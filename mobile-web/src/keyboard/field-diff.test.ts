import { describe, expect, it } from 'vitest';
import { approximateBoundaries, graphemeBoundaries } from '../text/graphemes.js';
import { diffText, type TextEdit } from './field-diff.js';

const segmenter = graphemeBoundaries();

/** What the desktop holds after the edit, given it held `before` just before its caret. */
function apply(before: string, edit: TextEdit, boundaries = segmenter): string {
  const ends = boundaries(before);
  const kept = ends[ends.length - 1 - edit.deletions] ?? 0;
  return before.slice(0, kept) + edit.insertion;
}

const FAMILY = '👨‍👩‍👧';
const THUMBS = '👍';
const THUMBS_MEDIUM = '👍🏽';
const FLAG_CN = '🇨🇳';
const E_ACUTE_DECOMPOSED = 'e\u0301';

describe('diffText', () => {
  it.each<[string, string, string, TextEdit]>([
    ['nothing changed', 'hello', 'hello', { deletions: 0, insertion: '' }],
    ['a letter typed at the end', 'hell', 'hello', { deletions: 0, insertion: 'o' }],
    ['the first letter', '', 'h', { deletions: 0, insertion: 'h' }],
    ['Backspace at the end', 'hello', 'hell', { deletions: 1, insertion: '' }],
    ['the field emptied (select all, delete)', 'hello world', '', { deletions: 11, insertion: '' }],
    ['a word autocorrected before the caret', 'I teh ', 'I the ', { deletions: 3, insertion: 'he ' }],
    ['a word replaced by a suggestion', 'see you tmrw', 'see you tomorrow ', { deletions: 3, insertion: 'omorrow ' }],
    ['a paste at the end', 'Name: ', 'Name: Ada Lovelace', { deletions: 0, insertion: 'Ada Lovelace' }],
    ['a paste over a selection', 'one two three', 'one 2 three', { deletions: 9, insertion: '2 three' }],
    ['an IME commit of pinyin', 'hello', 'hello你好', { deletions: 0, insertion: '你好' }],
    ['a kana commit replacing its reading', 'にほん', '日本', { deletions: 3, insertion: '日本' }],
    ['CJK deleted one by one', '你好世界', '你好世', { deletions: 1, insertion: '' }],
    ['Hangul syllable grown without composition events', '하', '한', { deletions: 1, insertion: '한' }],
    ['an emoji inserted', 'ok ', `ok ${THUMBS}`, { deletions: 0, insertion: THUMBS }],
    ['an emoji deleted with one Backspace', `ok ${THUMBS}`, 'ok ', { deletions: 1, insertion: '' }],
    ['a ZWJ family deleted as one character', `hi ${FAMILY}`, 'hi ', { deletions: 1, insertion: '' }],
    ['a flag deleted as one character', `go ${FLAG_CN}`, 'go ', { deletions: 1, insertion: '' }],
    ['a skin tone added to an emoji: retyped whole', THUMBS, THUMBS_MEDIUM, { deletions: 1, insertion: THUMBS_MEDIUM }],
    ['a skin tone removed', `a${THUMBS_MEDIUM}`, `a${THUMBS}`, { deletions: 1, insertion: THUMBS }],
    // U+1F600 and U+1F601 share their high surrogate.
    ['surrogate pairs differing in the second half', 'x😀', 'x😁', { deletions: 1, insertion: '😁' }],
    ['a combining accent added to its letter', 'cafe', `caf${E_ACUTE_DECOMPOSED}`, { deletions: 1, insertion: E_ACUTE_DECOMPOSED }],
    ['precomposed é typed after e deleted', 'cafe', 'café', { deletions: 1, insertion: 'é' }],
    ['an edit in the middle after the caret moved', 'hello world', 'hello, world', { deletions: 6, insertion: ', world' }],
    ['a deletion in the middle', 'abXcd', 'abcd', { deletions: 3, insertion: 'cd' }],
    ['a repeated letter', 'aa', 'aaa', { deletions: 0, insertion: 'a' }],
    ['a line break inside', 'one', 'one\ntwo', { deletions: 0, insertion: '\ntwo' }],
  ])('%s', (_name, before, after, expected) => {
    const edit = diffText(before, after, segmenter);
    expect(edit).toEqual(expected);
    expect(apply(before, edit)).toBe(after);
  });

  it('never leaves half a surrogate pair on either side', () => {
    const edit = diffText('😀', '😁', segmenter);
    expect(edit.insertion.charCodeAt(0)).toBe(0xd83d);
    expect(edit.deletions).toBe(1);
  });

  it('counts the same with the fallback for engines without Intl.Segmenter', () => {
    const cases: [string, string][] = [
      [`hi ${FAMILY}`, 'hi '],
      [THUMBS, THUMBS_MEDIUM],
      [`go ${FLAG_CN}`, 'go '],
      ['cafe', `caf${E_ACUTE_DECOMPOSED}`],
      ['x😀', 'x😁'],
      ['I teh ', 'I the '],
    ];
    for (const [before, after] of cases) {
      const edit = diffText(before, after, approximateBoundaries);
      expect(edit).toEqual(diffText(before, after, segmenter));
      expect(apply(before, edit, approximateBoundaries)).toBe(after);
    }
  });

  it('turns any before into any after, for random edits over mixed scripts', () => {
    const alphabet = ['a', 'b', ' ', '你', '好', THUMBS, THUMBS_MEDIUM, FAMILY, FLAG_CN, E_ACUTE_DECOMPOSED, 'é', '\n'];
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = () => Array.from({ length: random(8) }, () => alphabet[random(alphabet.length)]).join('');
    for (let i = 0; i < 500; i += 1) {
      const before = word();
      const cut = random(before.length + 1);
      const after = before.slice(0, cut) + word();
      const edit = diffText(before, after, segmenter);
      expect(apply(before, edit), JSON.stringify({ before, after })).toBe(after);
    }
  });
});
