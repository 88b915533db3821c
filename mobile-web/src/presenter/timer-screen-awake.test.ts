import { describe, expect, it } from 'vitest';
import { ScreenAwake, type ScreenAwakeEnvironment, type WakeLockHandle } from './timer-screen-awake.js';

class FakeLock implements WakeLockHandle {
  released = false;
  private listeners: (() => void)[] = [];
  async release(): Promise<void> {
    this.released = true;
    for (const listener of this.listeners) listener();
  }
  addEventListener(_type: 'release', listener: () => void): void {
    this.listeners.push(listener);
  }
}

function environment(options: { wakeLock?: 'works' | 'refuses' | 'absent'; video?: 'works' | 'refuses' } = {}) {
  const locks: FakeLock[] = [];
  const video = { on: false, enables: 0 };
  let visible: () => void = () => undefined;
  const wakeLockMode = options.wakeLock ?? 'works';
  const env: ScreenAwakeEnvironment = {
    wakeLock:
      wakeLockMode === 'absent'
        ? undefined
        : {
            request: async () => {
              if (wakeLockMode === 'refuses') throw new Error('NotAllowedError');
              const lock = new FakeLock();
              locks.push(lock);
              return lock;
            },
          },
    video: {
      enable: async () => {
        video.enables++;
        if (options.video === 'refuses') throw new Error('NotAllowedError: play() needs a gesture');
        video.on = true;
      },
      disable: () => {
        video.on = false;
      },
    },
    onVisible: (callback) => {
      visible = callback;
    },
  };
  return { env, locks, video, becomeVisible: () => visible() };
}

describe('ScreenAwake', () => {
  it('takes a screen wake lock where the browser has the API, and lets it go', async () => {
    const { env, locks, video } = environment();
    const awake = new ScreenAwake(env);
    expect(await awake.keep()).toBe('wake-lock');
    expect(locks).toHaveLength(1);
    expect(video.enables).toBe(0);
    awake.release();
    expect(locks[0]?.released).toBe(true);
  });

  it('takes the lock again when the page comes back from the background', async () => {
    const { env, locks, becomeVisible } = environment();
    const awake = new ScreenAwake(env);
    await awake.keep();
    await locks[0]?.release(); // the browser drops it while the page is hidden
    becomeVisible();
    await Promise.resolve();
    await Promise.resolve();
    expect(locks).toHaveLength(2);
    awake.release();
    becomeVisible();
    await Promise.resolve();
    expect(locks).toHaveLength(2);
  });

  it('plays the looping video where there is no Wake Lock API (plain http, older iOS)', async () => {
    const { env, video } = environment({ wakeLock: 'absent' });
    const awake = new ScreenAwake(env);
    expect(await awake.keep()).toBe('video');
    expect(video.on).toBe(true);
    awake.release();
    expect(video.on).toBe(false);
  });

  it('falls back to the video when the browser refuses the lock', async () => {
    const { env, video } = environment({ wakeLock: 'refuses' });
    expect(await new ScreenAwake(env).keep()).toBe('video');
    expect(video.on).toBe(true);
  });

  it('says so when nothing keeps the screen on', async () => {
    const { env } = environment({ wakeLock: 'absent', video: 'refuses' });
    expect(await new ScreenAwake(env).keep()).toBe('none');
  });
});
