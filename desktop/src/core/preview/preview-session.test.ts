import { describe, expect, it } from 'vitest';
import { FakeInjector, ManualClock } from '../test-fakes.js';
import { pairPhone, settle, setup } from '../test-sessions.js';
import { PreviewService } from './preview-service.js';
import type { ScreenCapture } from './screen-capture-port.js';

/** A screen that always shows the same slide. */
const stillScreen: ScreenCapture = {
  capture: async () => ({
    signature: new Uint8Array(4).fill(1),
    encode: async () => ({ width: 4, height: 3, jpegBase64: 'AAAA' }),
  }),
  close: () => undefined,
};

describe('the slide preview over a phone session', () => {
  it('is sent, sealed, to a phone that asks, and stops when its connection ends', async () => {
    const clock = new ManualClock();
    const preview = new PreviewService({ capture: stillScreen, enabled: () => true, clock, timers: clock });
    const scene = setup(new FakeInjector(), { preview });
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'preview', on: true });
    await settle(session);
    await new Promise((resolve) => setImmediate(resolve));
    expect(phone.inbox().filter((message) => message.type === 'preview')).toEqual([{ type: 'preview', seq: 0, width: 4, height: 3, jpegBase64: 'AAAA' }]);
    expect(clock.pendingTimers).toBe(1); // the next look at the screen
    await session.end('connection-closed');
    expect(clock.pendingTimers).toBe(0);
  });

  it('is not offered where the host has no preview: the message is simply ignored', async () => {
    const scene = setup(new FakeInjector());
    const { phone, session } = pairPhone(scene, 'a');
    phone.send({ type: 'preview', on: true });
    await settle(session);
    expect(phone.inbox()).toEqual([]);
  });
});
