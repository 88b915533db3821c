import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PanelState } from '@touchdesk/shared';
import { allowedHostsFor } from './allowed-hosts.js';
import { sendPlain, setSecurityHeaders } from './security-headers.js';
import { createSecretToken } from './secret-token.js';
import { createStaticHandler } from './static-files.js';

const PANEL_KEY_BYTES = 18;

export interface PanelServer {
  readonly url: string;
  publish(state: PanelState): void;
  close(): Promise<void>;
}

/**
 * The control panel (built into `panelRoot`): its own HTTP server on loopback only, so nobody
 * on the LAN can reach it. The page itself holds nothing secret; the state stream, which
 * carries the pairing secret, needs the key from the panel's URL, so no other web page or local
 * user can read it. State reaches the page as server-sent events.
 */
export async function startPanelServer(panelRoot: string, initial: PanelState): Promise<PanelServer> {
  const key = createSecretToken(PANEL_KEY_BYTES);
  const listeners = new Set<ServerResponse>();
  const serveFile = createStaticHandler(panelRoot);
  let state = initial;
  let allowedHosts: ReadonlySet<string> = new Set();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://panel');
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendPlain(response, 403, 'Forbidden');
    } else if (url.pathname !== '/events') {
      void serveFile(request, response);
    } else if (key.matches(url.searchParams.get('key') ?? '')) {
      openEventStream(request, response, listeners, state);
    } else {
      sendPlain(response, 403, 'Open the panel from the link TouchDesk printed.');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = allowedHostsFor('127.0.0.1', port);

  return {
    url: `http://127.0.0.1:${port}/?key=${key.token}`,
    publish(next) {
      state = next;
      const event = `data: ${JSON.stringify(next)}\n\n`;
      for (const listener of listeners) listener.write(event);
    },
    close() {
      for (const listener of listeners) listener.end();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function openEventStream(
  request: IncomingMessage,
  response: ServerResponse,
  listeners: Set<ServerResponse>,
  state: PanelState,
): void {
  setSecurityHeaders(response);
  response.writeHead(200, { 'Content-Type': 'text/event-stream' });
  response.write(`data: ${JSON.stringify(state)}\n\n`);
  listeners.add(response);
  request.on('close', () => listeners.delete(response));
}
