import type { HostMessage } from '@touchdesk/shared';
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../test-fakes.js';
import { PreviewService, type PreviewViewer } from './preview-service.js';
import type { CapturedScreen, ScreenCapture } from './screen-capture-port.js';

/** A screen the test paints by hand: each "slide" is one brightness. */
class FakeScreen implements ScreenCapture {
  slide = 1;
  captures = 0;
  encodes = 0;
  broken = false;
  closed = false;

  async capture(): Promise<CapturedScreen> {
    if (this.broken) throw new Error('the X connection was closed');
    this.captures++;
    const slide = this.slide;
    return {
      signature: new Uint8Array(16).fill(slide * 10),
      encode: async () => {
        this.encodes++;
        return { width: 480, height: 270, jpegBase64: btoa(`slide ${slide}`) };
      },
    };
  }
  close(): void {
    this.closed = true;
  }
}

class FakeViewer implements PreviewViewer {
  readonly received: HostMessage[] = [];
  buffered = 0;
  send(message: HostMessage): void {
    this.received.push(message);
  }
  bufferedAmount(): number {
    return this.buffered;
  }
  get slides(): string[] {
    return this.received.flatMap((message) => (message.type === 'preview' ? [atob(message.jpegBase64)] : []));
  }
}

/** Lets the service's capture promises settle, then moves the clock. */
async function advance(clock: ManualClock, ms: number): Promise<void> {
  for (let step = 0; step < ms; step += 50) {
    await new Promise((resolve) => setImmediate(resolve));
    clock.advance(50);
  }
  await new Promise((resolve) => setImmediate(resolve));
}

function setup(options: { enabled?: () => boolean; capture?: ScreenCapture | null } = {}) {
  const clock = new ManualClock();
  const screen = new FakeScreen();
  const capture = options.capture === null ? undefined : (options.capture ?? screen);
  const service = new PreviewService({ capture, enabled: options.enabled ?? (() => true), clock, timers: clock, intervalMs: 250 });
  return { clock, screen, service };
}

/** A service with one phone that has turned previews on. */
function watched(options: Parameters<typeof setup>[0] = {}) {
  const scene = setup(options);
  const phone = new FakeViewer();
  const subscription = scene.service.subscribe(phone);
  subscription.want(true);
  return { ...scene, phone, subscription };
}

describe('PreviewService', () => {
  it('does not look at the screen until a phone wants previews', async () => {
    const { clock, screen, service } = setup();
    service.subscribe(new FakeViewer());
    await advance(clock, 2000);
    expect(screen.captures).toBe(0);
    expect(clock.pendingTimers).toBe(0);
  });

  it('sends the screen at once, then nothing while it is still', async () => {
    const { clock, screen, phone } = watched();
    await advance(clock, 3000);
    expect(phone.slides).toEqual(['slide 1']);
    expect(screen.captures).toBeGreaterThanOrEqual(10);
    expect(screen.encodes).toBe(1);
  });

  it('sends a changed screen within one capture interval and a frame', async () => {
    const { clock, screen, phone } = watched();
    await advance(clock, 1000);
    screen.slide = 2;
    await advance(clock, 300);
    expect(phone.slides).toEqual(['slide 1', 'slide 2']);
    const seqs = phone.received.map((message) => (message.type === 'preview' ? message.seq : -1));
    expect(seqs).toEqual([0, 1]);
  });

  it('skips slides that were on screen between two frames the budget allowed', async () => {
    const { clock, screen, phone } = watched();
    await advance(clock, 100);
    phone.buffered = 1_000_000; // the phone's link is far behind
    for (const slide of [2, 3, 4]) {
      screen.slide = slide;
      await advance(clock, 300);
    }
    phone.buffered = 0;
    await advance(clock, 300);
    expect(phone.slides).toEqual(['slide 1', 'slide 4']);
  });

  it('stops looking at the screen when the phone turns previews off, and when it leaves', async () => {
    const { clock, screen, phone, subscription } = watched();
    await advance(clock, 500);
    subscription.want(false);
    const captures = screen.captures;
    screen.slide = 2;
    await advance(clock, 2000);
    expect(screen.captures).toBe(captures);
    expect(phone.slides).toEqual(['slide 1']);

    subscription.want(true);
    await advance(clock, 100);
    expect(phone.slides).toEqual(['slide 1', 'slide 2']);
    subscription.stop();
    await advance(clock, 1000);
    expect(clock.pendingTimers).toBe(0);
  });

  it('gives a second phone the current screen at once, without capturing again', async () => {
    const { clock, screen, service, phone: first } = watched();
    await advance(clock, 100);
    const second = new FakeViewer();
    service.subscribe(second).want(true);
    expect(first.slides).toEqual(['slide 1']);
    expect(second.slides).toEqual(['slide 1']);
    expect(screen.encodes).toBe(1);
  });

  it('honours the desktop switch: says so once, captures nothing, and resumes when it is on again', async () => {
    let enabled = false;
    const { clock, screen, phone } = watched({ enabled: () => enabled });
    await advance(clock, 2000);
    expect(screen.captures).toBe(0);
    expect(phone.received).toEqual([{ type: 'preview-unavailable', problem: 'off-on-desktop' }]);
    enabled = true;
    await advance(clock, 300);
    expect(phone.slides).toEqual(['slide 1']);
  });

  it('stops sending at once when the desktop switch goes off', async () => {
    let enabled = true;
    const { clock, screen, phone } = watched({ enabled: () => enabled });
    await advance(clock, 100);
    enabled = false;
    screen.slide = 2;
    await advance(clock, 1000);
    expect(phone.slides).toEqual(['slide 1']);
    expect(phone.received.at(-1)).toEqual({ type: 'preview-unavailable', problem: 'off-on-desktop' });
  });

  it('tells a phone when this desktop cannot capture its screen', async () => {
    const { clock, phone } = watched({ capture: null });
    await advance(clock, 1000);
    expect(phone.received).toEqual([{ type: 'preview-unavailable', problem: 'no-screen-capture' }]);
    expect(clock.pendingTimers).toBe(0);
  });

  it('reports a capture that fails once, and recovers when it works again', async () => {
    const { clock, screen, service } = setup();
    screen.broken = true;
    const phone = new FakeViewer();
    service.subscribe(phone).want(true);
    await advance(clock, 1000);
    expect(phone.received).toEqual([{ type: 'preview-unavailable', problem: 'no-screen-capture' }]);
    screen.broken = false;
    await advance(clock, 300);
    expect(phone.slides).toEqual(['slide 1']);
  });

  it('lets go of the screen on close', async () => {
    const { clock, screen, service } = watched();
    await advance(clock, 100);
    service.close();
    expect(screen.closed).toBe(true);
    expect(clock.pendingTimers).toBe(0);
  });
});
