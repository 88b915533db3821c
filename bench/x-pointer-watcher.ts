import { loadX11Package } from '../desktop/src/injectors/x11-package.js';

/**
 * Where the X pointer goes, as the X server tells it: XI2 Motion events, selected on every
 * window so that the one under the pointer reports to this process too (a warp is reported as
 * a move). A position is stamped with the time its event reached this process, on its clock
 * (performance.now()): the pointer got there at or before then, so a latency measured against
 * it is never shorter than the truth. Nothing is polled: asking the server for the pointer
 * back to back had taken a third of one of the two cores the phone, the host and X share.
 */
export interface PointerSamples {
  readonly times: readonly number[];
  readonly xs: readonly number[];
  readonly ys: readonly number[];
}

type Callback<T> = (error: Error | null | undefined, result: T) => void;

/** The parts of the `x11` package's client and its xinput extension this file uses. */
interface WatchingClient {
  require(extension: 'xinput', cb: Callback<{ XISelectEvents(window: number, masks: { deviceId: number; mask: string[] }): void }>): void;
  QueryTree(window: number, cb: Callback<{ children: number[] }>): void;
  QueryPointer(window: number, cb: Callback<{ rootX: number; rootY: number }>): void;
  on(event: 'event', listener: (event: { name: string; rootx?: number; rooty?: number }) => void): void;
  terminate(): void;
}

/** XIAllMasterDevices: the pointer the user (and every injector) moves. */
const ALL_MASTER_DEVICES = 1;

export class XPointerWatcher {
  private times: number[] = [];
  private xs: number[] = [];
  private ys: number[] = [];
  private recording = false;

  private constructor(
    private readonly client: WatchingClient,
    private readonly root: number,
    private readonly selectMotion: (window: number) => void,
  ) {
    client.on('event', (event) => {
      if (!this.recording || event.name !== 'XIMotion' || event.rootx === undefined || event.rooty === undefined) return;
      this.times.push(performance.now());
      this.xs.push(Math.round(event.rootx));
      this.ys.push(Math.round(event.rooty));
    });
  }

  static open(display: string): Promise<XPointerWatcher> {
    const x11 = loadX11Package();
    return new Promise((resolve, reject) => {
      const connection = x11.createClient({ display, bufferRequests: false }, (error, raw) => {
        if (error) return reject(error);
        const root = raw.screen[0]?.root;
        if (root === undefined) return reject(new Error(`the X display ${display} has no screen`));
        const client = raw.client as unknown as WatchingClient;
        client.require('xinput', (extensionError, xinput) => {
          if (extensionError) return reject(extensionError);
          const selectMotion = (window: number) => xinput.XISelectEvents(window, { deviceId: ALL_MASTER_DEVICES, mask: ['Motion'] });
          resolve(new XPointerWatcher(client, root, selectMotion));
        });
      });
      connection.on('error', reject);
    });
  }

  /** One position, now, asked of the server. */
  position(): Promise<{ x: number; y: number }> {
    return new Promise((resolve, reject) =>
      this.client.QueryPointer(this.root, (error, reply) => (error ? reject(error) : resolve({ x: reply.rootX, y: reply.rootY }))),
    );
  }

  /** Starts recording, forgetting earlier samples; windows opened since the last start are watched too. */
  async start(): Promise<void> {
    await this.watchTree(this.root);
    // A round trip: every selection above has been made once the answer is back.
    await this.position();
    this.times = [];
    this.xs = [];
    this.ys = [];
    this.recording = true;
  }

  /** Stops recording and hands over what it saw. */
  stop(): Promise<PointerSamples> {
    this.recording = false;
    return Promise.resolve({ times: this.times, xs: this.xs, ys: this.ys });
  }

  close(): void {
    this.client.terminate();
  }

  private async watchTree(window: number): Promise<void> {
    this.selectMotion(window);
    const children = await new Promise<number[]>((resolve) =>
      // A window gone since it was listed has no children to watch.
      this.client.QueryTree(window, (error, tree) => resolve(error ? [] : tree.children)),
    );
    await Promise.all(children.map((child) => this.watchTree(child)));
  }
}
