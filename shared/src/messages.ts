import * as v from 'valibot';
import { ERROR_CODES } from './errors.js';
import { INJECTION_PROBLEMS } from './injection-status.js';
import { BUTTON_ACTIONS, MODIFIER_KEYS, NAMED_KEYS, POINTER_BUTTONS } from './keys.js';
import { LIMITS } from './limits.js';

/**
 * Every message as a schema: the one description from which both the TypeScript types and the
 * runtime checks come, so the two cannot drift apart.
 */
const delta = (max: number) => v.pipe(v.number(), v.finite(), v.minValue(-max), v.maxValue(max));
const boundedText = (max: number) => v.pipe(v.string(), v.maxLength(max));
const counter = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

export const clientMessageSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('hello'),
    version: counter,
    token: v.pipe(boundedText(LIMITS.maxTokenLength), v.minLength(1)),
    deviceName: boundedText(LIMITS.maxDeviceNameLength),
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
    button: v.picklist(POINTER_BUTTONS),
    action: v.picklist(BUTTON_ACTIONS),
  }),
  v.strictObject({
    type: v.literal('key'),
    key: v.picklist(NAMED_KEYS),
    modifiers: v.pipe(v.array(v.picklist(MODIFIER_KEYS)), v.maxLength(LIMITS.maxModifiers)),
  }),
  v.strictObject({
    type: v.literal('ping'),
    id: counter,
  }),
]);

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
    type: v.literal('status'),
    version: counter,
    hostName: boundedText(LIMITS.maxDeviceNameLength),
    phonesConnected: counter,
    injection: injectionStatusSchema,
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
