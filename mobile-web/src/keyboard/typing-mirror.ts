import type { ModifierKey, NamedKey } from '@touchdesk/shared';
import type { GraphemeBoundaries } from '../text/graphemes.js';
import { diffText } from './field-diff.js';
import { forwardedKey, keyOfCode } from './key-tables.js';

/** What the mirror reads of a `keydown`. */
export interface Keystroke {
  readonly key: string;
  readonly code: string;
  /** 229 while an IME owns the key (Android's keyboards report most keys so). */
  readonly keyCode: number;
  readonly isComposing: boolean;
  readonly ctrlKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/** Where the mirror's keystrokes go: KeyboardOutput in the page. */
export interface MirrorOutput {
  /**
   * Types `text` (no line breaks) at the desktop's caret. True when it went out as shortcuts
   * instead (a modifier was on), so the desktop no longer has the field's text.
   */
  type(text: string): boolean;
  /** Presses `key`; true when modifiers went with it, so the desktop did more than the key. */
  press(key: NamedKey, modifiers: readonly ModifierKey[]): boolean;
}

/** The text field, as far as the mirror changes it. */
export interface MirrorField {
  /** Empties the field without sending anything. */
  clear(): void;
}

export interface IdleTimers {
  setTimer(callback: () => void, ms: number): number;
  clearTimer(id: number): void;
}

/** Past this many UTF-16 units the field is emptied once typing pauses, so diffs stay small. */
export const LONG_FIELD_UNITS = 200;
export const IDLE_MS = 1500;

/**
 * The keyboard's core: keeps the desktop in step with a text field the phone's own keyboard
 * types into, IMEs, autocorrect and dictation included.
 *
 * The field holds what was typed since the desktop's caret last moved some other way, and the
 * desktop has exactly that text before its caret. `sent` is the field as the desktop has it;
 * on every change the difference goes out as Backspaces and text (diffText). While an IME
 * composes (pinyin, kana, Hangul, the word Android keyboards underline, dictation) nothing is
 * sent: the field holds letters that are not text yet. When the composition ends, what was
 * committed goes out once, because only the difference from `sent` ever goes out, however
 * many events a browser fires around a commit.
 *
 * Whatever moves the desktop's caret (an arrow, Enter, a shortcut, a modifier chord) empties
 * the field, as does a long field once typing pauses; emptying sends nothing. Never during a
 * composition: that would cancel the IME's work, so it waits for the composition to end.
 */
export class TypingMirror {
  private sent = '';
  private composing = false;
  private clearWhenComposed = false;
  /** Enter went out from `keydown`; a line break the browser inserts anyway is not a second one. */
  private enterSent = false;
  private idleTimer: number | null = null;

  constructor(
    private readonly output: MirrorOutput,
    private readonly field: MirrorField,
    private readonly boundaries: GraphemeBoundaries,
    private readonly timers: IdleTimers,
  ) {}

  compositionStarted(): void {
    this.composing = true;
    // Composing is typing: the field is not idle.
    this.stopIdleTimer();
  }

  compositionEnded(value: string): void {
    this.composing = false;
    this.sync(value);
    if (this.clearWhenComposed) this.clear();
  }

  /** The field's `input` event; `isComposing` as the event says (browsers disagree on order). */
  input(value: string, isComposing: boolean): void {
    if (this.composing || isComposing) return;
    this.sync(value);
  }

  /**
   * The field's `keydown`. True when the key went to the desktop and the field must not act
   * on it (the caller prevents its default).
   */
  keyDown(stroke: Keystroke, value: string): boolean {
    // The IME's own keys: Enter that picks a candidate, Backspace inside a composition.
    if (this.composing || stroke.isComposing || stroke.keyCode === 229) return false;
    const modifiers = modifiersOf(stroke);
    if (stroke.key === 'Enter') {
      this.sync(value);
      this.output.press('Enter', modifiers);
      this.clear();
      this.enterSent = true;
      return true;
    }
    // In an empty field Backspace changes nothing, so no input event will say it happened.
    if (stroke.key === 'Backspace') {
      if (value !== '' || this.sent !== '') return false;
      if (this.output.press('Backspace', modifiers)) this.clear();
      return true;
    }
    const forwarded = forwardedKey(stroke.key) ?? (stroke.ctrlKey || stroke.altKey || stroke.metaKey ? keyOfCode(stroke.code) : null);
    if (forwarded === null) return false;
    this.sync(value);
    this.press(forwarded, modifiers);
    return true;
  }

  /** A key from the page's own buttons (Esc, arrows, shortcuts). */
  press(key: NamedKey, modifiers: readonly ModifierKey[] = []): void {
    this.output.press(key, modifiers);
    this.clear();
  }

  /**
   * The desktop's caret may have moved while the field was not in use (a click on the
   * trackpad, another phone): the field starts afresh.
   */
  focused(): void {
    this.clear();
  }

  /** A browser that leaves a composition open on blur would otherwise block typing for good. */
  blurred(value: string): void {
    this.composing = false;
    this.sync(value);
    if (this.clearWhenComposed) this.clear();
  }

  /** Empties the field without sending anything; after the composition if one is open. */
  clear(): void {
    this.stopIdleTimer();
    if (this.composing) {
      this.clearWhenComposed = true;
      return;
    }
    this.clearWhenComposed = false;
    this.sent = '';
    this.field.clear();
  }

  private sync(value: string): void {
    const edit = diffText(this.sent, value, this.boundaries);
    this.sent = value;
    let insertion = edit.insertion;
    let moved = false;
    if (this.enterSent && edit.deletions === 0 && insertion.charAt(0) === '\n') {
      insertion = insertion.slice(1);
      moved = true;
    }
    this.enterSent = false;
    for (let i = 0; i < edit.deletions; i += 1) moved = this.output.press('Backspace', []) || moved;
    insertion.split('\n').forEach((line, index) => {
      if (index > 0) {
        this.output.press('Enter', []);
        moved = true;
      }
      if (line !== '') moved = this.output.type(line) || moved;
    });
    if (moved) {
      this.clear();
      return;
    }
    this.startIdleTimer();
  }

  private startIdleTimer(): void {
    this.stopIdleTimer();
    if (this.sent.length < LONG_FIELD_UNITS) return;
    this.idleTimer = this.timers.setTimer(() => {
      this.idleTimer = null;
      this.clear();
    }, IDLE_MS);
  }

  private stopIdleTimer(): void {
    if (this.idleTimer !== null) this.timers.clearTimer(this.idleTimer);
    this.idleTimer = null;
  }
}

function modifiersOf(stroke: Keystroke): ModifierKey[] {
  const modifiers: ModifierKey[] = [];
  if (stroke.ctrlKey) modifiers.push('Control');
  if (stroke.altKey) modifiers.push('Alt');
  if (stroke.shiftKey) modifiers.push('Shift');
  if (stroke.metaKey) modifiers.push('Meta');
  return modifiers;
}
