import { type HostMessage, PREVIEW_LIMITS, type PreviewProblem } from '@touchdesk/shared';
import type { Clock, Timers } from '../ports.js';
import { DEFAULT_PREVIEW_BUDGET, type PreviewBudget, PreviewPacer } from './preview-pacer.js';
import type { ScreenCapture } from './screen-capture-port.js';
import { screenChanged } from './screen-signature.js';

type PreviewFrame = Extract<HostMessage, { type: 'preview' }> & { readonly bytes: number };

/** A phone that wants previews, as the service sees it. */
export interface PreviewViewer {
  send(message: HostMessage): void;
  /** Bytes handed to the socket and not yet sent. */
  bufferedAmount(): number;
}

/** One phone's switch, held by its session: on, off, and stop when the connection ends. */
export interface PreviewSubscription {
  want(on: boolean): void;
  stop(): void;
}

export interface PreviewServiceOptions {
  /** Undefined where this desktop cannot capture its screen. */
  readonly capture: ScreenCapture | undefined;
  /** The desktop's own switch (privacy), read before every capture so a change applies at once. */
  readonly enabled: () => boolean;
  readonly clock: Clock;
  readonly timers: Timers;
  /** A slide change shows on the phone within about this plus the encoding and the trip. */
  readonly intervalMs?: number;
  readonly budget?: PreviewBudget;
}

/** Four looks a second: a slide change reaches the phone well within a second. */
export const DEFAULT_CAPTURE_INTERVAL_MS = 250;

/** Between two looks at least this long, however slow the last one was: the host has other work. */
const MIN_PAUSE_MS = 50;

interface Watcher {
  readonly viewer: PreviewViewer;
  readonly pacer: PreviewPacer<PreviewFrame>;
  /** The problem this phone was last told of, so it is told once, not every capture. */
  told: PreviewProblem | undefined;
}

/**
 * The slide preview for every phone that wants it. The screen is looked at only while at least
 * one phone wants previews and the desktop allows them; a look that finds the screen as it was
 * sends nothing; a changed screen is encoded once and offered to every phone, each paced by
 * its own budget (see PreviewPacer).
 */
export class PreviewService {
  private readonly watchers = new Set<Watcher>();
  private readonly intervalMs: number;
  private cancelTick: (() => void) | undefined;
  private capturing = false;
  private lastSignature: Uint8Array | undefined;
  private latest: PreviewFrame | undefined;
  private nextSeq = 0;
  private closed = false;

  constructor(private readonly options: PreviewServiceOptions) {
    this.intervalMs = options.intervalMs ?? DEFAULT_CAPTURE_INTERVAL_MS;
  }

  subscribe(viewer: PreviewViewer): PreviewSubscription {
    const watcher: Watcher = { viewer, pacer: new PreviewPacer(this.options.clock, this.options.budget ?? DEFAULT_PREVIEW_BUDGET), told: undefined };
    return {
      want: (on) => (on ? this.add(watcher) : this.remove(watcher)),
      stop: () => this.remove(watcher),
    };
  }

  /** Stops looking at the screen for good; the host is shutting down. */
  close(): void {
    this.closed = true;
    this.watchers.clear();
    this.stopTicking();
    this.options.capture?.close();
  }

  private add(watcher: Watcher): void {
    if (this.closed || this.watchers.has(watcher)) return;
    this.watchers.add(watcher);
    watcher.told = undefined;
    if (this.latest !== undefined) watcher.pacer.offer(this.latest);
    if (this.cancelTick === undefined && !this.capturing) void this.tick();
    else this.flush(watcher);
  }

  private remove(watcher: Watcher): void {
    if (!this.watchers.delete(watcher) || this.watchers.size > 0) return;
    // Nobody looks: the next phone gets a fresh capture, not a frame from minutes ago.
    this.stopTicking();
    this.latest = undefined;
    this.lastSignature = undefined;
  }

  private async tick(): Promise<void> {
    this.cancelTick = undefined;
    if (this.watchers.size === 0 || this.closed) return;
    const problem = this.problem();
    if (problem !== undefined) {
      this.latest = undefined;
      this.lastSignature = undefined;
      for (const watcher of this.watchers) this.tell(watcher, problem);
      // The desktop's switch may come back on; without a capturer nothing will change.
      if (problem === 'off-on-desktop') this.schedule();
      return;
    }
    const startedAt = this.options.clock.now();
    this.capturing = true;
    try {
      await this.look();
    } catch {
      for (const watcher of this.watchers) this.tell(watcher, 'no-screen-capture');
    } finally {
      this.capturing = false;
    }
    for (const watcher of this.watchers) this.flush(watcher);
    // At a steady rate: the time a look took (a busy desktop, a slow encode) is not added to the wait.
    this.schedule(this.intervalMs - (this.options.clock.now() - startedAt));
  }

  private async look(): Promise<void> {
    const capture = this.options.capture;
    if (capture === undefined) return;
    const screen = await capture.capture();
    if (!screenChanged(this.lastSignature, screen.signature)) return;
    const encoded = await screen.encode(PREVIEW_LIMITS.maxBase64Length);
    this.lastSignature = screen.signature;
    this.latest = { type: 'preview', seq: this.nextSeq++, ...encoded, bytes: encoded.jpegBase64.length };
    for (const watcher of this.watchers) {
      watcher.told = undefined;
      watcher.pacer.offer(this.latest);
    }
  }

  private problem(): PreviewProblem | undefined {
    if (!this.options.enabled()) return 'off-on-desktop';
    if (this.options.capture === undefined) return 'no-screen-capture';
    return undefined;
  }

  private flush(watcher: Watcher): void {
    const frame = watcher.pacer.take(watcher.viewer.bufferedAmount());
    if (frame === undefined) return;
    const { bytes: _bytes, ...message } = frame;
    watcher.viewer.send(message);
  }

  private tell(watcher: Watcher, problem: PreviewProblem): void {
    if (watcher.told === problem) return;
    watcher.told = problem;
    watcher.viewer.send({ type: 'preview-unavailable', problem });
  }

  private schedule(delayMs = this.intervalMs): void {
    if (this.closed || this.watchers.size === 0 || this.cancelTick !== undefined) return;
    this.cancelTick = this.options.timers.after(Math.max(MIN_PAUSE_MS, delayMs), () => void this.tick());
  }

  private stopTicking(): void {
    this.cancelTick?.();
    this.cancelTick = undefined;
  }
}
