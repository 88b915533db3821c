import { pairPhone } from '../desktop/src/server/test-phone-client.js';
import type { HostProcess } from '../e2e/harness/host-process.js';
import { sleep } from '../e2e/harness/wait.js';
import { movePointer } from '../e2e/harness/x-readback.js';
import type { Sample } from './stats.js';
import { directSteps, directTarget, paced, stepLatencies, POINTER_HOME } from './strokes.js';
import type { XPointerWatcher } from './x-pointer-watcher.js';

/**
 * The host's own share of the latency: the same back-and-forth path as the floor, sent as
 * sealed `move` messages by a WebSocket client in this process (the real handshake and
 * channel, a freshly paired device) instead of a phone browser, to the X pointer.
 */
export async function hostAloneRun(host: HostProcess, display: string, pointer: XPointerWatcher, rateHz: number, durationMs: number): Promise<Sample[]> {
  const renewed = host.events.filter((event) => event.event === 'pairing-renewed').at(-1)?.pairingUrl;
  const pairingUrl = typeof renewed === 'string' ? renewed : host.ready.pairingUrl;
  const phone = await pairPhone(new URL(pairingUrl).origin, pairingUrl, 'Benchmark client');
  try {
    await movePointer(display, POINTER_HOME.x, POINTER_HOME.y);
    await sleep(200);
    await pointer.start();
    const times = await paced(rateHz, Math.round((rateHz * durationMs) / 1000), (k) => {
      const [to, from] = [directTarget(k), directTarget(k - 1)];
      phone.send({ type: 'move', dx: to.x - from.x, dy: to.y - from.y });
    });
    await sleep(300);
    return stepLatencies(directSteps(times), await pointer.stop());
  } finally {
    phone.ws.close();
  }
}
