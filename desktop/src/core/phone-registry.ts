import { type HostMessage, type InjectionStatus, PROTOCOL_VERSION } from '@touchdesk/shared';
import type { Clock } from './ports.js';

export interface ConnectedPhone {
  /** This connection. */
  readonly id: string;
  /** The paired device behind it; one device may reconnect under a new connection id. */
  readonly deviceId: string;
  readonly deviceName: string;
  readonly address: string;
  readonly connectedAt: number;
}

export type RegistryEvent =
  | { readonly event: 'phone-connected'; readonly phone: ConnectedPhone }
  | { readonly event: 'phone-disconnected'; readonly phone: ConnectedPhone; readonly reason: string };

export interface JoiningPhone {
  readonly id: string;
  readonly deviceId: string;
  readonly deviceName: string;
  readonly address: string;
  readonly send: (message: HostMessage) => void;
  readonly close: (code: number, reason: string) => void;
}

interface Member {
  readonly phone: ConnectedPhone;
  readonly send: (message: HostMessage) => void;
  readonly close: (code: number, reason: string) => void;
}

/**
 * The phones connected right now. It tells every phone the desktop's state whenever that
 * changes, tells the composition root (panel, `--json` events, notifications) who came and
 * went, and can cut off every connection of a device at once.
 */
export class PhoneRegistry {
  private readonly members = new Map<string, Member>();

  constructor(
    private readonly hostName: string,
    private readonly injection: InjectionStatus,
    private readonly clock: Clock,
    private readonly onEvent: (event: RegistryEvent) => void,
  ) {}

  get phones(): ConnectedPhone[] {
    return [...this.members.values()].map((member) => member.phone);
  }

  join(joining: JoiningPhone): void {
    const { send, close, ...identity } = joining;
    const phone: ConnectedPhone = { ...identity, connectedAt: this.clock.now() };
    this.members.set(phone.id, { phone, send, close });
    this.onEvent({ event: 'phone-connected', phone });
    this.broadcastStatus();
  }

  leave(id: string, reason: string): void {
    const member = this.members.get(id);
    if (!member) return;
    this.members.delete(id);
    this.onEvent({ event: 'phone-disconnected', phone: member.phone, reason });
    this.broadcastStatus();
  }

  /** Closes every connection of one device, for example when the user revokes it. */
  disconnectDevice(deviceId: string, code: number, reason: string): void {
    for (const member of [...this.members.values()]) {
      if (member.phone.deviceId === deviceId) member.close(code, reason);
    }
  }

  statusMessage(): HostMessage {
    return {
      type: 'status',
      version: PROTOCOL_VERSION,
      hostName: this.hostName,
      phonesConnected: this.members.size,
      injection: this.injection,
    };
  }

  private broadcastStatus(): void {
    const status = this.statusMessage();
    for (const member of this.members.values()) member.send(status);
  }
}
