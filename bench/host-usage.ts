import { readFile, rm } from 'node:fs/promises';
import { waitFor } from '../e2e/harness/wait.js';

/**
 * What the host process costs, read from outside it: CPU time and resident memory from
 * /proc/<pid> (Linux), so nothing in TouchDesk has to report on itself.
 */

/** Clock ticks per second of /proc/<pid>/stat's utime and stime; 100 on every Linux build we target. */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time the process has used so far, in milliseconds (10 ms resolution). */
export async function cpuMs(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}

export async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** The largest RSS seen while `during` runs, sampled every 100 ms. */
export async function peakRssMb<T>(pid: number, during: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = await rssMb(pid);
  const timer = setInterval(() => void rssMb(pid).then((mb) => (peakMb = Math.max(peakMb, mb))), 100);
  try {
    const result = await during();
    return { result, peakMb };
  } finally {
    clearInterval(timer);
  }
}

export interface LoopLag {
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

/** Event-loop lag of the host while `during` runs, from bench/host-probe.mjs inside it. */
export async function eventLoopLag<T>(pid: number, probeFile: string, during: () => Promise<T>): Promise<{ result: T; lag: LoopLag }> {
  await rm(probeFile, { force: true });
  process.kill(pid, 'SIGUSR2');
  const result = await during();
  process.kill(pid, 'SIGUSR2');
  const lag = await waitFor(async () => JSON.parse(await readFile(probeFile, 'utf8')) as LoopLag, {
    timeoutMs: 5000,
    describe: () => `the host's event-loop probe to write ${probeFile}`,
  });
  return { result, lag };
}
