import {
  type ClientMessage,
  type HostMessage,
  LIMITS,
  parseHostFrame,
  type PhoneCredential,
  PhoneHandshake,
  type ProtocolError,
  SEAL_OVERHEAD_BYTES,
  type SealedChannel,
} from '@touchdesk/shared';

/** What the phone may send once the channel is up; hello and prove belong to the handshake. */
export type InputMessage = Exclude<ClientMessage, { type: 'hello' | 'prove' }>;

/** Host messages that reach the rest of the page; challenge and welcome stay in here. */
export type SessionMessage = Exclude<HostMessage, { type: 'challenge' | 'welcome' }>;

/** Why the phone gives up on a connection by itself. */
export type SessionFault =
  /** The desktop's welcome did not prove it holds the key: it is not the desktop we paired with. */
  | 'host-unverified'
  /** A sealed frame failed to open: replayed, reordered, altered, or from someone else. */
  | 'channel-broken'
  /** A frame of the wrong kind for the moment: binary before the welcome, text after it, etc. */
  | 'protocol-violation';

export type SessionEvent =
  /** Send this text frame back (the handshake's `prove`). */
  | { readonly kind: 'reply'; readonly frame: string }
  /** The desktop proved itself; input may be sealed from now on. */
  | { readonly kind: 'established' }
  | { readonly kind: 'message'; readonly message: SessionMessage }
  /** An unreadable frame that harms nothing; dropped with a warning. */
  | { readonly kind: 'ignored'; readonly error: ProtocolError }
  /** Close the socket and send nothing more on it. */
  | { readonly kind: 'fault'; readonly fault: SessionFault; readonly detail: string };

type Phase = 'awaiting-challenge' | 'awaiting-welcome' | 'established' | 'failed';

/**
 * One connection's protocol, without the socket: the handshake in plain JSON text frames
 * (hello, challenge, prove, welcome), then only sealed binary frames both ways. It turns each
 * incoming frame into one event and never throws on anything the network sends; once it has
 * reported a fault it reports that fault for every further frame.
 */
export class SecureSession {
  private readonly handshake: PhoneHandshake;
  private phase: Phase = 'awaiting-challenge';
  private channel: SealedChannel | null = null;

  constructor(credential: PhoneCredential) {
    this.handshake = new PhoneHandshake(credential);
  }

  /** The first frame on a new socket, as text. */
  hello(): string {
    return JSON.stringify(this.handshake.hello());
  }

  get established(): boolean {
    return this.channel !== null;
  }

  /** The binary frame for `message`; only after `established`, never before. */
  seal(message: InputMessage): Uint8Array {
    if (this.channel === null) {
      throw new Error('Nothing is sent before the desktop has proved itself.');
    }
    return this.channel.seal(JSON.stringify(message));
  }

  receive(data: unknown): SessionEvent {
    if (this.phase === 'failed') return this.fail('protocol-violation', 'The session has already failed.');
    if (this.channel !== null) return this.receiveSealed(this.channel, data);
    if (typeof data !== 'string') return this.fail('protocol-violation', 'A binary frame before the handshake finished.');
    return this.receiveHandshake(data);
  }

  private receiveHandshake(text: string): SessionEvent {
    const parsed = parseHostFrame(text);
    if (!parsed.ok) return { kind: 'ignored', error: parsed.error };
    const message = parsed.value;
    if (message.type === 'error') return { kind: 'message', message };
    if (message.type === 'challenge' && this.phase === 'awaiting-challenge') {
      this.phase = 'awaiting-welcome';
      return { kind: 'reply', frame: JSON.stringify(this.handshake.answer(message)) };
    }
    if (message.type === 'welcome' && this.phase === 'awaiting-welcome') {
      try {
        this.channel = this.handshake.finish(message);
      } catch (error) {
        return this.fail('host-unverified', error instanceof Error ? error.message : String(error));
      }
      this.phase = 'established';
      return { kind: 'established' };
    }
    return this.fail('protocol-violation', `Unexpected "${message.type}" during the handshake.`);
  }

  private receiveSealed(channel: SealedChannel, data: unknown): SessionEvent {
    if (!(data instanceof ArrayBuffer)) return this.fail('protocol-violation', 'A frame after the handshake was not sealed.');
    if (data.byteLength > LIMITS.maxHostFrameBytes + SEAL_OVERHEAD_BYTES) {
      return this.fail('protocol-violation', `A sealed frame of ${data.byteLength} bytes is over the limit.`);
    }
    let text: string;
    try {
      text = channel.open(new Uint8Array(data));
    } catch (error) {
      return this.fail('channel-broken', error instanceof Error ? error.message : String(error));
    }
    const parsed = parseHostFrame(text);
    if (!parsed.ok) return { kind: 'ignored', error: parsed.error };
    const message = parsed.value;
    if (message.type === 'challenge' || message.type === 'welcome') {
      return this.fail('protocol-violation', `Unexpected "${message.type}" after the handshake.`);
    }
    return { kind: 'message', message };
  }

  private fail(fault: SessionFault, detail: string): SessionEvent {
    this.phase = 'failed';
    this.channel = null;
    return { kind: 'fault', fault, detail };
  }
}
