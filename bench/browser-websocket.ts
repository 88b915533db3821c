import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { WebSocketServer } from 'ws';
import { pointIn, touchEnd, touchMove, touchStart } from '../e2e/harness/touch.js';
import { sleep } from '../e2e/harness/wait.js';
import { pageClock } from './page-clock.js';
import { recordedEvents, recordEvents } from './page-events.js';
import type { Sample } from './stats.js';
import { paced, pathOffset } from './strokes.js';

const PAGE = readFileSync(new URL('./naive/naive-page.html', import.meta.url));

/**
 * The phone browser's own share of the latency, with no TouchDesk code on either end: the
 * naive page's one message per touchmove, received by a bare WebSocket server in this process
 * that only notes when each arrives. From the page receiving the touchmove to the server
 * receiving the frame is what Chromium takes to hand a frame from page script to a server on
 * the same machine, a part of every figure measured from the phone page.
 */
export async function browserWebSocketRun(page: Page, rateHz: number, durationMs: number): Promise<Sample[]> {
  const arrivals: number[] = [];
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(PAGE);
  });
  const sockets = new WebSocketServer({ server, path: '/ws' });
  sockets.on('connection', (socket) => socket.on('message', () => arrivals.push(performance.now())));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    await page.waitForFunction(() => document.title === 'Connected');
    const clock = await pageClock(page);
    const origin = await pointIn(page.locator('#pad'), { x: 40, y: 300 });
    await touchStart(page, [origin]);
    await recordEvents(page, ['touchmove']);
    arrivals.length = 0;
    const fingerAt = (k: number) => {
      const offset = pathOffset(k);
      return { x: origin.x + 2 * offset.x, y: origin.y + 2 * offset.y };
    };
    await paced(rateHz, Math.round((rateHz * durationMs) / 1000), (k) => void touchMove(page, [fingerAt(k)]));
    await sleep(300);
    await touchEnd(page);
    const sent = await recordedEvents(page, 'touchmove');
    return sent.map((event, i) => {
      const arrival = arrivals[i];
      const at = clock.toLocal(event.pageTime);
      return arrival === undefined ? { ms: performance.now() - at, censored: true } : { ms: arrival - at, censored: false };
    });
  } finally {
    for (const socket of sockets.clients) socket.terminate();
    sockets.close();
    server.close();
  }
}
