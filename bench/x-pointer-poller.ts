import { loadX11Package } from '../desktop/src/injectors/x11-package.js';

/**
 * The X server's own word on where the pointer is, asked for again as soon as each answer
 * comes back, from the benchmark's process and timed on its clock (performance.now()). A
 * position is stamped with the time its reply arrived: the pointer got there at or before
 * then, so a latency measured against it is never shorter than the truth (by at most one
 * round trip plus the pause between polls, about 0.3 ms in all on a local X server).
 */
export interface PointerSamples {
  readonly times: readonly number[];
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

interface QueryPointerReply {
  readonly rootX: number;
  readonly rootY: number;
}

/** Between polls: the resolution of every latency measured here is about this plus one round trip. */
const POLL_PAUSE_MS = 0.2;
const PAUSE = new Int32Array(new SharedArrayBuffer(4));

export class XPointerPoller {
  private times: number[] = [];
  private xs: number[] = [];
  private ys: number[] = [];
  private polling: Promise<void> | undefined;
  private stopped = false;

  private constructor(
    private readonly query: () => Promise<QueryPointerReply>,
    private readonly closeConnection: () => void,
  ) {}

  static open(display: string): Promise<XPointerPoller> {
    const x11 = loadX11Package();
    return new Promise((resolve, reject) => {
      const client = x11.createClient({ display, bufferRequests: false }, (error, raw) => {
        if (error) return reject(error);
        const root = raw.screen[0]?.root;
        if (root === undefined) return reject(new Error(`the X display ${display} has no screen`));
        const query = () =>
          new Promise<QueryPointerReply>((done, fail) =>
            raw.client.QueryPointer(root, (queryError, reply) => (queryError ? fail(queryError) : done(reply as unknown as QueryPointerReply))),
          );
        resolve(new XPointerPoller(query, () => raw.client.terminate()));
      });
      client.on('error', reject);
    });
  }

  /** One position, now. */
  async position(): Promise<{ x: number; y: number }> {
    const reply = await this.query();
    return { x: reply.rootX, y: reply.rootY };
  }

  /** Starts polling back to back, forgetting earlier samples. */
  start(): void {
    this.times = [];
    this.xs = [];
    this.ys = [];
    this.stopped = false;
    this.polling = this.loop();
  }

  /** Stops polling and hands over what it saw. */
  async stop(): Promise<PointerSamples> {
    this.stopped = true;
    await this.polling;
    return { times: this.times, xs: this.xs, ys: this.ys };
  }

  close(): void {
    this.closeConnection();
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const reply = await this.query();
      this.times.push(performance.now());
      this.xs.push(reply.rootX);
      this.ys.push(reply.rootY);
      // A short breath between questions: back to back, they kept the X server (and one of the
      // two cores) busy answering us, slowing down the very injection being measured. Timers
      // have 1 ms granularity, so the pause blocks instead; the run's own timers wait for it.
      Atomics.wait(PAUSE, 0, 0, POLL_PAUSE_MS);
    }
  }
}
