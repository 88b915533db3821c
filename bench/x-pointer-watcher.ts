import { Worker } from 'node:worker_threads';

/**
 * Where the X pointer goes, as the X server tells it: XI2 Motion events, selected on every
 * window so that the one under the pointer reports to the benchmark too (a warp is reported as
 * a move). A position is stamped with the time its event reached the process, converted to
 * the main thread's clock (performance.now()): the pointer got there at or before then, so a
 * latency measured against it is never shorter than the truth. The events are read and stamped
 * on a thread of their own (x-pointer-worker.mjs), at real-time priority where allowed, so
 * neither a busy main thread nor the phone's browser on the other core delays a stamp.
 * Nothing is polled: asking the server for the pointer back to back had taken a third of one
 * of the two cores the phone, the host and X share.
 */
export interface PointerSamples {
  readonly times: readonly number[];
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

interface WorkerSamples {
  readonly microseconds: number[];
  readonly xs: number[];
  readonly ys: number[];
}

type Reply = { op: 'ready'; priority: string } | { op: 'failed'; message: string } | { id: number; result?: unknown; error?: string };

const WORKER = new URL('./x-pointer-worker.mjs', import.meta.url);

/** How far process.hrtime's clock is ahead of performance.now()'s, in milliseconds: both are monotonic. */
const hrtimeAheadMs = () => Number(process.hrtime.bigint() / 1000n) / 1000 - performance.now();

export class XPointerWatcher {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(
    private readonly worker: Worker,
    /** How the stamping thread is scheduled: at real-time priority where the machine allows. */
    readonly priority: string,
  ) {
    worker.on('message', (reply: Reply) => {
      if ('op' in reply) {
        // The X connection broke: nothing asked of it will be answered.
        if (reply.op === 'failed') this.failAll(new Error(`the X pointer watcher: ${reply.message}`));
        return;
      }
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error === undefined) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(`the X pointer watcher: ${reply.error}`));
    });
    worker.on('error', (error) => this.failAll(error));
  }

  static open(display: string): Promise<XPointerWatcher> {
    const worker = new Worker(WORKER, { workerData: { display } });
    return new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.once('message', (reply: Reply) => {
        if ('op' in reply && reply.op === 'ready') resolve(new XPointerWatcher(worker, reply.priority));
        else {
          reject(new Error(`the X pointer watcher could not open ${display}: ${'message' in reply ? reply.message : 'no reason given'}`));
          void worker.terminate();
        }
      });
    });
  }

  /** One position, now, asked of the server. */
  position(): Promise<{ x: number; y: number }> {
    return this.ask('position') as Promise<{ x: number; y: number }>;
  }

  /** Starts recording, forgetting earlier samples; windows opened since the last start are watched too. */
  async start(): Promise<void> {
    await this.ask('start');
  }

  /** Stops recording and hands over what it saw. */
  async stop(): Promise<PointerSamples> {
    const samples = (await this.ask('stop')) as WorkerSamples;
    const aheadMs = hrtimeAheadMs();
    return { times: samples.microseconds.map((us) => us / 1000 - aheadMs), xs: samples.xs, ys: samples.ys };
  }

  async close(): Promise<void> {
    await this.ask('close').catch(() => undefined);
    await this.worker.terminate();
  }

  private failAll(error: Error): void {
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }

  private ask(op: 'position' | 'start' | 'stop' | 'close'): Promise<unknown> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op });
    });
  }
}
