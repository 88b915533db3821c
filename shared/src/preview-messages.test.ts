import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import type { ClientMessage, HostMessage } from './messages.js';
import { parseClientFrame, parseHostFrame } from './parse.js';
import { PREVIEW_LIMITS } from './preview.js';

/** The longest preview the host may send: base64 of PREVIEW_LIMITS.maxBase64Length characters. */
const LARGEST_PREVIEW: HostMessage = {
  type: 'preview',
  seq: 1,
  width: PREVIEW_LIMITS.maxSide,
  height: 576,
  jpegBase64: 'A'.repeat(PREVIEW_LIMITS.maxBase64Length),
};

describe('slide preview and laser pointer messages', () => {
  it.each<ClientMessage>([
    { type: 'preview', on: true },
    { type: 'preview', on: false },
    { type: 'pointer', x: 0, y: 1 },
    { type: 'pointer', x: 0.25, y: 0.5 },
    { type: 'pointer-end' },
  ])('a phone may send %j', (message) => {
    expect(parseClientFrame(JSON.stringify(message))).toEqual({ ok: true, value: message });
  });

  it.each<HostMessage>([
    { type: 'preview', seq: 0, width: 480, height: 300, jpegBase64: '/9j/4AAQSkZJRg==' },
    LARGEST_PREVIEW,
    { type: 'preview-unavailable', problem: 'off-on-desktop' },
    { type: 'preview-unavailable', problem: 'no-screen-capture' },
  ])('the host may send a $type', (message) => {
    expect(parseHostFrame(JSON.stringify(message))).toEqual({ ok: true, value: message });
  });

  it('keeps the largest preview frame inside the host frame limit, and phone frames at 4 KiB', () => {
    expect(JSON.stringify(LARGEST_PREVIEW).length).toBeLessThan(LIMITS.maxHostFrameBytes);
    const tooLargeFromPhone = JSON.stringify({ type: 'ping', id: 1, pad: 'x'.repeat(LIMITS.maxFrameBytes) });
    expect(parseClientFrame(tooLargeFromPhone)).toMatchObject({ ok: false, error: { code: 'frame-too-large' } });
    expect(parseHostFrame('x'.repeat(LIMITS.maxHostFrameBytes + 1))).toMatchObject({ ok: false, error: { code: 'frame-too-large' } });
  });

  it.each<[string, unknown, string]>([
    ['a pointer left of the screen', { type: 'pointer', x: -0.01, y: 0.5 }, 'bad-message'],
    ['a pointer below the screen', { type: 'pointer', x: 0.5, y: 1.0001 }, 'bad-message'],
    ['a pointer in pixels', { type: 'pointer', x: 640, y: 400 }, 'bad-message'],
    ['a pointer without y', { type: 'pointer', x: 0.5 }, 'bad-message'],
    ['a pointer as text', { type: 'pointer', x: '0.5', y: 0.5 }, 'bad-message'],
    ['a pointer-end with a payload', { type: 'pointer-end', x: 0 }, 'bad-message'],
    ['a preview switch that is not a boolean', { type: 'preview', on: 'yes' }, 'bad-message'],
    ['a preview frame sent by a phone', { type: 'preview', on: true, jpegBase64: 'AAAA' }, 'bad-message'],
  ])('refuses from a phone: %s', (_name, message, code) => {
    expect(parseClientFrame(JSON.stringify(message))).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a non-finite pointer (JSON cannot carry one, 1e999 parses as Infinity)', () => {
    expect(parseClientFrame('{"type":"pointer","x":1e999,"y":0}')).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });

  it.each<[string, unknown]>([
    ['a frame past the base64 limit', { ...LARGEST_PREVIEW, jpegBase64: 'A'.repeat(PREVIEW_LIMITS.maxBase64Length + 4) }],
    ['a frame that is not base64', { ...LARGEST_PREVIEW, jpegBase64: '<img src=x onerror=alert(1)>' }],
    ['a frame of width 0', { ...LARGEST_PREVIEW, width: 0 }],
    ['a frame wider than the limit', { ...LARGEST_PREVIEW, width: PREVIEW_LIMITS.maxSide + 1 }],
    ['a frame without its number', { type: 'preview', width: 4, height: 4, jpegBase64: 'AAAA' }],
    ['an unknown preview problem', { type: 'preview-unavailable', problem: 'bored' }],
  ])('refuses from the host: %s', (_name, message) => {
    expect(parseHostFrame(JSON.stringify(message))).toMatchObject({ ok: false, error: { code: 'bad-message' } });
  });
});
