import { describe, expect, it } from 'vitest';
import type { ConnectionState, StatusMessage } from '../connection/host-connection.js';
import { READY_STATUS } from '../connection/test-host.js';
import { acceptsDiscreteInput, inputGate } from './input-gate.js';

const ready = READY_STATUS as StatusMessage;
const connected = (changes: Partial<StatusMessage>): ConnectionState => ({
  phase: 'connected',
  status: { ...ready, ...changes },
  deviceId: '0'.repeat(32),
});

describe('inputGate', () => {
  it('is open in shared mode', () => {
    expect(inputGate(connected({}))).toEqual({ kind: 'open', inControl: false });
  });

  it('is open, and says so, when this phone holds exclusive control', () => {
    expect(inputGate(connected({ control: { mode: 'exclusive', youControl: true, controllerName: 'Me' } }))).toEqual({
      kind: 'open',
      inControl: true,
    });
  });

  it('names the phone in control when it is another one, and falls back to none', () => {
    expect(inputGate(connected({ control: { mode: 'exclusive', youControl: false, controllerName: 'Pixel 8' } }))).toEqual({
      kind: 'other-in-control',
      controllerName: 'Pixel 8',
    });
    expect(inputGate(connected({ control: { mode: 'exclusive', youControl: false } }))).toEqual({
      kind: 'other-in-control',
      controllerName: null,
    });
  });

  it('is paused whenever the desktop paused, whoever is in control', () => {
    expect(inputGate(connected({ paused: true }))).toEqual({ kind: 'paused' });
    expect(inputGate(connected({ paused: true, control: { mode: 'exclusive', youControl: false } }))).toEqual({ kind: 'paused' });
  });

  it.each(['connecting', 'reconnecting', 'rate-limited'] as const)('waits while %s', (phase) => {
    expect(inputGate({ phase })).toEqual({ kind: 'waiting' });
  });

  it('is closed once the connection stopped for good', () => {
    expect(inputGate({ phase: 'stopped', reason: { kind: 'not-paired' } })).toEqual({ kind: 'closed' });
  });

  it('keeps discrete input only while it will be delivered', () => {
    expect(acceptsDiscreteInput({ kind: 'open', inControl: false })).toBe(true);
    expect(acceptsDiscreteInput({ kind: 'waiting' })).toBe(true);
    expect(acceptsDiscreteInput({ kind: 'paused' })).toBe(false);
    expect(acceptsDiscreteInput({ kind: 'other-in-control', controllerName: null })).toBe(false);
    expect(acceptsDiscreteInput({ kind: 'closed' })).toBe(false);
  });
});
