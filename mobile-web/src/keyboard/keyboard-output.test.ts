import type { ModifierKey } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import type { ConnectionState, StatusMessage } from '../connection/host-connection.js';
import type { InputMessage } from '../connection/secure-session.js';
import { READY_STATUS } from '../connection/test-host.js';
import { PhoneInput } from '../input/phone-input.js';
import { graphemeBoundaries } from '../text/graphemes.js';
import { ManualTimers } from '../test-support/manual-timers.js';
import { KeyboardOutput } from './keyboard-output.js';
import { shortcutChord } from './shortcuts.js';
import { TypingMirror } from './typing-mirror.js';

const CONNECTED: ConnectionState = { phase: 'connected', status: READY_STATUS as StatusMessage, deviceId: 'd'.repeat(32) };

/** The keyboard as the page wires it, down to the protocol messages on the wire. */
function setup() {
  const wire: InputMessage[] = [];
  let ready = true;
  const numbers = new Map<string, number>();
  const timers = new ManualTimers();
  const boundaries = graphemeBoundaries();
  const input = new PhoneInput(
    { isReady: () => ready, bufferedAmount: () => 0, send: (message) => wire.push(message) },
    { next: (id) => numbers.get(id) ?? 1, save: (id, next) => void numbers.set(id, next) },
    timers,
    { changed: () => {}, warned: () => {} },
    boundaries,
  );
  input.connectionChanged(CONNECTED);
  input.acknowledged(0);
  const field = { value: '' };
  const mirror = new TypingMirror(new KeyboardOutput(input, boundaries), { clear: () => (field.value = '') }, boundaries, timers);
  const type = (value: string) => {
    field.value = value;
    mirror.input(value, false);
  };
  /** The wire without sequence numbers, which the outbox tests cover. */
  const messages = () => wire.map(({ seq: _seq, ...rest }: InputMessage & { seq?: number }) => rest);
  const drop = () => {
    ready = false;
    input.connectionChanged({ phase: 'reconnecting' });
  };
  const reconnect = (handled: number) => {
    ready = true;
    wire.length = 0;
    input.connectionChanged(CONNECTED);
    input.acknowledged(handled);
  };
  return { input, mirror, field, wire, type, messages, drop, reconnect };
}

const key = (name: string, modifiers: ModifierKey[] = []) => ({ type: 'key', key: name, modifiers });
const text = (value: string) => ({ type: 'text', text: value });

describe('the keyboard, down to protocol messages', () => {
  it('types, corrects and commits an IME composition as numbered text and Backspace keys', () => {
    const { mirror, field, wire, type, messages } = setup();
    type('I teh');
    type('I the');
    mirror.compositionStarted();
    for (const value of ['I then', 'I theni', 'I thenih']) {
      field.value = value;
      mirror.input(value, true);
    }
    field.value = 'I the你';
    mirror.compositionEnded('I the你');
    expect(messages()).toEqual([text('I teh'), key('Backspace'), key('Backspace'), text('he'), text('你')]);
    expect(wire.map((message) => ('seq' in message ? message.seq : 0))).toEqual([1, 2, 3, 4, 5]);
  });

  it('turns a letter typed with Ctrl armed into Ctrl+C, disarms, and starts the field afresh', () => {
    const { input, field, type, messages } = setup();
    input.tapModifier('Control');
    type('c');
    expect(field.value).toBe('');
    expect(input.modifierState('Control')).toBe('off');
    type('c');
    expect(messages()).toEqual([key('KeyC', ['Control']), text('c')]);
  });

  it('adds Shift for a capital, and sends punctuation as text, disarming what cannot apply', () => {
    const { input, type, messages } = setup();
    input.tapModifier('Control');
    type('T');
    input.tapModifier('Alt');
    type('.');
    expect(input.activeModifiers()).toEqual([]);
    expect(messages()).toEqual([key('KeyT', ['Control', 'Shift']), text('.')]);
  });

  it('keeps a locked modifier on every key until it is let go', () => {
    const { input, mirror, type, messages } = setup();
    input.lockModifier('Shift');
    mirror.press('ArrowRight');
    mirror.press('ArrowRight');
    type('a');
    input.tapModifier('Shift');
    mirror.press('ArrowRight');
    expect(messages()).toEqual([
      { type: 'modifier', key: 'Shift', action: 'down' },
      key('ArrowRight', ['Shift']),
      key('ArrowRight', ['Shift']),
      key('KeyA', ['Shift']),
      { type: 'modifier', key: 'Shift', action: 'up' },
      key('ArrowRight'),
    ]);
  });

  it('merges armed modifiers into a shortcut: Shift armed, then Paste, is Ctrl+Shift+V', () => {
    const { input, mirror, messages } = setup();
    input.tapModifier('Shift');
    const paste = shortcutChord('paste', 'pc');
    mirror.press(paste.key, paste.modifiers);
    const copy = shortcutChord('copy', 'pc');
    mirror.press(copy.key, copy.modifiers);
    expect(messages()).toEqual([key('KeyV', ['Control', 'Shift']), key('KeyC', ['Control'])]);
  });

  it('resends typing made offline once, and an armed chord means the same after a reconnect', () => {
    const { input, drop, reconnect, type, messages } = setup();
    type('ab');
    drop();
    type('abc');
    input.tapModifier('Control');
    type('abcz');
    reconnect(1);
    expect(messages()).toEqual([text('c'), key('KeyZ', ['Control'])]);
  });

  it('splits a long paste into messages that each fit', () => {
    const { input, wire } = setup();
    const long = '中文'.repeat(1200);
    input.typeText(long);
    const texts = wire.map((message) => (message.type === 'text' ? message.text : ''));
    expect(texts.map((piece) => piece.length)).toEqual([1000, 1000, 400]);
    expect(texts.join('')).toBe(long);
  });
});
