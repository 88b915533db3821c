import type { ModifierKey, NamedKey } from '@touchdesk/shared';
import type { GraphemeBoundaries } from '../text/graphemes.js';
import { keyForCharacter } from './key-tables.js';
import type { MirrorOutput } from './typing-mirror.js';

/** What the keyboard needs of PhoneInput. */
export interface KeyboardInput {
  activeModifiers(): ModifierKey[];
  pressKey(key: NamedKey, extra?: readonly ModifierKey[]): void;
  typeText(text: string): void;
  disarmModifiers(): void;
}

/**
 * Typing with a modifier on is pressing keys: Ctrl armed, then "c" typed on the phone, is
 * Ctrl+C on the desktop. Characters with a key of their own (letters, digits, space) go as
 * that key with the modifiers; others go as text, and an armed modifier, which cannot apply
 * to text, goes off. Without modifiers, text is text.
 */
export class KeyboardOutput implements MirrorOutput {
  constructor(
    private readonly input: KeyboardInput,
    private readonly boundaries: GraphemeBoundaries,
  ) {}

  type(text: string): boolean {
    if (this.input.activeModifiers().length === 0) {
      this.input.typeText(text);
      return false;
    }
    let chorded = false;
    let plain = '';
    const ends = this.boundaries(text);
    for (let i = 1; i < ends.length; i += 1) {
      const character = text.slice(ends[i - 1], ends[i]);
      const key = this.input.activeModifiers().length > 0 ? keyForCharacter(character) : null;
      if (key === null) {
        this.input.disarmModifiers();
        plain += character;
        continue;
      }
      if (plain !== '') this.input.typeText(plain);
      plain = '';
      this.input.pressKey(key.key, key.shift ? ['Shift'] : []);
      chorded = true;
    }
    if (plain !== '') this.input.typeText(plain);
    return chorded;
  }

  press(key: NamedKey, modifiers: readonly ModifierKey[]): boolean {
    const withModifiers = modifiers.length > 0 || this.input.activeModifiers().length > 0;
    this.input.pressKey(key, modifiers);
    return withModifiers;
  }
}
