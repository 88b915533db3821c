import type { ConnectionState } from '../connection/host-connection.js';

/**
 * Whether input may go to the host, derived from the connection alone; both PhoneInput (what
 * to send) and the view (what to show) read it, so the two cannot disagree.
 */
export type InputGate =
  /** Input goes out now. `inControl`: the host is in exclusive mode and this phone holds it. */
  | { readonly kind: 'open'; readonly inControl: boolean }
  /** No session right now, one is being sought: discrete input waits for it. */
  | { readonly kind: 'waiting' }
  /** The user paused all phones on the desktop. */
  | { readonly kind: 'paused' }
  /** Exclusive mode, and another phone holds it; `controllerName` when the host said who. */
  | { readonly kind: 'other-in-control'; readonly controllerName: string | null }
  /** Retrying cannot help (not paired, refused, wrong version): nothing will be delivered. */
  | { readonly kind: 'closed' };

export function inputGate(state: ConnectionState): InputGate {
  switch (state.phase) {
    case 'connecting':
    case 'reconnecting':
    case 'rate-limited':
      return { kind: 'waiting' };
    case 'stopped':
      return { kind: 'closed' };
    case 'connected': {
      const { paused, control } = state.status;
      // Pause wins: taking over control would not help while everything is paused.
      if (paused) return { kind: 'paused' };
      if (control.mode === 'shared') return { kind: 'open', inControl: false };
      if (control.youControl) return { kind: 'open', inControl: true };
      return { kind: 'other-in-control', controllerName: control.controllerName ?? null };
    }
    default: {
      const unknown: never = state;
      throw new Error(`Unhandled connection state ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * Discrete input is sent or kept for the next session. Input made while paused or while
 * another phone is in control is dropped instead of kept: delivered later it would act long
 * after the user gave up on it, into whatever the desktop shows by then.
 */
export function acceptsDiscreteInput(gate: InputGate): boolean {
  return gate.kind === 'open' || gate.kind === 'waiting';
}
