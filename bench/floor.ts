import { createInterface, type Interface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spawnGroup, type GroupProcess } from '../e2e/harness/process-group.js';
import { sleep } from '../e2e/harness/wait.js';
import { displayEnv } from '../e2e/harness/x-display.js';
import { movePointer } from '../e2e/harness/x-readback.js';
import type { Sample } from './stats.js';
import { directSteps, directTarget, POINTER_HOME, stepLatencies } from './strokes.js';
import type { XPointerWatcher } from './x-pointer-watcher.js';

const RUNNER = fileURLToPath(new URL('./run.mjs', import.meta.url));
const ENTRY = fileURLToPath(new URL('./floor-process.ts', import.meta.url));

/** nut-js with no delays in bench/floor-process.ts; its times come back on this process's clock. */
export class FloorHands {
  private constructor(
    private readonly child: GroupProcess,
    private readonly lines: Interface,
  ) {}

  static start(display: string): FloorHands {
    const child = spawnGroup(process.execPath, [RUNNER, ENTRY], { env: displayEnv(display), stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = child.child.stdout;
    if (stdout === null) throw new Error('the floor process started without a stdout pipe');
    return new FloorHands(child, createInterface({ input: stdout }));
  }

  /** Sets each position in turn at `rateHz`; resolves with when each was set. */
  async moves(rateHz: number, positions: readonly { x: number; y: number }[]): Promise<number[]> {
    return ((await this.ask({ op: 'moves', rateHz, positions })) as number[]).map(local);
  }

  /** A left click; resolves with when it began. */
  async click(): Promise<number> {
    return local((await this.ask({ op: 'click' })) as number);
  }

  async type(text: string): Promise<number> {
    return local((await this.ask({ op: 'type', text })) as number);
  }

  async stop(): Promise<void> {
    this.child.child.stdin?.write(`${JSON.stringify({ op: 'exit' })}\n`);
    await Promise.race([this.child.exited, sleep(2000)]);
    await this.child.stop(1000);
  }

  private ask(command: object): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const exited = () => reject(new Error(`the floor process exited: ${this.child.stderrTail()}`));
      void this.child.exited.then(exited);
      this.lines.once('line', (line) => resolve(JSON.parse(line)));
      this.child.child.stdin?.write(`${JSON.stringify(command)}\n`);
    });
  }
}

/** Epoch milliseconds from the floor process, on this process's performance.now() clock. */
const local = (epochMs: number) => epochMs - performance.timeOrigin;

/**
 * The physical floor: the same back-and-forth path, each position set straight from nut-js,
 * no phone, page, network or host in between.
 */
export async function floorRun(hands: FloorHands, display: string, pointer: XPointerWatcher, rateHz: number, durationMs: number): Promise<Sample[]> {
  await movePointer(display, POINTER_HOME.x, POINTER_HOME.y);
  const count = Math.round((rateHz * durationMs) / 1000);
  const positions = Array.from({ length: count }, (_, i) => directTarget(i + 1));
  await pointer.start();
  const times = await hands.moves(rateHz, positions);
  await sleep(200);
  return stepLatencies(directSteps(times), await pointer.stop());
}
