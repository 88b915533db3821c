import type { HostMessage } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { handshake, opened, pairPhone, settle, setup } from './test-sessions.js';

const acks = (messages: HostMessage[]) => messages.filter((message) => message.type === 'ack');
const statusOf = (messages: HostMessage[]) => messages.filter((message) => message.type === 'status').at(-1);

describe('exactly-once discrete input', () => {
  it('skips what a reconnecting phone resends, and tells it after the first status where it stands', async () => {
    const scene = setup();
    const first = pairPhone(scene, 'a');
    first.phone.send({ type: 'key', seq: 1, key: 'KeyH', modifiers: [] });
    first.phone.send({ type: 'key', seq: 2, key: 'KeyI', modifiers: [] });
    await settle(first.session);
    expect(acks(first.phone.inbox())).toEqual([{ type: 'ack', seq: 2 }]);
    await first.session.end('connection-closed');

    const again = scene.open('b');
    const phone = opened(handshake(again, first.credential));
    expect(phone.inbox().map((message) => message.type)).toEqual(['status', 'ack', 'foreground']);
    // The phone did not see the ack for 2 before the connection broke, so it sends 2 again.
    phone.send({ type: 'key', seq: 2, key: 'KeyI', modifiers: [] });
    phone.send({ type: 'key', seq: 3, key: 'Enter', modifiers: [] });
    await settle(again.session);
    expect(scene.injector.calls).toEqual(['key KeyH', 'key KeyI', 'key Enter']);
    expect(acks(phone.inbox())).toEqual([{ type: 'ack', seq: 3 }]);
  });

  it('acknowledges the last number handled right after the first status of a new session', () => {
    const scene = setup();
    const first = pairPhone(scene, 'a');
    first.phone.send({ type: 'button', seq: 7, button: 'left', action: 'click' });
    const again = scene.open('b');
    const phone = opened(handshake(again, first.credential));
    const [status, ack] = phone.inbox();
    expect(status?.type).toBe('status');
    expect(ack).toEqual({ type: 'ack', seq: 7 });
  });

  it('answers a batch of input with one ack, and a duplicate with an ack too', async () => {
    const scene = setup();
    const { phone, session } = pairPhone(scene, 'a');
    for (let seq = 1; seq <= 5; seq++) phone.send({ type: 'key', seq, key: 'Space', modifiers: [] });
    await settle(session);
    expect(acks(phone.inbox())).toEqual([{ type: 'ack', seq: 5 }]);
    phone.send({ type: 'key', seq: 4, key: 'Space', modifiers: [] });
    await settle(session);
    expect(acks(phone.inbox())).toEqual([{ type: 'ack', seq: 5 }]);
    expect(scene.injector.calls).toHaveLength(5);
  });

  it('types text exactly once, in order with keys around it', async () => {
    const scene = setup();
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'text', seq: 1, text: '你好, Grüße 👍🏽' });
    phone.send({ type: 'key', seq: 2, key: 'Backspace', modifiers: [] });
    phone.send({ type: 'text', seq: 1, text: '你好, Grüße 👍🏽' });
    phone.send({ type: 'text', seq: 3, text: '!' });
    await settle(session);
    expect(scene.injector.calls).toEqual(['text 你好, Grüße 👍🏽', 'key Backspace', 'text !']);
    expect(acks(phone.inbox())).toEqual([{ type: 'ack', seq: 3 }]);
  });

  it('never acknowledges motion', async () => {
    const scene = setup();
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'move', dx: 1, dy: 1 });
    phone.send({ type: 'scroll', dx: 0, dy: 1 });
    await settle(session);
    expect(acks(phone.inbox())).toEqual([]);
  });
});

describe('natural scrolling', () => {
  it('turns the wheel the other way while it is off, and follows a change at once', async () => {
    let natural = false;
    const scene = setup(undefined, { naturalScrolling: () => natural });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'scroll', dx: 2, dy: 3 });
    await settle(session);
    natural = true;
    phone.send({ type: 'scroll', dx: 2, dy: 3 });
    await settle(session);
    expect(scene.injector.calls).toEqual(['scroll -2,-3', 'scroll 2,3']);
  });
});

describe('modifiers', () => {
  it('holds a modifier across a click and lets go of it when the connection dies', async () => {
    const scene = setup();
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'modifier', seq: 1, key: 'Control', action: 'down' });
    phone.send({ type: 'button', seq: 2, button: 'left', action: 'click' });
    await session.idle();
    await session.end('connection-closed');
    expect(scene.injector.calls).toEqual(['hold Control', 'press left', 'release left', 'let go Control']);
  });

  it('lets go of a modifier the phone held too long without other input', async () => {
    const scene = setup(undefined, { maxModifierHoldMs: 5_000 });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'modifier', seq: 1, key: 'Shift', action: 'down' });
    await session.idle();
    scene.clock.advance(4_999);
    await session.idle();
    expect(scene.injector.calls).toEqual(['hold Shift']);
    scene.clock.advance(1);
    await session.idle();
    expect(scene.injector.calls).toEqual(['hold Shift', 'let go Shift']);
    // The phone's own "up" later finds nothing held, and injects nothing.
    phone.send({ type: 'modifier', seq: 2, key: 'Shift', action: 'up' });
    await session.idle();
    expect(scene.injector.calls).toEqual(['hold Shift', 'let go Shift']);
  });
});

describe('the pause switch', () => {
  it('drops input, lets go of what every phone holds, and says so in every status', async () => {
    const scene = setup();
    const a = pairPhone(scene, 'a', 'Pixel');
    const b = pairPhone(scene, 'b', 'iPhone');
    a.phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    b.phone.send({ type: 'modifier', seq: 1, key: 'Alt', action: 'down' });
    await Promise.all([settle(a.session), settle(b.session)]);
    a.phone.inbox();
    b.phone.inbox();

    scene.registry.setPaused(true);
    await Promise.all([a.session.idle(), b.session.idle()]);
    expect(scene.injector.calls).toEqual(['press left', 'hold Alt', 'release left', 'let go Alt']);
    expect(statusOf(a.phone.inbox())).toMatchObject({ paused: true });
    expect(statusOf(b.phone.inbox())).toMatchObject({ paused: true });
    expect(scene.events.at(-1)).toEqual({ event: 'paused' });

    a.phone.send({ type: 'move', dx: 9, dy: 9 });
    a.phone.send({ type: 'key', seq: 2, key: 'Enter', modifiers: [] });
    await settle(a.session);
    expect(scene.injector.calls).toHaveLength(4);
    // Counted as handled, so it is not replayed after a reconnect when nobody expects it.
    expect(acks(a.phone.inbox())).toEqual([{ type: 'ack', seq: 2 }]);

    scene.registry.setPaused(false);
    expect(statusOf(a.phone.inbox())).toMatchObject({ paused: false });
    a.phone.send({ type: 'key', seq: 3, key: 'Enter', modifiers: [] });
    await settle(a.session);
    expect(scene.injector.calls.at(-1)).toBe('key Enter');
    expect(scene.events.at(-1)).toEqual({ event: 'resumed' });
  });
});

describe('one phone at a time', () => {
  it('takes input only from the phone in control until another takes it', async () => {
    const scene = setup(undefined, { controlMode: 'exclusive' });
    const a = pairPhone(scene, 'a', 'Pixel');
    const b = pairPhone(scene, 'b', 'iPhone');
    expect(statusOf(a.phone.inbox())).toMatchObject({ control: { mode: 'exclusive', youControl: true, controllerName: 'Pixel' } });
    expect(statusOf(b.greeting)).toMatchObject({ control: { mode: 'exclusive', youControl: false, controllerName: 'Pixel' } });

    a.phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    b.phone.send({ type: 'key', seq: 1, key: 'KeyB', modifiers: [] });
    await Promise.all([settle(a.session), settle(b.session)]);
    expect(scene.injector.calls).toEqual(['press left']);
    expect(acks(b.phone.inbox())).toEqual([{ type: 'ack', seq: 1 }]);

    b.phone.send({ type: 'take-control' });
    await a.session.idle();
    expect(scene.injector.calls).toEqual(['press left', 'release left']);
    expect(statusOf(a.phone.inbox())).toMatchObject({ control: { youControl: false, controllerName: 'iPhone' } });
    expect(statusOf(b.phone.inbox())).toMatchObject({ control: { youControl: true, controllerName: 'iPhone' } });
    expect(scene.events.at(-1)).toMatchObject({ event: 'control-changed', mode: 'exclusive', controller: { name: 'iPhone' } });

    b.phone.send({ type: 'key', seq: 2, key: 'KeyB', modifiers: [] });
    a.phone.send({ type: 'key', seq: 2, key: 'KeyA', modifiers: [] });
    await Promise.all([settle(a.session), settle(b.session)]);
    expect(scene.injector.calls).toEqual(['press left', 'release left', 'key KeyB']);
  });

  it('gives control to the longest-connected phone when the mode is switched on', async () => {
    const scene = setup();
    const a = pairPhone(scene, 'a', 'Pixel');
    const b = pairPhone(scene, 'b', 'iPhone');
    b.phone.send({ type: 'button', seq: 1, button: 'right', action: 'down' });
    await b.session.idle();
    scene.registry.setControlMode('exclusive');
    await b.session.idle();
    expect(scene.injector.calls).toEqual(['press right', 'release right']);
    expect(statusOf(a.phone.inbox())).toMatchObject({ control: { youControl: true } });
    scene.registry.setControlMode('shared');
    expect(statusOf(b.phone.inbox())).toMatchObject({ control: { mode: 'shared' } });
  });
});
