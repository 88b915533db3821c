import * as v from 'valibot';
import { ERROR_CODES } from './errors.js';
import { INJECTION_PROBLEMS } from './injection-status.js';
import { BUTTON_ACTIONS, KEY_ACTIONS, MODIFIER_KEYS, NAMED_KEYS, POINTER_BUTTONS } from './keys.js';
import { LIMITS } from './limits.js';

/**
 * Every message as a schema: the one description from which both the TypeScript types and the
 * runtime checks come, so the two cannot drift apart.
 */
const delta = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(-max), v.maxValue(max));
const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const counter = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/**
 * Discrete input is numbered per device from 1 upwards, across connections: the host injects
 * each number once, acknowledges the highest it has seen, and the phone resends what was not
 * acknowledged after a reconnect.
 */
const seq = v.pipe(v.number(), v.safeInteger(), v.minValue(1));
const hex = (bytes: number) => v.pipe(v.string(), v.regex(new RegExp(`^[0-9a-f]{${2 * bytes}}$`)));

/** Sizes of what the handshake carries, as raw bytes (they travel as lowercase hex). */
export const HANDSHAKE_SIZES = { pairingSecret: 20, nonce: 32, proof: 32, deviceId: 16, deviceKey: 32, secretId: 8 } as const;

export const clientMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('hello'),
    version: counter,
    phoneNonce: hex(HANDSHAKE_SIZES.nonce),
    credential: v.variant('kind', [
      v.strictObject({
        kind: v.literal('pairing'),
        deviceName: boundedText(LIMITS.maxDeviceNameLength),
        secretId: hex(HANDSHAKE_SIZES.secretId),
      }),
      v.strictObject({ kind: v.literal('device'), deviceId: hex(HANDSHAKE_SIZES.deviceId) }),
    ]),
  }),
  v.strictObject({
    type: v.literal('prove'),
    proof: hex(HANDSHAKE_SIZES.proof),
  }),
  v.strictObject({
    type: v.literal('move'),
    dx: delta(LIMITS.maxPointerDelta),
    dy: delta(LIMITS.maxPointerDelta),
  }),
  v.strictObject({
    type: v.literal('scroll'),
    dx: delta(LIMITS.maxScrollDelta),
    dy: delta(LIMITS.maxScrollDelta),
  }),
  v.strictObject({
    type: v.literal('button'),
    seq,
    button: v.picklist(POINTER_BUTTONS),
    action: v.picklist(BUTTON_ACTIONS),
  }),
  v.strictObject({
    type: v.literal('key'),
    seq,
    key: v.picklist(NAMED_KEYS),
    modifiers: v.pipe(v.array(v.picklist(MODIFIER_KEYS)), v.maxLength(LIMITS.maxModifiers)),
  }),
  v.strictObject({
    type: v.literal('modifier'),
    seq,
    key: v.picklist(MODIFIER_KEYS),
    action: v.picklist(KEY_ACTIONS),
  }),
  v.strictObject({
    type: v.literal('text'),
    seq,
    /** Typed exactly as given, whatever the desktop's keyboard layout. */
    text: v.pipe(v.string(), v.minLength(1), v.maxLength(LIMITS.maxTextLength)),
  }),
  v.strictObject({
    type: v.literal('take-control'),
  }),
  v.strictObject({
    type: v.literal('ping'),
    id: counter,
  }),
]);

/** Input that must arrive exactly once, across reconnects: it carries a sequence number. */
export type DiscreteInput = Extract<v.InferOutput<typeof clientMessageSchema>, { seq: number }>;

const injectionStatusSchema = v.variant('state', [
  v.strictObject({ state: v.literal('ready'), backend: boundedText(LIMITS.maxDeviceNameLength) }),
  v.strictObject({
    state: v.literal('unavailable'),
    problem: v.picklist(INJECTION_PROBLEMS),
    detail: boundedText(LIMITS.maxErrorMessageLength),
  }),
]);

export const hostMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('challenge'),
    hostNonce: hex(HANDSHAKE_SIZES.nonce),
  }),
  v.strictObject({
    type: v.literal('welcome'),
    proof: hex(HANDSHAKE_SIZES.proof),
  }),
  v.strictObject({
    type: v.literal('paired'),
    deviceId: hex(HANDSHAKE_SIZES.deviceId),
    deviceKey: hex(HANDSHAKE_SIZES.deviceKey),
  }),
  v.strictObject({
    type: v.literal('status'),
    version: counter,
    hostName: boundedText(LIMITS.maxDeviceNameLength),
    phonesConnected: counter,
    injection: injectionStatusSchema,
    /** The user paused all input on the desktop; the phone shows it and sends nothing. */
    paused: v.boolean(),
    control: v.variant('mode', [
      v.strictObject({ mode: v.literal('shared') }),
      v.strictObject({
        mode: v.literal('exclusive'),
        /** Whether this phone is the one in control; another may take over. */
        youControl: v.boolean(),
        controllerName: v.optional(boundedText(LIMITS.maxDeviceNameLength)),
      }),
    ]),
  }),
  v.strictObject({
    type: v.literal('ack'),
    /** Every discrete input up to and including this number has been handled. */
    seq: counter,
  }),
  v.strictObject({
    type: v.literal('error'),
    code: v.picklist(ERROR_CODES),
    message: boundedText(LIMITS.maxErrorMessageLength),
  }),
  v.strictObject({
    type: v.literal('pong'),
    id: counter,
  }),
]);

export type ClientMessage = v.InferOutput<typeof clientMessageSchema>;
export type HostMessage = v.InferOutput<typeof hostMessageSchema>;
export type ClientMessageType = ClientMessage['type'];
export type HostMessageType = HostMessage['type'];
