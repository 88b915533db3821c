/**
 * Which discrete input (clicks, keys, modifiers) each paired device has had handled, so that
 * none is injected twice when a phone resends after a reconnect. Kept per device, not per
 * connection, for the host's whole life: the phone numbers its input across connections.
 *
 * A number above the next expected one is accepted too. The connection delivers frames in
 * order, so a gap means the host itself refused the missing ones (over the rate limit,
 * malformed) and already said so; waiting for them would stall the phone's typing for good.
 */
export class DeliveryLedger {
  private readonly highest = new Map<string, number>();
  private readonly inFlight = new Map<string, () => Promise<void>>();

  /**
   * A device's new connection takes over from its earlier one: the promise resolves once the
   * earlier connection's input has all been injected, so a backlog still being typed is never
   * interleaved with what the phone sends after it reconnects.
   */
  handOver(deviceId: string, idle: () => Promise<void>): Promise<void> {
    const earlier = this.inFlight.get(deviceId);
    this.inFlight.set(deviceId, idle);
    return earlier ? earlier() : Promise.resolve();
  }

  /** The highest number handled for this device; 0 before its first. */
  highestFor(deviceId: string): number {
    return this.highest.get(deviceId) ?? 0;
  }

  /** True for new input, which is now counted as handled; false for a duplicate to skip. */
  accept(deviceId: string, seq: number): boolean {
    if (seq <= this.highestFor(deviceId)) return false;
    this.highest.set(deviceId, seq);
    return true;
  }

  /** A revoked device never comes back under the same id. */
  forget(deviceId: string): void {
    this.highest.delete(deviceId);
    this.inFlight.delete(deviceId);
  }
}
