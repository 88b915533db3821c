import { describe, expect, it } from 'vitest';
import { LIMITS } from './limits.js';
import type { ClientMessage, HostMessage } from './messages.js';
import { parseClientFrame, parseHostFrame } from './parse.js';
import { PLAIN_SLIDE_COMMANDS, PRESENTER_CHOICES, PRESENTER_PROFILES } from './presenter.js';

const client = (message: unknown) => parseClientFrame(JSON.stringify(message));
const host = (message: unknown) => parseHostFrame(JSON.stringify(message));
const refusal = (parsed: ReturnType<typeof client | typeof host>) => (parsed.ok ? 'accepted' : parsed.error.code);

describe('slide commands', () => {
  it.each(PLAIN_SLIDE_COMMANDS)('accepts %s, numbered', (command) => {
    const message: ClientMessage = { type: 'slide', seq: 3, command };
    expect(client(message)).toEqual({ ok: true, value: message });
  });

  it('accepts go to slide N from 1 to the limit', () => {
    for (const slide of [1, 12, LIMITS.maxSlideNumber]) {
      const message: ClientMessage = { type: 'slide', seq: 1, command: 'goto', slide };
      expect(client(message)).toEqual({ ok: true, value: message });
    }
  });

  it.each([
    ['no number', { type: 'slide', seq: 1, command: 'next' }, 'accepted'],
    ['a number on a plain command', { type: 'slide', seq: 1, command: 'next', slide: 2 }, 'bad-message'],
    ['goto without a slide', { type: 'slide', seq: 1, command: 'goto' }, 'bad-message'],
    ['slide 0', { type: 'slide', seq: 1, command: 'goto', slide: 0 }, 'bad-message'],
    ['a slide past the limit', { type: 'slide', seq: 1, command: 'goto', slide: LIMITS.maxSlideNumber + 1 }, 'bad-message'],
    ['a fractional slide', { type: 'slide', seq: 1, command: 'goto', slide: 2.5 }, 'bad-message'],
    ['a slide as text', { type: 'slide', seq: 1, command: 'goto', slide: '3' }, 'bad-message'],
    ['no seq', { type: 'slide', command: 'next' }, 'bad-message'],
    ['seq 0', { type: 'slide', seq: 0, command: 'next' }, 'bad-message'],
    ['an unknown command', { type: 'slide', seq: 1, command: 'run' }, 'bad-message'],
    ['a key instead of a command', { type: 'slide', seq: 1, key: 'F5' }, 'bad-message'],
    ['an extra field', { type: 'slide', seq: 1, command: 'black', keys: ['KeyB'] }, 'bad-message'],
  ])('%s: %s', (_name, message, expected) => {
    expect(refusal(client(message))).toBe(expected);
  });
});

describe('the presenter app choice', () => {
  it.each(PRESENTER_CHOICES)('accepts %s', (choice) => {
    expect(client({ type: 'presenter-app', choice })).toEqual({ ok: true, value: { type: 'presenter-app', choice } });
  });

  it('refuses a program it does not know, and anything but a name', () => {
    expect(refusal(client({ type: 'presenter-app', choice: 'xdotool' }))).toBe('bad-message');
    expect(refusal(client({ type: 'presenter-app', choice: { keys: ['F5'] } }))).toBe('bad-message');
    expect(refusal(client({ type: 'presenter-app' }))).toBe('bad-message');
  });
});

describe('the foreground app', () => {
  it.each(PRESENTER_PROFILES)('accepts profile %s, with or without app and title', (profile) => {
    const messages: HostMessage[] = [
      { type: 'foreground', profile },
      { type: 'foreground', app: 'Chromium', profile },
      { type: 'foreground', app: 'LibreOffice Impress', title: '季度报告.odp - LibreOffice Impress', profile },
    ];
    for (const message of messages) expect(host(message)).toEqual({ ok: true, value: message });
  });

  it('bounds the app name and the title', () => {
    expect(refusal(host({ type: 'foreground', app: 'a'.repeat(LIMITS.maxAppNameLength + 1), profile: 'reveal' }))).toBe('bad-message');
    expect(refusal(host({ type: 'foreground', title: 't'.repeat(LIMITS.maxWindowTitleLength + 1), profile: 'reveal' }))).toBe('bad-message');
    expect(refusal(host({ type: 'foreground', app: 'Chromium', profile: 'flash' }))).toBe('bad-message');
  });

  it('is no message a phone may send', () => {
    expect(refusal(client({ type: 'foreground', profile: 'reveal' }))).toBe('unknown-type');
  });
});
