import type { HostMessage } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { handshake, opened, pairPhone, settle, setup } from '../test-sessions.js';
import type { ActiveWindow } from './app-detection.js';
import type { ActiveWindowWatcher } from './ports.js';
import { PresenterDesk } from './presenter-desk.js';

/** Slide commands through a real session: sealed, validated, numbered, then keys at the injector. */

const deck: ActiveWindow = { instance: 'chromium', className: 'Chromium', title: 'Deck' };

function presenting(window: ActiveWindow = deck) {
  const watcher: ActiveWindowWatcher = { watch: (changed) => changed(window), stop: () => undefined };
  const scene = setup(undefined, { presenter: new PresenterDesk('pc', watcher) });
  return { scene, ...pairPhone(scene, 'a') };
}

const errors = (messages: HostMessage[]) => messages.filter((message) => message.type === 'error');
const acks = (messages: HostMessage[]) => messages.filter((message) => message.type === 'ack');

describe('slide commands', () => {
  it('become the keys of the app in front, exactly once however often they are resent', async () => {
    const { scene, phone, session } = presenting();
    phone.send({ type: 'slide', seq: 1, command: 'next' });
    phone.send({ type: 'slide', seq: 2, command: 'goto', slide: 12 });
    phone.send({ type: 'slide', seq: 1, command: 'next' });
    phone.send({ type: 'slide', seq: 3, command: 'previous' });
    phone.send({ type: 'slide', seq: 3, command: 'previous' });
    await settle(session);
    expect(scene.injector.calls).toEqual(['key PageDown', 'key KeyG', 'key Digit1', 'key Digit2', 'key Enter', 'key PageUp']);
    expect(acks(phone.inbox()).at(-1)).toEqual({ type: 'ack', seq: 3 });
  });

  it('tell the phone which app is in front as soon as it connects', () => {
    const { scene, credential } = presenting();
    const again = opened(handshake(scene.open('b'), credential));
    expect(again.inbox().map((message) => message.type)).toEqual(['status', 'ack', 'foreground']);
    expect(scene.injector.calls).toEqual([]);
  });

  it('a command the program has no keys for types nothing, and the phone hears why by code', async () => {
    const { scene, phone, session } = presenting();
    phone.send({ type: 'slide', seq: 1, command: 'white' });
    await settle(session);
    expect(scene.injector.calls).toEqual([]);
    const inbox = phone.inbox();
    expect(errors(inbox)).toEqual([{ type: 'error', code: 'slide-command-unsupported', message: expect.stringContaining('white') }]);
    // Handled all the same: the phone must not resend it after a reconnect.
    expect(acks(inbox)).toEqual([{ type: 'ack', seq: 1 }]);
  });

  it("follow the phone's choice of program over the app in front", async () => {
    const { scene, phone, session } = presenting();
    phone.send({ type: 'presenter-app', choice: 'impress' });
    phone.send({ type: 'slide', seq: 1, command: 'start' });
    phone.send({ type: 'slide', seq: 2, command: 'white' });
    phone.send({ type: 'presenter-app', choice: 'auto' });
    phone.send({ type: 'slide', seq: 3, command: 'black' });
    await settle(session);
    expect(scene.injector.calls).toEqual(['key F5', 'key KeyW', 'key KeyB']);
  });

  it('are dropped while the desktop is paused, and still acknowledged', async () => {
    const { scene, phone, session } = presenting();
    scene.registry.setPaused(true);
    phone.send({ type: 'slide', seq: 1, command: 'next' });
    await settle(session);
    expect(scene.injector.calls).toEqual([]);
    expect(acks(phone.inbox()).at(-1)).toEqual({ type: 'ack', seq: 1 });
  });

  it('refuse a malformed command at the edge, with a coded error, and serve the next one', async () => {
    const { scene, phone, session } = presenting();
    session.receive(phone.channel.seal(JSON.stringify({ type: 'slide', seq: 1, command: 'goto' })));
    phone.send({ type: 'slide', seq: 2, command: 'next' });
    await settle(session);
    expect(errors(phone.inbox())).toEqual([expect.objectContaining({ code: 'bad-message' })]);
    expect(scene.injector.calls).toEqual(['key PageDown']);
  });
});
