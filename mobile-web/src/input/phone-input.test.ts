import { describe, expect, it } from 'vitest';
import type { ConnectionState, StatusMessage } from '../connection/host-connection.js';
import type { InputMessage } from '../connection/secure-session.js';
import { READY_STATUS } from '../connection/test-host.js';
import type { SequenceNumbers } from './discrete-outbox.js';
import { ManualTimers } from '../test-support/manual-timers.js';
import { type InputWarning, MODIFIER_HOLD_MS, PhoneInput } from './phone-input.js';

const DEVICE = 'c'.repeat(32);
const click = { type: 'button', button: 'left', action: 'click' } as const;

const connected = (changes: Partial<StatusMessage> = {}): ConnectionState => ({
  phase: 'connected',
  status: { ...(READY_STATUS as StatusMessage), ...changes },
  deviceId: DEVICE,
});
const PAUSED = connected({ paused: true });
const OTHER_IN_CONTROL = connected({ control: { mode: 'exclusive', youControl: false, controllerName: 'iPad' } });

function setup() {
  const wire = { ready: false, sent: [] as InputMessage[] };
  const clock = new ManualTimers();
  const numbers = new Map<string, number>();
  const sequences: SequenceNumbers = {
    next: (deviceId) => numbers.get(deviceId) ?? 1,
    save: (deviceId, next) => void numbers.set(deviceId, next),
  };
  const warnings: InputWarning[] = [];
  let changes = 0;
  const input = new PhoneInput(
    { isReady: () => wire.ready, bufferedAmount: () => 0, send: (message) => wire.sent.push(message) },
    sequences,
    { now: clock.now, setTimer: clock.setTimer, clearTimer: clock.clearTimer },
    { changed: () => (changes += 1), warned: (warning) => warnings.push(warning) },
  );
  /** The host's side of a session start: status, then the ack of what it handled. */
  const connect = (handled = 0, state = connected()) => {
    wire.ready = true;
    input.connectionChanged(state);
    input.acknowledged(handled);
  };
  const drop = () => {
    wire.ready = false;
    input.connectionChanged({ phase: 'reconnecting' });
  };
  const advance = (ms: number) => clock.advance(ms);
  const types = () => wire.sent.map((message) => ('seq' in message ? `${message.type}#${message.seq}` : message.type));
  return { input, wire, clock, warnings, connect, drop, advance, types, changes: () => changes };
}

describe('PhoneInput: discrete input', () => {
  it('queues clicks until the first session is synced, then sends them numbered', () => {
    const { input, connect, types } = setup();
    input.connectionChanged({ phase: 'connecting' });
    input.sendDiscrete(click);
    expect(types()).toEqual([]);
    connect();
    input.sendDiscrete(click);
    expect(types()).toEqual(['button#1', 'button#2']);
  });

  it('resends unacknowledged clicks after a reconnect, and keeps clicks made while reconnecting', () => {
    const { input, wire, connect, drop, types } = setup();
    connect();
    input.sendDiscrete(click);
    input.sendDiscrete(click);
    drop();
    input.sendDiscrete(click);
    wire.sent.length = 0;
    connect(1);
    expect(types()).toEqual(['button#2', 'button#3']);
    expect(input.pendingCount).toBe(2);
    input.acknowledged(3);
    expect(input.pendingCount).toBe(0);
  });

  it('neither sends nor keeps input while paused, and forgets what was waiting', () => {
    const { input, wire, connect, drop, types } = setup();
    connect();
    drop();
    input.sendDiscrete(click);
    wire.ready = true;
    input.connectionChanged(PAUSED);
    input.acknowledged(0);
    input.sendDiscrete(click);
    input.sendMotion({ type: 'move', dx: 1, dy: 1 });
    expect(types()).toEqual([]);
    expect(input.acceptsInput()).toBe(false);
    expect(input.canSendMotion()).toBe(false);

    input.connectionChanged(connected());
    input.sendDiscrete(click);
    expect(types()).toEqual(['button#1']);
  });

  it('sends nothing while another phone is in control', () => {
    const { input, connect, types } = setup();
    connect(0, OTHER_IN_CONTROL);
    input.sendDiscrete(click);
    input.sendMotion({ type: 'move', dx: 1, dy: 1 });
    expect(types()).toEqual([]);
    input.connectionChanged(connected({ control: { mode: 'exclusive', youControl: true } }));
    input.sendDiscrete(click);
    input.sendMotion({ type: 'move', dx: 1, dy: 1 });
    expect(types()).toEqual(['button#1', 'move']);
  });

  it('drops everything waiting once the connection stops for good', () => {
    const { input, connect, drop, types } = setup();
    connect();
    drop();
    input.sendDiscrete(click);
    input.connectionChanged({ phase: 'stopped', reason: { kind: 'credential-rejected', errorCode: null } });
    expect(input.pendingCount).toBe(0);
    input.sendDiscrete(click);
    expect(input.pendingCount).toBe(0);
    expect(types()).toEqual([]);
  });
});

describe('PhoneInput: motion', () => {
  it('sends motion only while a session is open and the socket ready, and never keeps it', () => {
    const { input, wire, connect, drop, types } = setup();
    input.sendMotion({ type: 'move', dx: 1, dy: 0 });
    connect();
    input.sendMotion({ type: 'scroll', dx: 0, dy: 1 });
    wire.ready = false;
    input.sendMotion({ type: 'move', dx: 1, dy: 0 });
    drop();
    connect();
    expect(types()).toEqual(['scroll']);
  });
});

describe('PhoneInput: the Ctrl toggle', () => {
  it('presses and releases Ctrl as numbered modifier messages', () => {
    const { input, wire, connect } = setup();
    connect();
    input.toggleModifier('Control');
    expect(input.isHeld('Control')).toBe(true);
    input.toggleModifier('Control');
    expect(input.isHeld('Control')).toBe(false);
    expect(wire.sent).toEqual([
      { type: 'modifier', seq: 1, key: 'Control', action: 'down' },
      { type: 'modifier', seq: 2, key: 'Control', action: 'up' },
    ]);
  });

  it('shows Ctrl released after a drop, says so, and does not press it again on reconnect', () => {
    const { input, wire, warnings, connect, drop, changes } = setup();
    connect();
    input.toggleModifier('Control');
    const before = changes();
    drop();
    expect(input.isHeld('Control')).toBe(false);
    expect(changes()).toBeGreaterThan(before);
    expect(warnings).toEqual([{ kind: 'held-keys-released', keys: ['Control'], droppedInputs: 0 }]);
    wire.sent.length = 0;
    connect(0);
    expect(wire.sent).toEqual([]);
  });

  it('drops a Ctrl+click the host did not get, rather than replaying it as a plain click', () => {
    const { input, wire, warnings, connect, drop } = setup();
    connect();
    input.toggleModifier('Control');
    input.sendDiscrete(click);
    input.acknowledged(1);
    drop();
    expect(warnings).toEqual([{ kind: 'held-keys-released', keys: ['Control'], droppedInputs: 1 }]);
    wire.sent.length = 0;
    connect(1);
    expect(wire.sent).toEqual([]);
  });

  it('says nothing about keys when none was held', () => {
    const { input, warnings, connect, drop } = setup();
    connect();
    input.sendDiscrete(click);
    drop();
    expect(warnings).toEqual([]);
  });

  it('cannot be pressed while paused, and pausing lets it go without a warning', () => {
    const { input, wire, warnings, connect } = setup();
    connect();
    input.toggleModifier('Control');
    input.connectionChanged(PAUSED);
    expect(input.isHeld('Control')).toBe(false);
    input.toggleModifier('Control');
    expect(input.isHeld('Control')).toBe(false);
    expect(wire.sent).toHaveLength(1);
    expect(warnings).toEqual([]);
  });

  it('lets Ctrl go just before the host would, after a long time without other input', () => {
    const { input, wire, advance, connect } = setup();
    connect();
    input.toggleModifier('Control');
    advance(MODIFIER_HOLD_MS - 5000);
    input.sendMotion({ type: 'move', dx: 1, dy: 0 });
    advance(MODIFIER_HOLD_MS - 1);
    expect(input.isHeld('Control')).toBe(true);
    advance(1);
    expect(input.isHeld('Control')).toBe(false);
    expect(wire.sent.at(-1)).toEqual({ type: 'modifier', seq: 2, key: 'Control', action: 'up' });
  });
});

describe('PhoneInput: keys, text and the keyboard’s modifiers', () => {
  it('arms a modifier without a message and spends it on the next key as one chord', () => {
    const { input, wire, connect, changes } = setup();
    connect();
    const before = changes();
    input.tapModifier('Control');
    expect(wire.sent).toEqual([]);
    expect(input.modifierState('Control')).toBe('armed');
    expect(changes()).toBeGreaterThan(before);
    input.pressKey('KeyC');
    input.pressKey('KeyC');
    expect(wire.sent).toEqual([
      { type: 'key', seq: 1, key: 'KeyC', modifiers: ['Control'] },
      { type: 'key', seq: 2, key: 'KeyC', modifiers: [] },
    ]);
  });

  it('holds a locked modifier on the host, names it in each chord, and lets go on a tap', () => {
    const { input, wire, connect } = setup();
    connect();
    input.lockModifier('Alt');
    input.pressKey('Tab');
    input.pressKey('Tab', ['Shift']);
    input.tapModifier('Alt');
    expect(wire.sent).toEqual([
      { type: 'modifier', seq: 1, key: 'Alt', action: 'down' },
      { type: 'key', seq: 2, key: 'Tab', modifiers: ['Alt'] },
      { type: 'key', seq: 3, key: 'Tab', modifiers: ['Alt', 'Shift'] },
      { type: 'modifier', seq: 4, key: 'Alt', action: 'up' },
    ]);
    expect(input.modifierState('Alt')).toBe('off');
  });

  it('lets a locked modifier go before the host would, like the trackpad’s Ctrl', () => {
    const { input, wire, advance, connect } = setup();
    connect();
    input.lockModifier('Shift');
    advance(MODIFIER_HOLD_MS);
    expect(input.modifierState('Shift')).toBe('off');
    expect(wire.sent.at(-1)).toEqual({ type: 'modifier', seq: 2, key: 'Shift', action: 'up' });
  });

  it('lets go of held modifiers on the host when asked (the presenter), and keeps armed ones armed', () => {
    const { input, wire, connect } = setup();
    connect();
    input.toggleModifier('Control');
    input.tapModifier('Shift');
    input.letGoOfModifiers();
    expect(wire.sent).toEqual([
      { type: 'modifier', seq: 1, key: 'Control', action: 'down' },
      { type: 'modifier', seq: 2, key: 'Control', action: 'up' },
    ]);
    expect(input.modifierState('Control')).toBe('off');
    expect(input.modifierState('Shift')).toBe('armed');
    input.letGoOfModifiers();
    expect(wire.sent).toHaveLength(2);
  });

  it('keeps an armed modifier across a dropped connection (the host never held it)', () => {
    const { input, connect, drop, warnings } = setup();
    connect();
    input.tapModifier('Meta');
    drop();
    expect(input.modifierState('Meta')).toBe('armed');
    expect(warnings).toEqual([]);
  });

  it('drops armed modifiers when the desktop pauses, and neither arms nor presses while paused', () => {
    const { input, wire, connect } = setup();
    connect();
    input.tapModifier('Control');
    input.connectionChanged(PAUSED);
    expect(input.modifierState('Control')).toBe('off');
    input.tapModifier('Control');
    input.lockModifier('Shift');
    input.pressKey('Escape');
    input.typeText('x');
    expect(input.activeModifiers()).toEqual([]);
    expect(wire.sent).toEqual([]);
  });

  it('sends text in pieces that fit a message, and nothing for empty text', () => {
    const { input, wire, connect } = setup();
    connect();
    input.typeText('');
    input.typeText('a'.repeat(1001));
    expect(wire.sent).toEqual([
      { type: 'text', seq: 1, text: 'a'.repeat(1000) },
      { type: 'text', seq: 2, text: 'a' },
    ]);
  });

  it('drops a key pressed while a modifier was held when the connection drops before it went out', () => {
    const { input, wire, warnings, connect, drop } = setup();
    connect();
    input.lockModifier('Control');
    input.acknowledged(1);
    drop();
    input.pressKey('KeyV');
    wire.sent.length = 0;
    connect(1);
    // Pressed after the drop: Ctrl was released by then, so this is a plain V and goes out.
    expect(wire.sent).toEqual([{ type: 'key', seq: 2, key: 'KeyV', modifiers: [] }]);
    expect(warnings).toEqual([{ kind: 'held-keys-released', keys: ['Control'], droppedInputs: 0 }]);
  });
});
