import { CLOSE_CODES } from '@touchdesk/shared';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, MemorySettingsStore } from '../core/settings.js';
import { connectPhone } from './test-phone-client.js';
import { panelPost, roundTrip, startTestHost, type TestHost } from './test-host.js';

/**
 * Connection life over real sockets: what a phone holds is let go whichever way it leaves,
 * numbered input lands once across reconnects, and the user's pause and control switches
 * reach every phone.
 */
let scene: TestHost;

afterEach(async () => {
  await scene.close();
});

describe('exactly-once input over real sockets', () => {
  it('acknowledges after the first status, and skips what a reconnecting phone resends', async () => {
    scene = await startTestHost();
    const phone = await scene.pairPhone();
    expect(await phone.next('ack')).toEqual({ type: 'ack', seq: 0 });
    phone.send({ type: 'key', seq: 1, key: 'KeyA', modifiers: [] });
    phone.send({ type: 'key', seq: 2, key: 'KeyB', modifiers: [] });
    await phone.next('ack', (ack) => ack.seq === 2);
    phone.ws.terminate();
    await phone.closed;

    const again = await connectPhone(scene.origin, phone.credential);
    expect(again.received[0]).toEqual({ type: 'ack', seq: 2 });
    again.send({ type: 'key', seq: 2, key: 'KeyB', modifiers: [] });
    again.send({ type: 'key', seq: 3, key: 'KeyC', modifiers: [] });
    await again.next('ack', (ack) => ack.seq === 3);
    await roundTrip(again, 1);
    expect(scene.injector.calls).toEqual(['key KeyA', 'key KeyB', 'key KeyC']);
  });
});

describe('what a phone holds is let go', () => {
  it('when its connection dies with a modifier held', async () => {
    scene = await startTestHost();
    const phone = await scene.pairPhone();
    phone.send({ type: 'modifier', seq: 1, key: 'Control', action: 'down' });
    await roundTrip(phone, 1);
    phone.ws.terminate();
    await expect.poll(() => scene.injector.calls).toEqual(['hold Control', 'let go Control']);
  });

  it('when it falls silent: the heartbeat cuts it off', async () => {
    scene = await startTestHost({ heartbeatIntervalMs: 50, deadPeerMs: 600 });
    const phone = await scene.pairPhone();
    const quiet = await scene.pairPhone('Quiet but alive');
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    await roundTrip(phone, 1);
    // A frozen tab, a phone gone from the Wi-Fi: nothing more is read, not even the pings.
    phone.ws.pause();
    await expect.poll(() => scene.injector.calls, { timeout: 3000 }).toEqual(['press left', 'release left']);
    expect(scene.events).toContainEqual(expect.objectContaining({ event: 'phone-disconnected', reason: 'heartbeat-timeout' }));
    // A phone that answers the pings stays, with nothing else to say.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await roundTrip(quiet, 2);
    expect(scene.host.registry.phones.map((connected) => connected.deviceName)).toEqual(['Quiet but alive']);
    phone.ws.terminate();
  });
});

describe('the pause switch', () => {
  it('pauses from the panel: input is dropped, held input let go, every status says so', async () => {
    scene = await startTestHost();
    const phone = await scene.pairPhone();
    phone.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    await roundTrip(phone, 1);

    expect(await panelPost(scene.host, '/api/pause?paused=1')).toBe(200);
    expect(await phone.next('status', (status) => status.paused)).toMatchObject({ paused: true });
    expect(scene.host.paused).toBe(true);
    await expect.poll(() => scene.injector.calls).toEqual(['press left', 'release left']);
    phone.send({ type: 'move', dx: 5, dy: 5 });
    phone.send({ type: 'key', seq: 2, key: 'Enter', modifiers: [] });
    await phone.next('ack', (ack) => ack.seq === 2);
    await roundTrip(phone, 2);
    expect(scene.injector.calls).toEqual(['press left', 'release left']);

    expect(await panelPost(scene.host, '/api/pause?paused=0')).toBe(200);
    await phone.next('status', (status) => !status.paused);
    phone.send({ type: 'move', dx: 5, dy: 5 });
    await roundTrip(phone, 3);
    expect(scene.injector.calls.at(-1)).toBe('move 5,5');
    expect(scene.events.filter((event) => event.event === 'paused' || event.event === 'resumed')).toEqual([{ event: 'paused' }, { event: 'resumed' }]);
  });

  it('refuses a pause request without the panel key or with a bad value', async () => {
    scene = await startTestHost();
    const panel = new URL(scene.host.panelUrl);
    expect((await fetch(`${panel.origin}/api/pause?paused=1`, { method: 'POST' })).status).toBe(403);
    expect(await panelPost(scene.host, '/api/pause?paused=yes')).toBe(400);
    expect(scene.host.paused).toBe(false);
  });
});

describe('one phone at a time', () => {
  it('switches from the panel, saves the choice, and follows take-control', async () => {
    const settings = new MemorySettingsStore();
    scene = await startTestHost({ settings });
    const first = await scene.pairPhone('First');
    const second = await scene.pairPhone('Second');

    expect(await panelPost(scene.host, '/api/control-mode?mode=exclusive')).toBe(200);
    expect(await panelPost(scene.host, '/api/control-mode?mode=everyone')).toBe(400);
    expect(settings.current.controlMode).toBe('exclusive');
    await second.next('status', (status) => status.control.mode === 'exclusive');
    expect(scene.events.at(-1)).toMatchObject({ event: 'control-changed', mode: 'exclusive', controller: { name: 'First' } });

    first.send({ type: 'button', seq: 1, button: 'left', action: 'down' });
    second.send({ type: 'button', seq: 1, button: 'right', action: 'click' });
    await roundTrip(first, 1);
    await roundTrip(second, 1);
    expect(scene.injector.calls).toEqual(['press left']);

    second.send({ type: 'take-control' });
    await second.next('status', (status) => status.control.mode === 'exclusive' && status.control.youControl);
    await first.next('status', (status) => status.control.mode === 'exclusive' && !status.control.youControl && status.control.controllerName === 'Second');
    second.send({ type: 'button', seq: 2, button: 'right', action: 'click' });
    first.send({ type: 'key', seq: 2, key: 'KeyX', modifiers: [] });
    await roundTrip(second, 2);
    await roundTrip(first, 2);
    expect(scene.injector.calls).toEqual(['press left', 'release left', 'press right', 'release right']);
  });

  it('starts in the mode the settings hold', async () => {
    scene = await startTestHost({ settings: new MemorySettingsStore({ ...DEFAULT_SETTINGS, controlMode: 'exclusive' }) });
    const phone = await scene.pairPhone();
    expect(scene.host.controlMode).toBe('exclusive');
    phone.send({ type: 'ping', id: 1 });
    await phone.next('pong');
    expect(scene.host.registry.controller?.name).toBe('Pixel');
  });
});

describe('shutdown', () => {
  it('lets go of a held modifier and tells the phone', async () => {
    scene = await startTestHost({ heartbeatIntervalMs: 20 });
    const phone = await scene.pairPhone();
    phone.send({ type: 'modifier', seq: 1, key: 'Shift', action: 'down' });
    await roundTrip(phone, 1);
    await scene.host.close();
    expect((await phone.closed).code).toBe(CLOSE_CODES.hostShutdown);
    expect(scene.injector.calls).toEqual(['hold Shift', 'let go Shift']);
  });
});
