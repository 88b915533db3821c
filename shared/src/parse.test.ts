import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import type { ClientMessage, HostMessage } from './messages.js';
import { parseClientFrame, parseHostFrame } from './parse.js';
import { PROTOCOL_VERSION } from './protocol-version.js';

/** 32 bytes as lowercase hex, the shape of nonces, proofs and device keys. */
const NONCE = '0f'.repeat(32);

const validClientMessages: ClientMessage[] = [
  { type: 'hello', version: PROTOCOL_VERSION, phoneNonce: NONCE, credential: { kind: 'pairing', deviceName: 'iPhone', secretId: 'ab'.repeat(8) } },
  { type: 'hello', version: PROTOCOL_VERSION, phoneNonce: NONCE, credential: { kind: 'device', deviceId: 'cd'.repeat(16) } },
  { type: 'prove', proof: NONCE },
  { type: 'move', dx: 3, dy: -2.5 },
  { type: 'scroll', dx: 0, dy: 4 },
  { type: 'button', seq: 1, button: 'left', action: 'click' },
  { type: 'button', seq: 2, button: 'right', action: 'down' },
  { type: 'button', seq: 3, button: 'middle', action: 'up' },
  { type: 'key', seq: 4, key: 'PageDown', modifiers: [] },
  { type: 'key', seq: 5, key: 'F5', modifiers: ['Control', 'Shift'] },
  { type: 'modifier', seq: 6, key: 'Control', action: 'down' },
  { type: 'take-control' },
  { type: 'text', seq: 3, text: '你好, Grüße 👍🏽\n' },
  { type: 'ping', id: 7 },
];

const validHostMessages: HostMessage[] = [
  { type: 'challenge', hostNonce: NONCE },
  { type: 'welcome', proof: NONCE },
  { type: 'paired', deviceId: 'cd'.repeat(16), deviceKey: NONCE },
  {
    type: 'status',
    version: PROTOCOL_VERSION,
    hostName: 'desk',
    phonesConnected: 1,
    injection: { state: 'ready', backend: 'nut-js' },
    paused: false,
    control: { mode: 'shared' },
  },
  {
    type: 'status',
    version: PROTOCOL_VERSION,
    hostName: 'desk',
    phonesConnected: 0,
    injection: { state: 'unavailable', problem: 'wayland-only', detail: 'Log in with X11.' },
    paused: true,
    control: { mode: 'exclusive', youControl: false, controllerName: 'Pixel' },
  },
  { type: 'ack', seq: 6 },
  { type: 'error', code: 'bad-message', message: 'nope' },
  { type: 'pong', id: 7 },
];

describe('parseClientFrame accepts every message kind', () => {
  it.each(validClientMessages.map((message) => [message.type, message] as const))('%s', (_type, message) => {
    expect(parseClientFrame(JSON.stringify(message))).toEqual({ ok: true, value: message });
  });
});

describe('parseHostFrame accepts every message kind', () => {
  it.each(validHostMessages.map((message) => [message.type, message] as const))('%s', (_type, message) => {
    expect(parseHostFrame(JSON.stringify(message))).toEqual({ ok: true, value: message });
  });
});

describe('parseClientFrame rejects with a code', () => {
  const cases: [string, unknown, string][] = [
    ['a binary frame', new Uint8Array([1, 2]), 'bad-message'],
    ['a frame over the size limit', JSON.stringify({ type: 'ping', id: 1, pad: 'x'.repeat(LIMITS.maxFrameBytes) }), 'frame-too-large'],
    ['text that is not JSON', '{"type":"move",', 'bad-json'],
    ['JSON that is not an object', '42', 'bad-message'],
    ['null', 'null', 'bad-message'],
    ['an array', '[{"type":"move"}]', 'bad-message'],
    ['no type', '{"dx":1,"dy":1}', 'unknown-type'],
    ['an unknown type', '{"type":"run","command":"rm -rf /"}', 'unknown-type'],
    ['a type that is not a string', '{"type":5}', 'unknown-type'],
    ['an inherited property name as type', '{"type":"constructor"}', 'unknown-type'],
    ['a missing field', '{"type":"move","dx":1}', 'bad-message'],
    ['an extra field', '{"type":"move","dx":1,"dy":1,"extra":true}', 'bad-message'],
    ['a string where a number belongs', '{"type":"move","dx":"1","dy":1}', 'bad-message'],
    ['an infinite delta', '{"type":"move","dx":1e999,"dy":1}', 'bad-message'],
    ['a delta past the limit', `{"type":"move","dx":${LIMITS.maxPointerDelta + 1},"dy":1}`, 'bad-message'],
    ['a scroll past the limit', `{"type":"scroll","dx":0,"dy":${-LIMITS.maxScrollDelta - 1}}`, 'bad-message'],
    ['an unknown button', '{"type":"button","seq":1,"button":"fourth","action":"click"}', 'bad-message'],
    ['an unknown button action', '{"type":"button","seq":1,"button":"left","action":"hold"}', 'bad-message'],
    ['a click without its number', '{"type":"button","button":"left","action":"click"}', 'bad-message'],
    ['a key numbered 0', '{"type":"key","seq":0,"key":"Tab","modifiers":[]}', 'bad-message'],
    ['a fractional number', '{"type":"key","seq":1.5,"key":"Tab","modifiers":[]}', 'bad-message'],
    ['a held key that is not a modifier', '{"type":"modifier","seq":1,"key":"KeyA","action":"down"}', 'bad-message'],
    ['take-control with a payload', '{"type":"take-control","deviceId":"x"}', 'bad-message'],
    ['an unknown key', '{"type":"key","seq":1,"key":"PrintScreen","modifiers":[]}', 'bad-message'],
    ['an unknown modifier', '{"type":"key","seq":1,"key":"Tab","modifiers":["Hyper"]}', 'bad-message'],
    ['too many modifiers', '{"type":"key","seq":1,"key":"Tab","modifiers":["Control","Alt","Shift","Meta","Control"]}', 'bad-message'],
    ['a fractional ping id', '{"type":"ping","id":1.5}', 'bad-message'],
    ['a negative ping id', '{"type":"ping","id":-1}', 'bad-message'],
    ['a nonce that is not hex', JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, phoneNonce: 'zz'.repeat(32), credential: { kind: 'device', deviceId: 'cd'.repeat(16) } }), 'bad-message'],
    ['a nonce of the wrong length', JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, phoneNonce: '0f'.repeat(16), credential: { kind: 'device', deviceId: 'cd'.repeat(16) } }), 'bad-message'],
    ['upper-case hex', JSON.stringify({ type: 'prove', proof: '0F'.repeat(32) }), 'bad-message'],
    ['an unknown credential kind', JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, phoneNonce: NONCE, credential: { kind: 'password', password: 'x' } }), 'bad-message'],
    ['a pairing without its secret id', JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, phoneNonce: NONCE, credential: { kind: 'pairing', deviceName: 'x' } }), 'bad-message'],
    ['a device name past the limit', JSON.stringify({ type: 'hello', version: PROTOCOL_VERSION, phoneNonce: NONCE, credential: { kind: 'pairing', deviceName: 'x'.repeat(LIMITS.maxDeviceNameLength + 1), secretId: 'ab'.repeat(8) } }), 'bad-message'],
    ['a hello from an older page', JSON.stringify({ type: 'hello', version: 1, token: 'abc', deviceName: 'x' }), 'version-mismatch'],
    ['empty text', JSON.stringify({ type: 'text', seq: 1, text: '' }), 'bad-message'],
    ['text past the limit', JSON.stringify({ type: 'text', seq: 1, text: 'x'.repeat(LIMITS.maxTextLength + 1) }), 'bad-message'],
    ['text without a number', JSON.stringify({ type: 'text', text: 'hi' }), 'bad-message'],
    ['a host message sent by a phone', '{"type":"pong","id":1}', 'unknown-type'],
  ];
  it.each(cases)('%s', (_name, frame, code) => {
    const result = parseClientFrame(frame);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(0);
    }
  });

  it('names the offending field', () => {
    const result = parseClientFrame('{"type":"button","seq":1,"button":"left","action":"hold"}');
    expect(!result.ok && result.error.message).toContain('"action"');
  });
});

describe('parseHostFrame rejects with a code', () => {
  const cases: [string, unknown, string][] = [
    ['text that is not JSON', 'status', 'bad-json'],
    ['an unknown error code', '{"type":"error","code":"oops","message":"x"}', 'bad-message'],
    ['an unknown injection problem', JSON.stringify({ ...validHostMessages[1], injection: { state: 'unavailable', problem: 'gremlins', detail: '' } }), 'bad-message'],
    ['a phone message sent by the host', '{"type":"move","dx":1,"dy":1}', 'unknown-type'],
  ];
  it.each(cases)('%s', (_name, frame, code) => {
    const result = parseHostFrame(frame);
    expect(!result.ok && result.error.code).toBe(code);
  });
});
