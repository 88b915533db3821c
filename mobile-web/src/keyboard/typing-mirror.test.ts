import type { ModifierKey, NamedKey } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { graphemeBoundaries } from '../text/graphemes.js';
import { ManualTimers } from '../test-support/manual-timers.js';
import { IDLE_MS, type Keystroke, LONG_FIELD_UNITS, type MirrorOutput, TypingMirror } from './typing-mirror.js';

/**
 * A text field and the events a browser fires on it, played by hand. `sent` lists what reached
 * the output, as `text:…` and `key:…` entries.
 */
function setup(options: { chorded?: boolean } = {}) {
  const sent: string[] = [];
  const field = { value: '' };
  const timers = new ManualTimers();
  const output: MirrorOutput = {
    type: (text) => {
      sent.push(`text:${text}`);
      return options.chorded === true;
    },
    press: (key: NamedKey, modifiers: readonly ModifierKey[]) => {
      sent.push(`key:${[...modifiers, key].join('+')}`);
      return modifiers.length > 0;
    },
  };
  const mirror = new TypingMirror(output, { clear: () => (field.value = '') }, graphemeBoundaries(), timers);

  /** A keystroke outside any composition, as iOS types a letter: value changes, input fires. */
  const type = (value: string) => {
    field.value = value;
    mirror.input(value, false);
  };
  /** Chrome's order (desktop, Android): updates as composing input events, then compositionend. */
  const composeChrome = (updates: readonly string[], committed: string) => {
    mirror.compositionStarted();
    for (const value of updates) {
      field.value = value;
      mirror.input(value, true);
    }
    field.value = committed;
    mirror.input(committed, true);
    mirror.compositionEnded(committed);
  };
  /** Safari's: compositionend first, then a last input event that is no longer composing. */
  const composeSafari = (updates: readonly string[], committed: string) => {
    mirror.compositionStarted();
    for (const value of updates) {
      field.value = value;
      mirror.input(value, true);
    }
    field.value = committed;
    mirror.compositionEnded(committed);
    mirror.input(committed, false);
  };
  const key = (key: string, extra: Partial<Keystroke> = {}): boolean =>
    mirror.keyDown(
      { key, code: '', keyCode: 0, isComposing: false, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...extra },
      field.value,
    );
  return { mirror, sent, field, timers, type, composeChrome, composeSafari, key };
}

describe('TypingMirror: typing', () => {
  it('sends each letter as it is typed', () => {
    const { sent, type } = setup();
    type('h');
    type('hi');
    type('hi!');
    expect(sent).toEqual(['text:h', 'text:i', 'text:!']);
  });

  it('sends a deletion as Backspace, one per character, an emoji family being one', () => {
    const { sent, type } = setup();
    type('ok 👨‍👩‍👧');
    sent.length = 0;
    type('ok ');
    type('o');
    expect(sent).toEqual(['key:Backspace', 'key:Backspace', 'key:Backspace']);
  });

  it('turns autocorrect (insertReplacementText) into Backspaces and the corrected text', () => {
    const { sent, type } = setup();
    type('I teh ');
    sent.length = 0;
    type('I the ');
    expect(sent).toEqual(['key:Backspace', 'key:Backspace', 'key:Backspace', 'text:he ']);
  });

  it('sends a paste as one piece of text', () => {
    const { sent, type } = setup();
    type('Dear ');
    type('Dear Ada Lovelace,');
    expect(sent).toEqual(['text:Dear ', 'text:Ada Lovelace,']);
  });

  it('turns line breaks that arrive as text into Enter, then starts the field afresh', () => {
    const { sent, field, type } = setup();
    type('one\ntwo');
    expect(sent).toEqual(['text:one', 'key:Enter', 'text:two']);
    expect(field.value).toBe('');
  });

  it('sends the same change once, however many events report it', () => {
    const { mirror, sent, type } = setup();
    type('abc');
    mirror.input('abc', false);
    mirror.compositionEnded('abc');
    mirror.blurred('abc');
    expect(sent).toEqual(['text:abc']);
  });
});

describe('TypingMirror: composition', () => {
  it('sends nothing while pinyin is composed, then the committed characters once (Chrome order)', () => {
    const { sent, type, composeChrome } = setup();
    type('hi ');
    sent.length = 0;
    composeChrome(['hi n', 'hi ni', 'hi nih', 'hi niha', 'hi nihao'], 'hi 你好');
    expect(sent).toEqual(['text:你好']);
  });

  it('does the same in Safari order, where an input event follows compositionend', () => {
    const { sent, composeSafari } = setup();
    composeSafari(['に', 'にほ', 'にほん'], '日本');
    expect(sent).toEqual(['text:日本']);
  });

  it('follows Android keyboards that compose each Latin word until the space', () => {
    const { sent, type, composeChrome } = setup();
    composeChrome(['h', 'he', 'hel', 'hell'], 'hello');
    type('hello ');
    composeChrome(['hello w', 'hello wo'], 'hello world');
    expect(sent).toEqual(['text:hello', 'text: ', 'text:world']);
  });

  it('corrects a word an Android keyboard reopens for editing after Backspace', () => {
    const { sent, type, composeChrome } = setup();
    composeChrome(['h', 'he', 'hel'], 'helo');
    type('helo ');
    sent.length = 0;
    type('helo');
    // Gboard marks "helo" as composing again; Backspace and the new letters stay inside it.
    composeChrome(['hel', 'hell', 'hello'], 'hello');
    type('hello ');
    expect(sent).toEqual(['key:Backspace', 'key:Backspace', 'text:lo', 'text: ']);
  });

  it('sends nothing for a composition that is cancelled', () => {
    const { sent, type, composeChrome } = setup();
    type('ok');
    sent.length = 0;
    composeChrome(['okn', 'okni'], 'ok');
    expect(sent).toEqual([]);
  });

  it('ignores input events flagged as composing even if compositionstart never came', () => {
    const { mirror, sent, field } = setup();
    field.value = 'ni';
    mirror.input('ni', true);
    expect(sent).toEqual([]);
    field.value = '你';
    mirror.compositionEnded('你');
    expect(sent).toEqual(['text:你']);
  });

  it('sends dictation committed through a composition once', () => {
    const { sent, composeSafari } = setup();
    composeSafari(['Meet', 'Meet me', 'Meet me at'], 'Meet me at noon.');
    expect(sent).toEqual(['text:Meet me at noon.']);
  });

  it('lets a Hangul syllable compose, and sends only what was committed', () => {
    const { sent, composeChrome } = setup();
    composeChrome(['ㅎ', '하', '한', '한ㄱ', '한그'], '한글');
    expect(sent).toEqual(['text:한글']);
  });

  it('is unblocked by a blur when a browser never ends the composition', () => {
    const { mirror, sent, field } = setup();
    mirror.compositionStarted();
    field.value = '好';
    mirror.input('好', true);
    mirror.blurred('好');
    field.value = '好的';
    mirror.input('好的', false);
    expect(sent).toEqual(['text:好', 'text:的']);
  });
});

describe('TypingMirror: keys', () => {
  it('sends Enter from keydown, empties the field, and does not take its line break as a second Enter', () => {
    const { mirror, sent, field, type, key } = setup();
    type('ls');
    expect(key('Enter', { keyCode: 13 })).toBe(true);
    expect(field.value).toBe('');
    // A browser that inserts the line break despite preventDefault.
    field.value = '\n';
    mirror.input('\n', false);
    expect(field.value).toBe('');
    type('x');
    expect(sent).toEqual(['text:ls', 'key:Enter', 'text:x']);
  });

  it('leaves Enter to the IME while it composes (keyCode 229 or isComposing)', () => {
    const { mirror, sent, key } = setup();
    expect(key('Enter', { keyCode: 229 })).toBe(false);
    expect(key('Enter', { isComposing: true })).toBe(false);
    mirror.compositionStarted();
    expect(key('Enter', { keyCode: 13 })).toBe(false);
    expect(sent).toEqual([]);
  });

  it('sends Backspace from keydown only in an empty field, where no input event will follow', () => {
    const { sent, type, key } = setup();
    expect(key('Backspace', { keyCode: 8 })).toBe(true);
    type('a');
    expect(key('Backspace', { keyCode: 8 })).toBe(false);
    type('');
    expect(sent).toEqual(['key:Backspace', 'text:a', 'key:Backspace']);
  });

  it('forwards arrows and Escape from the phone keyboard and starts afresh', () => {
    const { sent, field, type, key } = setup();
    type('ab');
    expect(key('ArrowLeft')).toBe(true);
    expect(field.value).toBe('');
    expect(key('ArrowUp', { shiftKey: true })).toBe(true);
    expect(key('Escape')).toBe(true);
    expect(key('a')).toBe(false);
    expect(sent).toEqual(['text:ab', 'key:ArrowLeft', 'key:Shift+ArrowUp', 'key:Escape']);
  });

  it('leaves plain Tab to move the focus on, so a hardware keyboard is not trapped', () => {
    const { sent, key } = setup();
    expect(key('Tab', { code: 'Tab' })).toBe(false);
    expect(key('Tab', { code: 'Tab', shiftKey: true })).toBe(false);
    expect(key('Tab', { code: 'Tab', altKey: true })).toBe(true);
    expect(sent).toEqual(['key:Alt+Tab']);
  });

  it('forwards hardware-keyboard shortcuts by key position', () => {
    const { sent, key } = setup();
    expect(key('c', { code: 'KeyC', ctrlKey: true })).toBe(true);
    expect(key('ç', { code: 'KeyC', altKey: true })).toBe(true);
    expect(key('C', { code: 'KeyC', shiftKey: true })).toBe(false);
    expect(sent).toEqual(['key:Control+KeyC', 'key:Alt+KeyC']);
  });

  it('presses the buttons’ keys and starts afresh, after the composition if one is open', () => {
    const { mirror, sent, field, type } = setup();
    type('hi');
    mirror.press('Home');
    expect(field.value).toBe('');
    mirror.compositionStarted();
    field.value = 'ni';
    mirror.input('ni', true);
    mirror.press('Tab');
    expect(field.value).toBe('ni');
    field.value = '你';
    mirror.compositionEnded('你');
    expect(field.value).toBe('');
    type('a');
    expect(sent).toEqual(['text:hi', 'key:Home', 'key:Tab', 'text:你', 'text:a']);
  });

  it('starts afresh when typing went out as shortcuts (a modifier was on)', () => {
    const { sent, field, type } = setup({ chorded: true });
    type('c');
    expect(field.value).toBe('');
    expect(sent).toEqual(['text:c']);
  });
});

describe('TypingMirror: keeping the field short', () => {
  it('empties a long field once typing pauses, sending nothing, and goes on from empty', () => {
    const { sent, field, timers, type } = setup();
    const long = 'x'.repeat(LONG_FIELD_UNITS);
    type(long);
    timers.advance(IDLE_MS - 1);
    expect(field.value).toBe(long);
    timers.advance(1);
    expect(field.value).toBe('');
    type('y');
    type('');
    expect(sent).toEqual([`text:${long}`, 'text:y', 'key:Backspace']);
  });

  it('keeps a short field, so autocorrect and Backspace can still reach its words', () => {
    const { field, timers, type } = setup();
    type('short');
    timers.advance(60_000);
    expect(field.value).toBe('short');
  });

  it('does not empty the field in the middle of a composition', () => {
    const { mirror, field, timers, type } = setup();
    type('x'.repeat(LONG_FIELD_UNITS));
    mirror.compositionStarted();
    field.value += 'ni';
    mirror.input(field.value, true);
    timers.advance(IDLE_MS * 10);
    expect(field.value.endsWith('ni')).toBe(true);
  });

  it('starts afresh when the field is focused again', () => {
    const { mirror, sent, field, type } = setup();
    type('abc');
    mirror.focused();
    expect(field.value).toBe('');
    type('d');
    expect(sent).toEqual(['text:abc', 'text:d']);
  });
});
