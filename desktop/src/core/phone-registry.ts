import { type HostMessage, type InjectionStatus, PROTOCOL_VERSION } from '@touchdesk/shared';
import type { Clock } from './ports.js';

export interface ConnectedPhone {
  readonly id: string;
  readonly deviceName: string;
  readonly address: string;
  readonly connectedAt: number;
}

export type RegistryEvent =
  | { readonly event: 'phone-connected'; readonly phone: ConnectedPhone }
  | { readonly event: 'phone-disconnected'; readonly phone: ConnectedPhone; readonly reason: string };

interface Member {
  readonly phone: ConnectedPhone;
  readonly send: (message: HostMessage) => void;
}

/**
 * The phones connected right now. It tells every phone the desktop's state whenever that
 * changes, and tells the composition root (panel, `--json` events, notifications) who came and went.
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

  join(id: string, deviceName: string, address: string, send: (message: HostMessage) => void): void {
    const phone: ConnectedPhone = { id, deviceName, address, connectedAt: this.clock.now() };
    this.members.set(id, { phone, send });
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
