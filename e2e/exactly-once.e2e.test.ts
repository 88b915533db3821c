import { LIMITS } from '@touchdesk/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type DesktopWindow, launchDesktopWindow } from './harness/chromium.js';
import { held } from './harness/held-input.js';
import { keyTapSender, nthKey, paced, seededRandom } from './harness/input-stream.js';
import { fixturesDir } from './harness/paths.js';
import { type ProxiedHost, startProxiedHost } from './harness/proxied-host.js';
import { ReliablePhone } from './harness/reliable-test-phone.js';
import { serveStatic, type StaticServer } from './harness/static-server.js';
import { resetTarget, TARGET_PAGE, targetState } from './harness/target-page.js';
import { sleep, waitFor } from './harness/wait.js';

/**
 * Exactly once, counted to the character: a scripted phone types a numbered stream of keys
 * into the target page's textarea through a proxy that stalls and drops the connection again
 * and again, and the text that arrives must be exactly the text sent. The phone keeps and
 * resends what was not acknowledged, as the phone page does; the host must skip what it had
 * already typed and type the rest once.
 */
const display = inject('display');

/**
 * The soak: its size and pace. The host takes LIMITS.messagesPerSecond (500) per phone,
 * sustained; the pace stays under it with room for pings and resends, which makes 50,000
 * events last about 105 s. TOUCHDESK_SOAK_EVENTS shortens it for a quick local run.
 */
const SOAK_EVENTS = Number(process.env.TOUCHDESK_SOAK_EVENTS ?? 50_000);
const SOAK_PER_SECOND = 480;
const SOAK_RECONNECTS = 20;

let targets: StaticServer;
let desktop: DesktopWindow;
let net: ProxiedHost;

async function typedText(): Promise<string> {
  return (await targetState(desktop.page)).text;
}

/** Waits until the textarea holds `expected`, failing with where it first differs. */
async function expectTyped(expected: string, timeoutMs: number): Promise<void> {
  let text = '';
  try {
    await waitFor(
      async () => {
        text = await typedText();
        return text === expected ? true : undefined;
      },
      { timeoutMs, intervalMs: 200, describe: () => 'the typed text' },
    );
  } catch {
    let at = 0;
    while (at < text.length && text[at] === expected[at]) at++;
    const around = (s: string) => JSON.stringify(s.slice(Math.max(0, at - 20), at + 20));
    expect.fail(
      `typed ${text.length} characters for ${expected.length} sent; first difference at ${at}: got ${around(text)}, sent ${around(expected)}`,
    );
  }
}

beforeAll(async () => {
  targets = await serveStatic(fixturesDir);
  desktop = await launchDesktopWindow(display, targets.url + TARGET_PAGE);
  net = await startProxiedHost(display);
});

afterAll(async () => {
  await net?.close();
  await desktop?.close();
  await targets?.close();
});

beforeEach(async () => {
  net.proxy.resume();
  await resetTarget(desktop.page);
  await desktop.page.locator('#text').focus();
  expect(await held(display)).toEqual({ buttons: [], keys: [] });
});

async function pairScriptedPhone(name: string): Promise<ReliablePhone> {
  // The QR code pays out once; each pairing takes the one the host showed last.
  const renewals = net.host.events.filter((e) => e.event === 'pairing-renewed');
  const pairingUrl = (renewals.at(-1)?.pairingUrl as string | undefined) ?? net.host.ready.pairingUrl;
  return ReliablePhone.pair({ origin: net.proxy.origin, pairingUrl, deviceName: name });
}

describe('a numbered stream of keys', () => {
  it('types exactly what was sent through stalls and drops, lost frames included', async () => {
    const phone = await pairScriptedPhone('Stream phone');
    const random = seededRandom(20_240_611);
    const keys = keyTapSender(phone);
    const faults: string[] = [];
    let streaming = true;
    const faulting = (async () => {
      // Each kind of fault in turn, at random moments and for random lengths.
      for (let round = 0; streaming; round++) {
        await sleep(300 + random() * 500);
        if (!streaming) break;
        const kind = round % 4;
        if (kind === 0) {
          faults.push('stall');
          net.proxy.stall();
          await sleep(200 + random() * 600);
          net.proxy.resume();
        } else if (kind === 1) {
          // The host hears everything, the phone none of its acks: it will resend what was done.
          faults.push('deaf+drop');
          net.proxy.stall('to-phone');
          await sleep(100 + random() * 300);
          net.proxy.dropAll();
          net.proxy.resume();
        } else if (kind === 2) {
          // What was "in the air" during the stall dies with the connection.
          faults.push('stall+drop');
          net.proxy.stall();
          await sleep(100 + random() * 300);
          net.proxy.dropAll();
          net.proxy.resume();
        } else {
          faults.push('drop');
          net.proxy.dropAll();
        }
      }
    })();
    try {
      await paced({ total: 1200, perSecond: 120, send: (n) => keys.send(n) });
    } finally {
      streaming = false;
      await faulting;
      net.proxy.resume();
    }
    await phone.allAcknowledged(20_000);
    await expectTyped(keys.text, 10_000);

    const report = phone.report();
    const proxy = net.proxy.counts();
    // The faults really happened: frames were lost in the air and had to be sent again.
    expect(faults).toContain('deaf+drop');
    expect(faults).toContain('stall+drop');
    expect(report.connections).toBeGreaterThanOrEqual(faults.filter((f) => f !== 'stall').length);
    expect(report.resent).toBeGreaterThan(0);
    expect(proxy.chunksLost).toBeGreaterThan(0);
    expect(report.hostErrors).toEqual([]);
    expect(await held(display)).toEqual({ buttons: [], keys: [] });
    await phone.stop();
  });
});

describe('a burst the host is still typing when the connection drops', () => {
  it('is typed before anything sent after the reconnect, in order', async () => {
    const phone = await pairScriptedPhone('Burst phone');
    const keys = keyTapSender(phone);
    // Within the host's burst allowance, and a second or so of typing for it.
    const burst = LIMITS.messageBurst / 2;
    for (let n = 0; n < burst; n++) keys.send(n);
    await phone.allAcknowledged();
    net.proxy.dropAll();
    await phone.whenConnections(2);
    for (let n = burst; n < burst + 60; n++) keys.send(n);
    await phone.allAcknowledged();
    await expectTyped(keys.text, 15_000);
    await phone.stop();
  });
});

describe('the soak', () => {
  it(
    `${SOAK_EVENTS} mixed events across ${SOAK_RECONNECTS} forced reconnects: the text is exact and nothing is held`,
    async () => {
      const phone = await pairScriptedPhone('Soak phone');
      const random = seededRandom(7_919);
      let text = '';
      let keyCount = 0;
      let drops = 0;
      const dropEvery = Math.floor(SOAK_EVENTS / (SOAK_RECONNECTS + 1));
      const counts = { move: 0, scroll: 0, key: 0 };
      // Motion wanders around the middle of the screen: each move is undone by the next.
      let back = { dx: 0, dy: 0 };
      let scrollBack = 0;
      const { ms } = await paced({
        total: SOAK_EVENTS,
        perSecond: SOAK_PER_SECOND,
        abort: () => (phone.report().hostErrors.length > 0 ? `the host sent ${phone.report().hostErrors.join(', ')}` : undefined),
        send: (i) => {
          if (i > 0 && i % dropEvery === 0 && drops < SOAK_RECONNECTS) {
            // Deaf for a moment first: the acks of what the host just typed die with the
            // connection, so the phone resends input the host must recognise as done.
            drops++;
            net.proxy.stall('to-phone');
            setTimeout(() => {
              net.proxy.dropAll();
              net.proxy.resume();
            }, 150);
          }
          const r = random();
          if (r < 0.25) {
            const typed = nthKey(keyCount++);
            phone.send({ type: 'key', key: typed.key, modifiers: [] });
            text += typed.text;
            counts.key++;
          } else if (r < 0.33) {
            const dy = scrollBack !== 0 ? scrollBack : random() < 0.5 ? 1 : -1;
            scrollBack = scrollBack !== 0 ? 0 : -dy;
            phone.sendMotion({ type: 'scroll', dx: 0, dy });
            counts.scroll++;
          } else {
            let move = back;
            if (move.dx === 0 && move.dy === 0) {
              move = { dx: Math.round(random() * 16 - 8), dy: Math.round(random() * 16 - 8) };
              back = { dx: -move.dx, dy: -move.dy };
            } else {
              back = { dx: 0, dy: 0 };
            }
            phone.sendMotion({ type: 'move', ...move });
            counts.move++;
          }
        },
      });
      await phone.allAcknowledged(30_000);
      await expectTyped(text, 30_000);
      const report = phone.report();
      expect(drops).toBe(SOAK_RECONNECTS);
      expect(report.connections).toBeGreaterThanOrEqual(SOAK_RECONNECTS + 1);
      expect(report.hostErrors).toEqual([]);
      expect(await held(display)).toEqual({ buttons: [], keys: [] });
      const sentPerSecond = ((report.motionSent + counts.key) / ms) * 1000;
      expect(sentPerSecond).toBeLessThan(LIMITS.messagesPerSecond);
      console.info(
        `soak: ${SOAK_EVENTS} events in ${(ms / 1000).toFixed(1)} s (${counts.key} keys, ${counts.move} moves, ${counts.scroll} scrolls); ` +
          `${report.motionSent} motion sent, ${report.motionDropped} dropped while offline; ${report.resent} keys resent; ` +
          `${report.connections} connections, ${report.failedAttempts} failed attempts; ${text.length} characters typed`,
      );
      await phone.stop();
    },
    SOAK_EVENTS / SOAK_PER_SECOND * 1000 + 90_000,
  );
});
