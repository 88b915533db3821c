import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_MODES, type ControlMode, type PanelState, parseSettingsChange, type SettingsChange, type SettingsRefusal } from '@touchdesk/shared';
import { allowedHostsFor } from './allowed-hosts.js';
import { sendPlain, setSecurityHeaders } from './security-headers.js';
import { createSecretToken } from './secret-token.js';
import { createStaticHandler } from './static-files.js';
import { readJsonBody } from './json-body.js';

const PANEL_KEY_BYTES = 18;
/** A change of settings is a few short values; a kilobyte is plenty. */
const MAX_SETTINGS_BODY_BYTES = 1024;

export interface PanelServer {
  readonly url: string;
  publish(state: PanelState): void;
  close(): Promise<void>;
}

/** What the panel may ask of the host: forget a device, pause input, choose who controls, change settings. Nothing that injects or runs. */
export interface PanelActions {
  revoke(deviceId: string): boolean;
  setPaused(paused: boolean): void;
  setControlMode(mode: ControlMode): void;
  /** Rejects with EADDRINUSE or EACCES when the port in the change cannot be had. */
  updateSettings(change: SettingsChange): Promise<void>;
}

/**
 * The control panel (built into `panelRoot`): its own HTTP server on loopback only, so nobody
 * on the LAN can reach it. The page itself holds nothing secret; the state stream, which
 * carries the pairing secret, and the actions need the key from the panel's URL, so no other
 * web page or local user can use them. State reaches the page as server-sent events.
 */
export async function startPanelServer(panelRoot: string, initial: PanelState, actions: PanelActions): Promise<PanelServer> {
  const key = createSecretToken(PANEL_KEY_BYTES);
  const listeners = new Set<ServerResponse>();
  const serveFile = createStaticHandler(panelRoot);
  let state = initial;
  let allowedHosts: ReadonlySet<string> = new Set();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://panel');
    if (!allowedHosts.has(request.headers.host ?? '')) {
      sendPlain(response, 403, 'Forbidden');
    } else if (!url.pathname.startsWith('/api/')) {
      void serveFile(request, response);
    } else if (!key.matches(request.headers['x-panel-key']?.toString() ?? url.searchParams.get('key') ?? '')) {
      sendPlain(response, 403, 'Open the panel from the link TouchDesk printed.');
    } else if (url.pathname === '/api/events' && request.method === 'GET') {
      openEventStream(request, response, listeners, state);
    } else if (url.pathname === '/api/revoke' && request.method === 'POST') {
      const revoked = actions.revoke(url.searchParams.get('device') ?? '');
      sendPlain(response, revoked ? 200 : 404, revoked ? 'Revoked' : 'No such device');
    } else if (url.pathname === '/api/pause' && request.method === 'POST') {
      const paused = url.searchParams.get('paused');
      if (paused !== '1' && paused !== '0') return sendPlain(response, 400, 'paused must be 1 or 0');
      actions.setPaused(paused === '1');
      sendPlain(response, 200, paused === '1' ? 'Paused' : 'Resumed');
    } else if (url.pathname === '/api/control-mode' && request.method === 'POST') {
      const mode = url.searchParams.get('mode') ?? '';
      if (!isControlMode(mode)) return sendPlain(response, 400, `mode must be one of ${CONTROL_MODES.join(', ')}`);
      actions.setControlMode(mode);
      sendPlain(response, 200, mode);
    } else if (url.pathname === '/api/settings' && request.method === 'POST') {
      void changeSettings(request, response, actions);
    } else {
      sendPlain(response, 404, 'Not found');
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
      server.closeAllConnections();
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

/** `POST /api/settings` with a JSON body naming only what changes, e.g. `{"naturalScrolling":true}`. */
async function changeSettings(request: IncomingMessage, response: ServerResponse, actions: PanelActions): Promise<void> {
  const body = await readJsonBody(request, MAX_SETTINGS_BODY_BYTES);
  if (!body.ok) return sendRefusal(response, body.status, { error: 'bad-settings', message: body.message });
  const change = parseSettingsChange(body.value);
  if (!change.ok) return sendRefusal(response, 400, { error: 'bad-settings', message: change.message });
  try {
    await actions.updateSettings(change.value);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return sendRefusal(response, 409, { error: 'port-in-use', message: `Port ${change.value.port} is in use.` });
    if (code === 'EACCES') return sendRefusal(response, 409, { error: 'port-unavailable', message: `Port ${change.value.port} is not allowed here.` });
    throw error;
  }
  sendPlain(response, 200, 'Saved');
}

function sendRefusal(response: ServerResponse, status: number, refusal: SettingsRefusal): void {
  setSecurityHeaders(response);
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(refusal));
}

function isControlMode(text: string): text is ControlMode {
  return (CONTROL_MODES as readonly string[]).includes(text);
}
