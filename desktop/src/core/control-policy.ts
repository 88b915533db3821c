import type { ControlMode, HostMessage } from '@touchdesk/shared';

/** A paired device as the policy knows it: control belongs to a device, across its reconnects. */
export interface Device {
  readonly deviceId: string;
  readonly name: string;
}

export type StatusControl = Extract<HostMessage, { type: 'status' }>['control'];

/**
 * Who may send input right now: nobody while the user has paused control; every phone in
 * shared mode; in exclusive mode only the device in control. Control goes to the first phone
 * to connect when no connected device holds it, and to whoever asks for it. A phone in control
 * that drops off the Wi-Fi for a moment keeps it, unless another phone connects or asks meanwhile.
 */
export class ControlPolicy {
  private isPaused = false;
  private current: ControlMode;
  private holder: Device | undefined;

  constructor(mode: ControlMode) {
    this.current = mode;
  }

  get paused(): boolean {
    return this.isPaused;
  }

  get mode(): ControlMode {
    return this.current;
  }

  /** The device in control in exclusive mode; none in shared mode. */
  get controller(): Device | undefined {
    return this.current === 'exclusive' ? this.holder : undefined;
  }

  mayInject(deviceId: string): boolean {
    if (this.isPaused) return false;
    return this.current === 'shared' || this.holder?.deviceId === deviceId;
  }

  /** True when this changed anything. */
  setPaused(paused: boolean): boolean {
    if (this.isPaused === paused) return false;
    this.isPaused = paused;
    return true;
  }

  /** `connected`: the phones connected now, longest-connected first; the first gets control. */
  setMode(mode: ControlMode, connected: readonly Device[]): boolean {
    if (this.current === mode) return false;
    this.current = mode;
    this.holder = mode === 'exclusive' ? connected[0] : undefined;
    return true;
  }

  /** A phone connected; true when it got control by that. */
  joined(device: Device, isConnected: (deviceId: string) => boolean): boolean {
    if (this.current !== 'exclusive' || this.holder?.deviceId === device.deviceId) return false;
    if (this.holder && isConnected(this.holder.deviceId)) return false;
    this.holder = device;
    return true;
  }

  /** The phone asked for control; true when it did not have it already. */
  take(device: Device): boolean {
    if (this.current !== 'exclusive' || this.holder?.deviceId === device.deviceId) return false;
    this.holder = device;
    return true;
  }

  /** The device was removed: it cannot hold control any more. */
  forget(deviceId: string): boolean {
    if (this.holder?.deviceId !== deviceId) return false;
    this.holder = undefined;
    return true;
  }

  /** What a phone's status says about control. */
  statusFor(deviceId: string): StatusControl {
    if (this.current === 'shared') return { mode: 'shared' };
    const holder = this.holder;
    return { mode: 'exclusive', youControl: holder?.deviceId === deviceId, ...(holder && { controllerName: holder.name }) };
  }
}
