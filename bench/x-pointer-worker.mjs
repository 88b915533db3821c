// The X side of bench/x-pointer-watcher.ts, on a thread of its own: it reads the X server's
// pointer events and stamps each the moment it arrives. On the benchmark's main thread a stamp
// waited for whatever that thread was doing (driving the phone through the DevTools protocol,
// collecting its garbage): added to the TouchDesk figures, hardly to the floor's, which are
// measured while the main thread is quiet. Stamps are process.hrtime (CLOCK_MONOTONIC), one clock for every
// thread of the process, in microseconds.
import { execFileSync } from 'node:child_process';
import { readlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const x11 = createRequire(import.meta.url)('x11');
/** XIAllMasterDevices: the pointer the user (and every injector) moves. */
const ALL_MASTER_DEVICES = 1;
/** Any real-time priority will do: nothing the benchmark measures runs at one. */
const FIFO_PRIORITY = 20;

// A stamp is taken when this thread gets a CPU after its event arrived. At normal priority it
// waited for one 0.2 ms on average (perf sched) while the phone's browser, the host and X shared
// the two cores, in TouchDesk's runs, and hardly at all in the floor's: the measurement's own
// delay, counted against TouchDesk. At real-time priority it runs as soon as its event is there.
const priority = raisePriority();

function raisePriority() {
  try {
    const thread = readlinkSync('/proc/thread-self').split('/').at(-1);
    execFileSync('chrt', ['--fifo', '--pid', String(FIFO_PRIORITY), thread], { stdio: 'pipe' });
    return `real-time (SCHED_FIFO ${FIFO_PRIORITY})`;
  } catch (error) {
    // Without CAP_SYS_NICE or an RLIMIT_RTPRIO: the figures still hold, with the delay in them.
    const why = String(error.stderr?.length ? error.stderr : error.message).trim().split('\n')[0];
    return `normal, could not be raised (${why})`;
  }
}

let times = [];
let xs = [];
let ys = [];
let recording = false;

const connection = x11.createClient({ display: workerData.display, bufferRequests: false }, (error, display) => {
  if (error) return parentPort.postMessage({ op: 'failed', message: String(error) });
  const root = display.screen[0]?.root;
  if (root === undefined) return parentPort.postMessage({ op: 'failed', message: `the X display ${workerData.display} has no screen` });
  const client = display.client;
  client.on('event', (event) => {
    if (!recording || event.name !== 'XIMotion') return;
    times.push(Number(process.hrtime.bigint() / 1000n));
    xs.push(Math.round(event.rootx));
    ys.push(Math.round(event.rooty));
  });
  client.require('xinput', (extensionError, xinput) => {
    if (extensionError) return parentPort.postMessage({ op: 'failed', message: String(extensionError) });
    serve(client, root, xinput);
    parentPort.postMessage({ op: 'ready', priority });
  });
});
connection.on('error', (error) => parentPort.postMessage({ op: 'failed', message: String(error) }));

function serve(client, root, xinput) {
  const position = () =>
    new Promise((resolve, reject) => client.QueryPointer(root, (error, reply) => (error ? reject(error) : resolve({ x: reply.rootX, y: reply.rootY }))));
  const watchTree = async (window) => {
    xinput.XISelectEvents(window, { deviceId: ALL_MASTER_DEVICES, mask: ['Motion'] });
    // A window gone since it was listed has no children to watch.
    const children = await new Promise((resolve) => client.QueryTree(window, (error, tree) => resolve(error ? [] : tree.children)));
    await Promise.all(children.map(watchTree));
  };
  const operations = {
    position,
    async start() {
      await watchTree(root);
      // A round trip: every selection above has been made once the answer is back.
      await position();
      times = [];
      xs = [];
      ys = [];
      recording = true;
    },
    stop() {
      recording = false;
      return { microseconds: times, xs, ys };
    },
    close() {
      client.terminate();
    },
  };
  parentPort.on('message', async ({ id, op }) => {
    try {
      parentPort.postMessage({ id, result: await operations[op]() });
    } catch (error) {
      parentPort.postMessage({ id, error: String(error) });
    }
  });
}
