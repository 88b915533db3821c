import {
  type ClientMessage,
  type ControlMode,
  type HostMessage,
  hexToBytes,
  parseHostFrame,
  type PhoneCredential,
  PhoneHandshake,
  type SealedChannel,
} from '@touchdesk/shared';
import { AttemptLimiter } from './attempt-limiter.js';
import { DeliveryLedger } from './delivery-ledger.js';
import { MemoryDeviceStore } from './device-store.js';
import { Gatekeeper } from './gatekeeper.js';
import type { LaserPointer } from './laser-pointer.js';
import { PairingSecrets } from './pairing-secrets.js';
import { PhoneRegistry, type RegistryEvent } from './phone-registry.js';
import { PhoneSession } from './phone-session.js';
import type { PresenterDesk } from './presenter/presenter-desk.js';
import type { PreviewService } from './preview/preview-service.js';
import { countingRandom, FakeInjector, FakeTransport, ManualClock } from './test-fakes.js';

/**
 * Sessions for the core's unit tests: the real PhoneSession, registry, gatekeeper and ledger,
 * with fakes for the ports, and the phone's side of the handshake played by the real
 * PhoneHandshake from @touchdesk/shared.
 */
export function setup(injector = new FakeInjector(), options: { controlMode?: ControlMode; maxModifierHoldMs?: number; naturalScrolling?: () => boolean; presenter?: PresenterDesk; preview?: PreviewService; laserPointer?: LaserPointer } = {}) {
  const clock = new ManualClock();
  const random = countingRandom();
  const events: RegistryEvent[] = [];
  const registry = new PhoneRegistry('desk', injector.status, clock, (event) => events.push(event), options.controlMode);
  const devices = new MemoryDeviceStore();
  let renewals = 0;
  const secrets = new PairingSecrets(clock, random, () => renewals++);
  const gatekeeper = new Gatekeeper(secrets, devices, new AttemptLimiter(clock), clock, random);
  const ledger = new DeliveryLedger();
  const open = (id = 'connection') => {
    const transport = new FakeTransport();
    const session = new PhoneSession({
      id,
      address: '192.168.1.20',
      transport,
      injector,
      registry,
      gatekeeper,
      clock,
      timers: clock,
      ledger,
      randomBytes: random,
      maxModifierHoldMs: options.maxModifierHoldMs,
      naturalScrolling: options.naturalScrolling,
      presenter: options.presenter,
      preview: options.preview,
      laserPointer: options.laserPointer,
    });
    return { session, transport };
  };
  const pairing = (deviceName = 'Pixel'): PhoneCredential => ({ kind: 'pairing', key: secrets.current.key, deviceName });
  return { injector, registry, events, devices, secrets, clock, ledger, open, pairing, renewals: () => renewals };
}

export type Connection = ReturnType<ReturnType<typeof setup>['open']>;

export interface OpenPhone {
  readonly channel: SealedChannel;
  send(message: ClientMessage): void;
  /** Host messages since the last call, opened with the channel. */
  inbox(): HostMessage[];
}

export function handshake({ session, transport }: Connection, credential: PhoneCredential): OpenPhone | { refused: HostMessage } {
  const phone = new PhoneHandshake(credential);
  const plain = (index: number) => {
    const parsed = parseHostFrame(transport.frames[index]);
    if (!parsed.ok) throw new Error(`frame ${index}: ${parsed.error.message}`);
    return parsed.value;
  };
  session.receive(JSON.stringify(phone.hello()));
  const challenge = plain(0);
  if (challenge.type !== 'challenge') return { refused: challenge };
  session.receive(JSON.stringify(phone.answer(challenge)));
  const welcome = plain(1);
  if (welcome.type !== 'welcome') return { refused: welcome };
  const channel: SealedChannel = phone.finish(welcome);
  let read = 2;
  return {
    channel,
    send: (message) => session.receive(channel.seal(JSON.stringify(message))),
    inbox() {
      const fresh = transport.frames.slice(read).map((frame) => {
        const parsed = parseHostFrame(channel.open(frame as Uint8Array));
        if (!parsed.ok) throw new Error(parsed.error.message);
        return parsed.value;
      });
      read = transport.frames.length;
      return fresh;
    },
  };
}

export function opened(result: OpenPhone | { refused: HostMessage }): OpenPhone {
  if (!('channel' in result)) throw new Error(`handshake refused: ${JSON.stringify(result.refused)}`);
  return result;
}

/**
 * Pairs a new phone and returns it with the device credential it was given, for reconnecting,
 * and the messages that came with the pairing (`paired`, the first `status` and `ack`).
 */
export function pairPhone(scene: ReturnType<typeof setup>, id: string, deviceName = 'Pixel') {
  const connection = scene.open(id);
  const phone = opened(handshake(connection, scene.pairing(deviceName)));
  const greeting = phone.inbox();
  const paired = greeting.find((message) => message.type === 'paired');
  if (paired?.type !== 'paired') throw new Error('not paired');
  const credential: PhoneCredential = { kind: 'device', deviceId: paired.deviceId, key: hexToBytes(paired.deviceKey) };
  return { ...connection, phone, credential, greeting };
}

/** Lets `soon` callbacks (the batched acks) and finished injections run. */
export async function settle(session: PhoneSession): Promise<void> {
  await session.idle();
  await Promise.resolve();
}
