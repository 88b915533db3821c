import { type ControlMode, type HostMessage, type InjectionStatus, PROTOCOL_VERSION } from '@touchdesk/shared';
import { ControlPolicy, type Device } from './control-policy.js';
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
  | { readonly event: 'phone-disconnected'; readonly phone: ConnectedPhone; readonly reason: string }
  | { readonly event: 'paused' | 'resumed' }
  | { readonly event: 'control-changed'; readonly mode: ControlMode; readonly controller: Device | undefined };

export interface JoiningPhone {
  readonly id: string;
  readonly deviceId: string;
  readonly deviceName: string;
  readonly address: string;
  readonly send: (message: HostMessage) => void;
  readonly close: (code: number, reason: string) => void;
  /** Lets go of every button and key this connection holds down, and drops its queued input. */
  readonly releaseHeld: () => void;
}

type Member = Omit<JoiningPhone, keyof ConnectedPhone> & { readonly phone: ConnectedPhone };

/**
 * The phones connected right now, and who of them may send input (see ControlPolicy). It tells
 * every phone the desktop's state whenever that changes, tells the composition root (panel,
 * `--json` events, notifications) who came and went, lets go of what a phone holds the moment
 * it may no longer send input, and can cut off every connection of a device at once.
 */
export class PhoneRegistry {
  private readonly members = new Map<string, Member>();
  private readonly policy: ControlPolicy;

  constructor(
    private readonly hostName: string,
    private readonly injection: InjectionStatus,
    private readonly clock: Clock,
    private readonly onEvent: (event: RegistryEvent) => void,
    controlMode: ControlMode = 'shared',
  ) {
    this.policy = new ControlPolicy(controlMode);
  }

  get phones(): ConnectedPhone[] {
    return [...this.members.values()].map((member) => member.phone);
  }

  get paused(): boolean {
    return this.policy.paused;
  }

  get controlMode(): ControlMode {
    return this.policy.mode;
  }

  /** The device in control, in exclusive mode. */
  get controller(): Device | undefined {
    return this.policy.controller;
  }

  mayInject(deviceId: string): boolean {
    return this.policy.mayInject(deviceId);
  }

  join(joining: JoiningPhone): void {
    const { send, close, releaseHeld, ...identity } = joining;
    const phone: ConnectedPhone = { ...identity, connectedAt: this.clock.now() };
    const tookControl = this.policy.joined(deviceOf(phone), (deviceId) => this.isConnected(deviceId));
    this.members.set(phone.id, { phone, send, close, releaseHeld });
    this.onEvent({ event: 'phone-connected', phone });
    if (tookControl) this.controlChanged();
    else this.broadcastStatus();
  }

  leave(id: string, reason: string): void {
    const member = this.members.get(id);
    if (!member) return;
    this.members.delete(id);
    this.onEvent({ event: 'phone-disconnected', phone: member.phone, reason });
    this.broadcastStatus();
  }

  /** The user's pause switch: while paused nothing reaches the desktop, and nothing stays held. */
  setPaused(paused: boolean): void {
    if (!this.policy.setPaused(paused)) return;
    this.releaseWhereRefused();
    this.onEvent({ event: paused ? 'paused' : 'resumed' });
    this.broadcastStatus();
  }

  setControlMode(mode: ControlMode): void {
    if (this.policy.setMode(mode, this.phones.map(deviceOf))) this.controlChanged();
  }

  /** A phone asked for control (exclusive mode); the one that had it lets go of what it held. */
  takeControl(connectionId: string): void {
    const member = this.members.get(connectionId);
    if (member && this.policy.take(deviceOf(member.phone))) this.controlChanged();
  }

  /** Closes every connection of one device, for example when the user revokes it. */
  disconnectDevice(deviceId: string, code: number, reason: string): void {
    const hadControl = this.policy.forget(deviceId);
    for (const member of [...this.members.values()]) {
      if (member.phone.deviceId === deviceId) member.close(code, reason);
    }
    if (hadControl) this.controlChanged();
  }

  /** The status this device's phone is sent: the same for all, but for who is in control. */
  statusFor(deviceId: string): HostMessage {
    return {
      type: 'status',
      version: PROTOCOL_VERSION,
      hostName: this.hostName,
      phonesConnected: this.members.size,
      injection: this.injection,
      paused: this.policy.paused,
      control: this.policy.statusFor(deviceId),
    };
  }

  private controlChanged(): void {
    this.releaseWhereRefused();
    this.onEvent({ event: 'control-changed', mode: this.policy.mode, controller: this.policy.controller });
    this.broadcastStatus();
  }

  private releaseWhereRefused(): void {
    for (const member of this.members.values()) {
      if (!this.policy.mayInject(member.phone.deviceId)) member.releaseHeld();
    }
  }

  private isConnected(deviceId: string): boolean {
    return this.phones.some((phone) => phone.deviceId === deviceId);
  }

  private broadcastStatus(): void {
    for (const member of this.members.values()) member.send(this.statusFor(member.phone.deviceId));
  }
}

function deviceOf(phone: ConnectedPhone): Device {
  return { deviceId: phone.deviceId, name: phone.deviceName };
}
