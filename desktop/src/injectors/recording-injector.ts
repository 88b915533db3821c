import type { ModifierKey, NamedKey, PointerButton } from '@touchdesk/shared';
import type { InputInjector } from '../core/ports.js';

export type RecordedCall =
  | { readonly call: 'moveBy'; readonly dx: number; readonly dy: number }
  | { readonly call: 'pointAt'; readonly x: number; readonly y: number }
  | { readonly call: 'pressButton' | 'releaseButton'; readonly button: PointerButton }
  | { readonly call: 'scroll'; readonly dx: number; readonly dy: number }
  | { readonly call: 'tapKey'; readonly key: NamedKey; readonly modifiers: readonly ModifierKey[] }
  | { readonly call: 'typeText'; readonly text: string }
  | { readonly call: 'pressKey' | 'releaseKey'; readonly key: ModifierKey };

/**
 * Injects nothing and remembers everything: `--dry-run` for trying TouchDesk without letting
 * a phone touch the desktop, and the witness in tests that input did (or did not) get through.
 */
export class RecordingInjector implements InputInjector {
  readonly calls: RecordedCall[] = [];

  readonly status = { state: 'ready', backend: 'dry-run' } as const;

  async moveBy(dx: number, dy: number): Promise<void> {
    this.calls.push({ call: 'moveBy', dx, dy });
  }

  async pointAt(x: number, y: number): Promise<void> {
    this.calls.push({ call: 'pointAt', x, y });
  }

  async pressButton(button: PointerButton): Promise<void> {
    this.calls.push({ call: 'pressButton', button });
  }

  async releaseButton(button: PointerButton): Promise<void> {
    this.calls.push({ call: 'releaseButton', button });
  }

  async scroll(dx: number, dy: number): Promise<void> {
    this.calls.push({ call: 'scroll', dx, dy });
  }

  async tapKey(key: NamedKey, modifiers: readonly ModifierKey[]): Promise<void> {
    this.calls.push({ call: 'tapKey', key, modifiers: [...modifiers] });
  }

  async pressKey(key: ModifierKey): Promise<void> {
    this.calls.push({ call: 'pressKey', key });
  }

  async releaseKey(key: ModifierKey): Promise<void> {
    this.calls.push({ call: 'releaseKey', key });
  }

  async typeText(text: string): Promise<void> {
    this.calls.push({ call: 'typeText', text });
  }
}
