import type { Timers } from '../core/ports.js';

/** The core's Timers port on Node's own. Unref'd: a pending timer never keeps the process alive. */
export const nodeTimers: Timers = {
  after(ms, run) {
    const timer = setTimeout(run, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
  // After the I/O of this turn: every frame that arrived together is handled before it runs.
  soon(run) {
    setImmediate(run);
  },
};
