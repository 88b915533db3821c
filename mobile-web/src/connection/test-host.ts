import { type ClientMessage, type HostMessage, HostHandshake, parseClientFrame, PROTOCOL_VERSION, type SealedChannel } from '@touchdesk/shared';
import type { SocketLike } from './ports.js';

/*
 * Test support, never bundled: a socket whose far end the test drives, and the desktop's
 * side of the protocol played with shared's real HostHandshake and SealedChannel, so the
 * phone's code is checked against the same crypto the host runs.
 */

export class FakeSocket implements SocketLike {
  readyState = 0;
  bufferedAmount = 0;
  binaryType: BinaryType = 'blob';
  onopen: ((event: Event) => void) | null = null;
  onmessage: ((event: MessageEvent) => void) | null = null;
  onclose: ((event: CloseEvent) => void) | null = null;
  /** Every frame the phone sent, as sent: strings for text frames, bytes for binary ones. */
  readonly sent: (string | Uint8Array)[] = [];
  closedWith: number | undefined;

  constructor(readonly url: string) {}

  send(data: string | Uint8Array): void {
    this.sent.push(data);
  }
  close(code?: number): void {
    this.closedWith = code;
  }

  /** The host side of the socket. */
  open(): void {
    this.readyState = 1;
    this.onopen?.({} as Event);
  }
  deliver(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
  deliverText(message: HostMessage): void {
    this.deliver(JSON.stringify(message));
  }
  hostCloses(code: number): void {
    this.readyState = 3;
    this.onclose?.({ code } as CloseEvent);
  }
}

export function randomBytes(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

/** The phone's text frame number `index` on `socket`, parsed as the host would. */
export function sentText(socket: FakeSocket, index: number): ClientMessage {
  const frame = socket.sent[index];
  if (typeof frame !== 'string') throw new Error(`frame ${index} is not text: ${String(frame)}`);
  const parsed = parseClientFrame(frame);
  if (!parsed.ok) throw new Error(`frame ${index} is not a client message: ${parsed.error.message}`);
  return parsed.value;
}

/** A copy of `bytes` as the ArrayBuffer a browser hands out with `binaryType = 'arraybuffer'`. */
export function arrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.slice().buffer;
}

/** The desktop's end of one connection. */
export class TestHost {
  private handshake: HostHandshake | null = null;
  private channelOrNull: SealedChannel | null = null;
  /** How many of the phone's frames were handshake text frames. */
  private handshakeFrames = 0;
  private readonly inbox: unknown[] = [];

  constructor(
    readonly socket: FakeSocket,
    private readonly key: Uint8Array,
  ) {}

  get channel(): SealedChannel {
    if (this.channelOrNull === null) throw new Error('no channel before welcome');
    return this.channelOrNull;
  }

  /** Accepts the connection, reads the hello and sends a challenge. Returns the hello. */
  challenge(): Extract<ClientMessage, { type: 'hello' }> {
    if (this.socket.readyState !== 1) this.socket.open();
    const hello = sentText(this.socket, 0);
    if (hello.type !== 'hello') throw new Error(`expected hello, got ${hello.type}`);
    this.handshake = new HostHandshake(this.key, hello.phoneNonce, randomBytes);
    this.socket.deliverText({ type: 'challenge', hostNonce: this.handshake.hostNonceHex });
    return hello;
  }

  /** Checks the phone's proof and sends the welcome; `proof` overrides the host's own. */
  welcome(proof?: string): void {
    const prove = sentText(this.socket, 1);
    if (prove.type !== 'prove' || this.handshake === null) throw new Error('expected prove after challenge');
    const verified = this.handshake.verify(prove.proof);
    if (verified === undefined) throw new Error('the phone could not prove it holds the key');
    this.channelOrNull = verified.channel;
    this.handshakeFrames = 2;
    this.socket.deliverText({ type: 'welcome', proof: proof ?? verified.proof });
  }

  /** The whole handshake, as a host that holds the key. */
  accept(): Extract<ClientMessage, { type: 'hello' }> {
    const hello = this.challenge();
    this.welcome();
    return hello;
  }

  /** Seals `message` for the phone without delivering it. */
  seal(message: HostMessage): Uint8Array {
    return this.channel.seal(JSON.stringify(message));
  }

  sendSealed(message: HostMessage): void {
    this.socket.deliver(arrayBuffer(this.seal(message)));
  }

  /** Every message the phone sent after the handshake, opened; throws on any text frame. */
  received(): unknown[] {
    const sent = this.socket.sent;
    while (this.handshakeFrames + this.inbox.length < sent.length) {
      const frame = sent[this.handshakeFrames + this.inbox.length];
      if (typeof frame !== 'object') throw new Error(`not a binary frame after welcome: ${String(frame)}`);
      this.inbox.push(JSON.parse(this.channel.open(frame)));
    }
    return [...this.inbox];
  }
}

/** The status a ready desktop sends; the first one makes the phone show "Connected". */
export const READY_STATUS: HostMessage = {
  type: 'status',
  version: PROTOCOL_VERSION,
  hostName: 'desk',
  phonesConnected: 1,
  injection: { state: 'ready', backend: 'test' },
  paused: false,
  control: { mode: 'shared' },
};
