import { LIMITS, NAMED_KEYS, PROTOCOL_VERSION } from '@touchdesk/shared';
import type { SeededRandom } from './test-seeded-random.js';

/**
 * Frames an unauthenticated fuzzer throws at the host: raw bytes, junk text, and JSON that is
 * almost a message (real types with wrong, missing, extra, huge or hostile fields), so the
 * parser's every branch is hit and not just its first `JSON.parse`.
 */
const MESSAGE_TYPES = [
  'hello', 'prove', 'move', 'scroll', 'button', 'key', 'modifier', 'take-control', 'ping',
  'challenge', 'welcome', 'paired', 'status', 'ack', 'error', 'pong',
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'type', 'credential', 'kind', 'deviceId', 'version'];

export function randomFrame(random: SeededRandom): string | Uint8Array {
  switch (random.below(8)) {
    case 0:
      return random.bytes(random.below(200));
    case 1:
      // Rarely, a frame at or just over the transport's limit.
      return random.bytes(LIMITS.maxFrameBytes - 2 + random.below(4));
    case 2:
      return random.text(random.below(120));
    case 3:
      return JSON.stringify(randomValue(random, 3));
    case 4:
      return JSON.stringify(almostMessage(random));
    case 5:
      return truncated(random, JSON.stringify(almostMessage(random)));
    case 6:
      return nested(random);
    default:
      return JSON.stringify(almostHello(random));
  }
}

function randomValue(random: SeededRandom, depth: number): unknown {
  switch (random.below(depth > 0 ? 9 : 6)) {
    case 0:
      return null;
    case 1:
      return random.next() < 0.5;
    case 2:
      return random.pick([0, -1, 1e308, -1e308, 2 ** 53 + 1, 0.5, -0, LIMITS.maxPointerDelta + 1]);
    case 3:
      return random.text(random.below(20));
    case 4:
      return random.hex(random.pick([8, 16, 32, 33]));
    case 5:
      return random.pick(['', 'NaN', 'Infinity', '1e999', 'left', 'KeyH', 'Control']);
    case 6:
      return Array.from({ length: random.below(5) }, () => randomValue(random, depth - 1));
    default:
      return Object.fromEntries(Array.from({ length: random.below(5) }, () => [random.pick(HOSTILE_KEYS), randomValue(random, depth - 1)]));
  }
}

function almostMessage(random: SeededRandom): Record<string, unknown> {
  const message: Record<string, unknown> = { type: random.pick(MESSAGE_TYPES) };
  for (const field of ['dx', 'dy', 'seq', 'button', 'action', 'key', 'modifiers', 'id', 'proof', 'version']) {
    if (random.next() < 0.4) message[field] = randomValue(random, 2);
  }
  if (random.next() < 0.3) message.key = random.pick(NAMED_KEYS);
  if (random.next() < 0.2) message[random.pick(HOSTILE_KEYS)] = randomValue(random, 2);
  return message;
}

/** A hello that passes most checks: an unknown device, a guessed QR secret, a wrong version. */
function almostHello(random: SeededRandom): Record<string, unknown> {
  const credential =
    random.next() < 0.5
      ? { kind: 'device', deviceId: random.hex(16) }
      : { kind: 'pairing', deviceName: random.text(random.below(80)), secretId: random.hex(8) };
  const hello: Record<string, unknown> = { type: 'hello', version: PROTOCOL_VERSION, phoneNonce: random.hex(32), credential };
  const spoil = random.pick(['version', 'phoneNonce', 'credential', 'extra', 'none'] as const);
  if (spoil === 'version') hello.version = random.pick([PROTOCOL_VERSION + 1, -1, '1', 1.5]);
  if (spoil === 'phoneNonce') hello.phoneNonce = random.hex(random.pick([0, 31, 33]));
  if (spoil === 'credential') hello.credential = randomValue(random, 2);
  if (spoil === 'extra') hello[random.pick(HOSTILE_KEYS)] = randomValue(random, 2);
  return hello;
}

function truncated(random: SeededRandom, text: string): string {
  return text.slice(0, random.below(text.length));
}

function nested(random: SeededRandom): string {
  // Deep enough to hurt a recursive parser, small enough to pass the size limit.
  const depth = 1 + random.below(600);
  return random.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}
