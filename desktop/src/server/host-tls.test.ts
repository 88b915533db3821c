import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpGet } from 'node:http';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryDeviceStore } from '../core/device-store.js';
import { FakeInjector } from '../core/test-fakes.js';
import { type RunningHost, startHost } from './host.js';
import { connectPhone, openSocket, pairingCredential } from './test-phone-client.js';
import { certificateFingerprint, selfSignedTls, type TlsCredentials } from './tls.js';

/**
 * The HTTPS mode for real: a generated certificate for 127.0.0.1, the page fetched over TLS and
 * a phone pairing over wss://, each trusting exactly that certificate (so the IP
 * subjectAltName is checked too, as a phone's browser would).
 */
let dir: string;
let tls: TlsCredentials;
let host: RunningHost;
let injector: FakeInjector;

const origin = () => new URL(host.pairingUrl).origin;

function getOverTls(url: string): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    httpsGet(url, { ca: tls.cert }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    }).on('error', reject);
  });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchdesk-host-tls-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>phone</title>');
  tls = await selfSignedTls(join(dir, 'config'), '127.0.0.1');
  injector = new FakeInjector();
  host = await startHost({
    injector,
    devices: new MemoryDeviceStore(),
    phonePageRoot: dir,
    panelRoot: dir,
    hostName: 'test-desk',
    bind: '127.0.0.1',
    port: 0,
    tls,
  });
});

afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the host with TLS', () => {
  it('puts https in the pairing URL, keeps the panel on plain loopback http, and names the certificate', () => {
    expect(host.pairingUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/#/);
    expect(host.panelUrl).toMatch(/^http:\/\/127\.0\.0\.1:/);
    expect(host.tlsFingerprint).toBe(certificateFingerprint(tls.cert));
  });

  it('serves the page over TLS with the strict headers and no HSTS', async () => {
    const page = await getOverTls(`${origin()}/`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>phone</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['strict-transport-security']).toBeUndefined();
  });

  it('is refused by a client that does not trust the certificate, as a phone warns at first', async () => {
    await expect(fetch(`${origin()}/`)).rejects.toThrow();
  });

  it('does not serve the page in the clear on the same port', async () => {
    const outcome = await new Promise<string>((resolve) => {
      httpGet(`${origin().replace(/^https/, 'http')}/`, (response) => {
        response.resume();
        resolve(`HTTP ${response.statusCode}`);
      }).on('error', (error) => resolve(error.message));
    });
    expect(outcome).not.toBe('HTTP 200');
  });

  it('pairs a phone over wss:// and injects its input', async () => {
    const phone = await connectPhone(origin(), pairingCredential(host.pairingUrl), tls.cert);
    await phone.next('paired');
    phone.send({ type: 'move', dx: 3, dy: 4 });
    phone.send({ type: 'ping', id: 1 });
    await phone.next('pong');
    expect(injector.calls).toEqual(['move 3,4']);
    phone.ws.close();
    await phone.closed;
  });

  it('still refuses a foreign Origin on the upgrade', async () => {
    await expect(openSocket(origin(), { Origin: 'https://attacker.example' }, tls.cert)).rejects.toThrow('HTTP 403');
  });
});
