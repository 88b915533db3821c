import { request } from 'node:http';
import {
  type ClientMessage,
  type HostMessage,
  hexToBytes,
  parseHostFrame,
  type PhoneCredential,
  PhoneHandshake,
  type SealedChannel,
  WEBSOCKET_PATH,
} from '@touchdesk/shared';
import { WebSocket } from 'ws';

/**
 * A phone for integration and attack tests: a real WebSocket client that speaks the real
 * handshake from @touchdesk/shared, or deliberately does not. It keeps every frame that crossed
 * the wire, both ways, for tests that look at what an eavesdropper would see.
 */
export interface TestPhone {
  readonly ws: WebSocket;
  /** Host messages, decrypted once the channel is open. */
  readonly received: HostMessage[];
  /** Every frame on the wire, as sent and received. */
  readonly wire: { readonly direction: 'in' | 'out'; readonly frame: string | Uint8Array }[];
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Waits for (and takes) the next host message of this type, and that `matches` when given. */
  next<T extends HostMessage['type']>(type: T, matches?: (message: Extract<HostMessage, { type: T }>) => boolean): Promise<Extract<HostMessage, { type: T }>>;
  /** Sends plain text before the channel is open and sealed frames after. */
  send(message: ClientMessage): void;
  sendRaw(frame: string | Uint8Array): void;
  channel: SealedChannel | undefined;
  /** When set, a `welcome` opens the channel at once, before any sealed frame behind it is read. */
  handshake: PhoneHandshake | undefined;
}

/** `ca`: the certificate to trust when `origin` is https (a self-signed one is its own CA). */
export function openSocket(origin: string, headers: Record<string, string> = {}, ca?: string | Buffer): Promise<TestPhone> {
  const ws = new WebSocket(`${origin.replace(/^http/, 'ws')}${WEBSOCKET_PATH}`, { headers: { Origin: origin, ...headers }, ...(ca && { ca }) });
  const received: HostMessage[] = [];
  const wire: TestPhone['wire'] = [];
  const waiters = new Set<() => void>();
  const phone: TestPhone = {
    ws,
    received,
    wire,
    channel: undefined,
    handshake: undefined,
    closed: new Promise((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) }))),
    async next<T extends HostMessage['type']>(type: T, matches?: (message: Extract<HostMessage, { type: T }>) => boolean) {
      const wanted = (message: HostMessage): message is Extract<HostMessage, { type: T }> =>
        message.type === type && (!matches || matches(message as Extract<HostMessage, { type: T }>));
      for (;;) {
        const index = received.findIndex(wanted);
        if (index >= 0) return received.splice(index, 1)[0] as Extract<HostMessage, { type: T }>;
        if (ws.readyState === ws.CLOSED) throw new Error(`closed before a "${type}" arrived`);
        await new Promise<void>((resolve) => waiters.add(resolve));
      }
    },
    send(message) {
      const text = JSON.stringify(message);
      phone.sendRaw(phone.channel ? phone.channel.seal(text) : text);
    },
    sendRaw(frame) {
      wire.push({ direction: 'out', frame });
      ws.send(frame);
    },
  };
  const wake = () => {
    for (const resolve of waiters) resolve();
    waiters.clear();
  };
  ws.on('message', (data, isBinary) => {
    const frame = isBinary ? new Uint8Array(data as Buffer) : String(data);
    wire.push({ direction: 'in', frame });
    const text = typeof frame === 'string' ? frame : phone.channel?.open(frame);
    const parsed = text === undefined ? undefined : parseHostFrame(text);
    if (parsed?.ok) received.push(parsed.value);
    if (parsed?.ok && parsed.value.type === 'welcome' && phone.handshake) phone.channel = phone.handshake.finish(parsed.value);
    wake();
  });
  ws.on('close', wake);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(phone));
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
  });
}

/** The secret in a pairing URL's fragment, as the phone page reads it. */
export function pairingKeyOf(pairingUrl: string): Uint8Array {
  return hexToBytes(new URL(pairingUrl).hash.slice('#t='.length));
}

/** Opens a socket and completes the handshake; resolves once the first status arrived. */
export async function connectPhone(origin: string, credential: PhoneCredential, ca?: string | Buffer): Promise<TestPhone> {
  const phone = await openSocket(origin, {}, ca);
  const handshake = new PhoneHandshake(credential);
  phone.handshake = handshake;
  phone.send(handshake.hello());
  phone.send(handshake.answer(await phone.next('challenge')));
  await phone.next('welcome');
  await phone.next('status');
  return phone;
}

export function pairingCredential(pairingUrl: string, deviceName = 'Pixel'): PhoneCredential {
  return { kind: 'pairing', key: pairingKeyOf(pairingUrl), deviceName };
}

export type PairedPhone = TestPhone & { readonly credential: PhoneCredential; readonly deviceId: string };

/** Pairs with the QR code's secret and keeps the device credential it was given. */
export async function pairPhone(origin: string, pairingUrl: string, name: string): Promise<PairedPhone> {
  const phone = await connectPhone(origin, pairingCredential(pairingUrl, name));
  const paired = await phone.next('paired');
  const credential: PhoneCredential = { kind: 'device', deviceId: paired.deviceId, key: hexToBytes(paired.deviceKey) };
  return Object.assign(phone, { credential, deviceId: paired.deviceId });
}

/** A plain GET of the phone page with the given Host header. */
export function pageStatus(origin: string, host: string): Promise<number> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    request({ host: url.hostname, port: url.port, path: '/', headers: { Host: host } }, (response) => {
      resolve(response.statusCode ?? 0);
      response.resume();
    })
      .on('error', reject)
      .end();
  });
}
