import { DIGIT_KEYS, LETTER_KEYS, type NamedKey } from '@touchdesk/shared';
import type { ReliablePhone } from './reliable-test-phone.js';
import { sleep } from './wait.js';

/**
 * Numbered, paced streams of input from a scripted phone, with the text they must produce in
 * the target page's textarea. Each key is a tap of a key with no modifier, so the text is fixed
 * by the keys alone (US layout under Xvfb: KeyA is "a", Digit1 is "1", Enter a new line).
 */

/** One key tap of the stream and the character it types. */
export interface TypedKey {
  readonly key: NamedKey;
  readonly text: string;
}

const TYPEABLE: readonly TypedKey[] = [
  ...LETTER_KEYS.map((key) => ({ key, text: key.slice('Key'.length).toLowerCase() })),
  ...DIGIT_KEYS.map((key) => ({ key, text: key.slice('Digit'.length) })),
];

/** The n-th key of a stream: letters and digits in turn, a new line every `lineLength` keys. */
export function nthKey(n: number, lineLength = 60): TypedKey {
  if (n % lineLength === lineLength - 1) return { key: 'Enter', text: '\n' };
  return TYPEABLE[n % TYPEABLE.length] as TypedKey;
}

/** A small deterministic generator, so a failing run can be replayed exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    // xorshift32
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x1_0000_0000;
  };
}

export interface PacedOptions {
  /** Events in all. */
  readonly total: number;
  /** Events per second, sustained. */
  readonly perSecond: number;
  /** Sends event number `i` (from 0). */
  readonly send: (i: number) => void;
  /** Stops early when it returns a reason; the stream rejects with it. */
  readonly abort?: () => string | undefined;
}

/**
 * Calls `send` `total` times at `perSecond`, in ticks of a few milliseconds, catching up after
 * a slow tick rather than bursting ahead: the rate is a ceiling, as a host's rate limit is.
 */
export async function paced(options: PacedOptions): Promise<{ readonly ms: number }> {
  const start = performance.now();
  let sent = 0;
  while (sent < options.total) {
    const reason = options.abort?.();
    if (reason !== undefined) throw new Error(`stream stopped after ${sent} of ${options.total} events: ${reason}`);
    const due = Math.min(options.total, Math.floor(((performance.now() - start) * options.perSecond) / 1000));
    for (; sent < due; sent++) options.send(sent);
    await sleep(5);
  }
  return { ms: performance.now() - start };
}

/** Sends key tap number `n` of the stream through `phone`, and keeps the text the taps so far must type. */
export function keyTapSender(phone: ReliablePhone): { send(n: number): void; readonly text: string } {
  let text = '';
  return {
    send(n) {
      const typed = nthKey(n);
      phone.send({ type: 'key', key: typed.key, modifiers: [] });
      text += typed.text;
    },
    get text() {
      return text;
    },
  };
}
