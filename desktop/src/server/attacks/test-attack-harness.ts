import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryDeviceStore } from '../../core/device-store.js';
import { FLAT_POINTER_FEEL } from '../../core/pointer-acceleration.js';
import { FakeInjector } from '../../core/test-fakes.js';
import { type HostOptions, type RunningHost, startHost } from '../host.js';
import { connectPhone, type PairedPhone, pairPhone } from '../test-phone-client.js';

export { type PairedPhone, pairPhone };

/**
 * The stage every attack plays on: a real host on loopback with a fake injector as the witness,
 * and one legitimate phone paired before the attack starts. After the attack a test asks two
 * questions of it: did anything but the legitimate phone reach the injector, and is the
 * legitimate phone still served?
 */
export class AttackScene {
  /** What the legitimate phone made the injector do, in order: the only calls allowed. */
  private readonly legitCalls: string[] = [];
  private nextProbe = 1;

  private constructor(
    readonly host: RunningHost,
    readonly injector: FakeInjector,
    /** The page origin a phone scanned, e.g. http://127.0.0.1:40123. */
    readonly origin: string,
    public legit: PairedPhone,
    private readonly root: string,
  ) {}

  static async start(overrides: Partial<HostOptions> = {}): Promise<AttackScene> {
    const root = await mkdtemp(join(tmpdir(), 'touchdesk-attack-'));
    await writeFile(join(root, 'index.html'), '<!doctype html><title>phone</title>');
    const injector = new FakeInjector();
    const host = await startHost({
      injector,
      devices: new MemoryDeviceStore(),
      phonePageRoot: root,
      panelRoot: root,
      hostName: 'attacked-desk',
      bind: '127.0.0.1',
      port: 0,
      // The witness compares moves exactly: probes sent close together must not be scaled by their speed.
      pointerFeel: () => FLAT_POINTER_FEEL,
      ...overrides,
    });
    const origin = new URL(host.pairingUrl).origin;
    const legit = await pairPhone(origin, host.pairingUrl, 'Legit Phone');
    const scene = new AttackScene(host, injector, origin, legit, root);
    await scene.assertStillServing();
    return scene;
  }

  /** A second device, paired with the QR code shown now. */
  pairAnotherPhone(name = 'Second Phone'): Promise<PairedPhone> {
    return pairPhone(this.origin, this.host.pairingUrl, name);
  }

  /** The legitimate device comes back with its own key, after its session was cut. */
  async reconnectLegit(): Promise<PairedPhone> {
    const phone = await connectPhone(this.origin, this.legit.credential);
    this.legit = Object.assign(phone, { credential: this.legit.credential, deviceId: this.legit.deviceId });
    return this.legit;
  }

  /** Records input the legitimate phone sent on purpose, so the injector may show it. */
  expectLegitCalls(...calls: string[]): void {
    this.legitCalls.push(...calls);
  }

  /** The legitimate phone gets a pong and its motion reaches the injector. */
  async assertStillServing(): Promise<void> {
    const probe = this.nextProbe++;
    this.legit.send({ type: 'move', dx: probe, dy: -probe });
    this.legit.send({ type: 'ping', id: probe });
    const pong = await this.legit.next('pong');
    assert.equal(pong.id, probe, 'the legitimate phone got its own pong');
    this.expectLegitCalls(`move ${probe},${-probe}`);
    await waitFor(() => this.injector.calls.length >= this.legitCalls.length, 'the legitimate move to be injected');
    this.assertNothingInjectedByAttackers();
  }

  /** Every injected call is one the legitimate phone asked for: the attacker got nothing through. */
  assertNothingInjectedByAttackers(): void {
    assert.deepEqual(this.injector.calls, this.legitCalls, 'only the legitimate phone may reach the injector');
  }

  async close(): Promise<void> {
    await this.host.close();
    await rm(this.root, { recursive: true, force: true });
  }
}

/** Polls until `done` holds; the host answers in milliseconds, so the deadline only catches a hang. */
export async function waitFor(done: () => boolean, what: string, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
