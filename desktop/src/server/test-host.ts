import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryDeviceStore } from '../core/device-store.js';
import { FakeInjector } from '../core/test-fakes.js';
import { type HostEvent, type HostOptions, type RunningHost, startHost } from './host.js';
import { type PairedPhone, pairPhone, type TestPhone } from './test-phone-client.js';

/** A real host on loopback for integration tests, with a fake injector as the witness. */
export interface TestHost {
  readonly host: RunningHost;
  readonly injector: FakeInjector;
  readonly events: HostEvent[];
  /** The page origin a phone scanned. */
  readonly origin: string;
  pairPhone(name?: string): Promise<PairedPhone>;
  close(): Promise<void>;
}

export async function startTestHost(overrides: Partial<HostOptions> = {}): Promise<TestHost> {
  const root = await mkdtemp(join(tmpdir(), 'touchdesk-host-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>phone</title>');
  const injector = new FakeInjector();
  const events: HostEvent[] = [];
  const host = await startHost({
    injector,
    devices: new MemoryDeviceStore(),
    phonePageRoot: root,
    panelRoot: root,
    hostName: 'test-desk',
    bind: '127.0.0.1',
    port: 0,
    onEvent: (event) => events.push(event),
    ...overrides,
  });
  const origin = new URL(host.pairingUrl).origin;
  return {
    host,
    injector,
    events,
    origin,
    pairPhone: (name = 'Pixel') => pairPhone(origin, host.pairingUrl, name),
    async close() {
      await host.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** A ping answered means everything sent before it was handled. */
export async function roundTrip(phone: TestPhone, id: number): Promise<void> {
  phone.send({ type: 'ping', id });
  await phone.next('pong');
}

/** Calls the panel's API the way the panel page does, with its key. */
export async function panelPost(host: RunningHost, path: string): Promise<number> {
  const panel = new URL(host.panelUrl);
  const response = await fetch(`${panel.origin}${path}`, { method: 'POST', headers: { 'X-Panel-Key': panel.searchParams.get('key') ?? '' } });
  await response.text();
  return response.status;
}
