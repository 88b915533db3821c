import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { spawnGroup, type GroupProcess } from '../../e2e/harness/process-group.js';
import { displayEnv } from '../../e2e/harness/x-display.js';

const RUNNER = fileURLToPath(new URL('../run.mjs', import.meta.url));
const ENTRY = fileURLToPath(new URL('./naive-host.ts', import.meta.url));

export interface NaiveHost {
  readonly url: string;
  /** Stops it and its backlog: a naive host works through old moves long after the finger stopped. */
  stop(): Promise<void>;
}

/** The naive reference in its own process, injecting into `display`. */
export async function startNaiveHost(display: string): Promise<NaiveHost> {
  const child: GroupProcess = spawnGroup(process.execPath, [RUNNER, ENTRY], { env: displayEnv(display), stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout = child.child.stdout;
  if (stdout === null) throw new Error('the naive host started without a stdout pipe');
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: stdout });
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
    void child.exited.then(() => reject(new Error(`the naive host exited: ${child.stderrTail()}`)));
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await child.stop(1000);
    },
  };
}
