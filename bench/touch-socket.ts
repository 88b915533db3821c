import { once } from 'node:events';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { routeTouches } from '../e2e/harness/touch.js';

/**
 * The benchmark's finger on a page: its touch events sent over the phone browser's own
 * DevTools WebSocket instead of Playwright's session. Through Playwright each event cost this
 * process about 0.4 ms more CPU (every call is recorded with a stack trace, validated and
 * passed through two protocol layers): at 240 Hz a tenth of one of the two cores that the
 * phone's browser, the host and X share in the measured runs, a load a real phone's touch
 * screen never puts on the desktop. Same events, same order; only the sender is lighter.
 */
export interface TouchSocket {
  /** How many touch events went through the socket. */
  readonly sent: number;
  /** Gives the page's touches back to Playwright and closes the socket. */
  close(): Promise<void>;
}

interface Reply {
  readonly id: number;
  readonly error?: { readonly message: string };
}

/** `devToolsUrl`: the phone's, from launchPhone({ devToolsSocket: true }). */
export async function touchSocket(page: Page, devToolsUrl: string | undefined): Promise<TouchSocket> {
  if (devToolsUrl === undefined) throw new Error('touchSocket: the browser was launched without its DevTools socket');
  const session = await page.context().newCDPSession(page);
  const { targetInfo } = await session.send('Target.getTargetInfo');
  await session.detach();
  const socket = new WebSocket(`${devToolsUrl.replace(/^http/, 'ws')}/devtools/page/${targetInfo.targetId}`, { perMessageDeflate: false });
  await once(socket, 'open');

  let sent = 0;
  let nextId = 1;
  const waiting = new Map<number, { resolve(): void; reject(error: Error): void }>();
  socket.on('message', (data) => {
    const reply = JSON.parse(String(data)) as Reply;
    const call = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.error === undefined) call?.resolve();
    else call?.reject(new Error(`DevTools: ${reply.error.message}`));
  });
  const failAll = (error: Error) => {
    for (const call of waiting.values()) call.reject(error);
    waiting.clear();
  };
  socket.on('error', failAll);
  socket.on('close', () => failAll(new Error('DevTools: the socket closed')));

  routeTouches(page, {
    send(method, params) {
      const id = nextId++;
      sent++;
      return new Promise<void>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
  });
  return {
    get sent() {
      return sent;
    },
    async close() {
      routeTouches(page, undefined);
      if (socket.readyState === WebSocket.CLOSED) return;
      socket.close();
      await once(socket, 'close');
    },
  };
}
