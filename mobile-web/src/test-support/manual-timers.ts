/**
 * Test support, never bundled: timers and a clock the test moves by hand, in the shape the
 * page's ports take (`now`, `setTimer`, `clearTimer`).
 */
export class ManualTimers {
  time = 0;
  private readonly pending = new Map<number, { run: () => void; ms: number; due: number }>();
  private nextId = 1;

  readonly now = (): number => this.time;

  readonly setTimer = (run: () => void, ms: number): number => {
    this.pending.set(this.nextId, { run, ms, due: this.time + ms });
    return this.nextId++;
  };

  readonly clearTimer = (id: number): void => {
    this.pending.delete(id);
  };

  /** The delays of the timers still pending, in the order they were set. */
  delays(): number[] {
    return [...this.pending.values()].map((timer) => timer.ms);
  }

  /** Fires the pending timer that was set for `ms`, whatever the clock says. */
  fire(ms: number): void {
    const entry = [...this.pending.entries()].find(([, timer]) => timer.ms === ms);
    if (entry === undefined) throw new Error(`no timer for ${ms} ms; have ${this.delays().join(', ')}`);
    this.pending.delete(entry[0]);
    entry[1].run();
  }

  /** Moves the clock by `ms`, running every timer that falls due on the way, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.pending.entries()].filter(([, timer]) => timer.due <= end).sort((a, b) => a[1].due - b[1].due)[0];
      if (next === undefined) break;
      this.pending.delete(next[0]);
      this.time = next[1].due;
      next[1].run();
    }
    this.time = end;
  }
}
