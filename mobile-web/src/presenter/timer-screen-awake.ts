/**
 * Keeps the phone's screen on during a talk. The Screen Wake Lock API where the browser has it
 * (Chrome for Android, Safari 16.4+; only in a secure context, so over plain http on the LAN
 * most phones lack it); otherwise a tiny muted video playing in a loop, which phones treat as
 * something being watched. That fallback is NoSleep.js's, started from the tap on Start (a
 * video may only start playing from a user's gesture).
 */

export interface WakeLockHandle {
  release(): Promise<void>;
  addEventListener(type: 'release', listener: () => void): void;
}

export interface ScreenAwakeEnvironment {
  /** navigator.wakeLock, where it exists. */
  readonly wakeLock: { request(type: 'screen'): Promise<WakeLockHandle> } | undefined;
  /** The looping-video fallback. */
  readonly video: { enable(): Promise<unknown>; disable(): void };
  /** Calls back when the page becomes visible again (a wake lock is dropped while hidden). */
  onVisible(callback: () => void): void;
}

export type AwakeMethod = 'wake-lock' | 'video' | 'none';

export class ScreenAwake {
  private wanted = false;
  private lock: WakeLockHandle | undefined;
  private videoOn = false;

  constructor(private readonly env: ScreenAwakeEnvironment) {
    // The browser releases a wake lock when the page is hidden; it is taken again on return.
    env.onVisible(() => {
      if (this.wanted && this.lock === undefined && !this.videoOn) void this.acquire();
    });
  }

  /** Call from a user's gesture (the tap on Start): the video fallback needs one. */
  keep(): Promise<AwakeMethod> {
    this.wanted = true;
    return this.acquire();
  }

  release(): void {
    this.wanted = false;
    const lock = this.lock;
    this.lock = undefined;
    void lock?.release().catch(() => undefined);
    if (this.videoOn) this.env.video.disable();
    this.videoOn = false;
  }

  private async acquire(): Promise<AwakeMethod> {
    if (this.env.wakeLock !== undefined) {
      try {
        const lock = await this.env.wakeLock.request('screen');
        if (!this.wanted) {
          await lock.release();
          return 'none';
        }
        this.lock = lock;
        lock.addEventListener('release', () => {
          if (this.lock === lock) this.lock = undefined;
        });
        return 'wake-lock';
      } catch {
        // Refused (battery saver, a policy): the video may still work.
      }
    }
    try {
      await this.env.video.enable();
      this.videoOn = this.wanted;
      if (!this.wanted) this.env.video.disable();
      return this.wanted ? 'video' : 'none';
    } catch {
      return 'none';
    }
  }
}
