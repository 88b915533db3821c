import * as v from 'valibot';
import { ERROR_CODES } from './errors.js';
import { INJECTION_PROBLEMS } from './injection-status.js';
import { BUTTON_ACTIONS, KEY_ACTIONS, MODIFIER_KEYS, NAMED_KEYS, POINTER_BUTTONS } from './keys.js';
import { LIMITS } from './limits.js';
import { PLAIN_SLIDE_COMMANDS, PRESENTER_CHOICES, PRESENTER_PROFILES } from './presenter.js';
import { PREVIEW_LIMITS, PREVIEW_PROBLEMS } from './preview.js';

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
/** A point on the desktop's screen as a fraction of its width or height: 0 is the left or top edge. */
const screenFraction = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));
const previewSide = v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(PREVIEW_LIMITS.maxSide));

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
  /** This phone wants the slide preview (on), or no more of it (off). */
  v.strictObject({
    type: v.literal('preview'),
    on: v.boolean(),
  }),
  /**
   * The laser pointer: the cursor goes to this point of the screen, absolutely, while a finger
   * is held on the preview. Motion: the latest counts, a lost one is no loss.
   */
  v.strictObject({
    type: v.literal('pointer'),
    x: screenFraction,
    y: screenFraction,
  }),
  /** The finger left the preview: the laser pointer (and the desktop's spotlight) ends. */
  v.strictObject({
    type: v.literal('pointer-end'),
  }),
  /** A command to the slide show: the host presses the foreground slide program's keys for it. */
  v.variant('command', [
    v.strictObject({ type: v.literal('slide'), seq, command: v.picklist(PLAIN_SLIDE_COMMANDS) }),
    v.strictObject({
      type: v.literal('slide'),
      seq,
      command: v.literal('goto'),
      /** Counted from 1, as slide programs number their slides. */
      slide: v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(LIMITS.maxSlideNumber)),
    }),
  ]),
  /** Which slide program's keys to use: the user's override, or `auto` to follow the foreground app. */
  v.strictObject({
    type: v.literal('presenter-app'),
    choice: v.picklist(PRESENTER_CHOICES),
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
  /** The presentation screen as it looks now, sent when it changed; `seq` counts frames per host. */
  v.strictObject({
    type: v.literal('preview'),
    seq: counter,
    width: previewSide,
    height: previewSide,
    jpegBase64: v.pipe(v.string(), v.maxLength(PREVIEW_LIMITS.maxBase64Length), v.base64()),
  }),
  /** The phone asked for previews and will get none, for this reason. */
  v.strictObject({
    type: v.literal('preview-unavailable'),
    problem: v.picklist(PREVIEW_PROBLEMS),
  }),
  /**
   * The application in front on the desktop, sent when it changes: `app` is absent when the
   * desktop cannot tell (no X11), and `profile` is the slide program whose keys are used while
   * the phone leaves the choice on `auto`.
   */
  v.strictObject({
    type: v.literal('foreground'),
    app: v.optional(boundedText(LIMITS.maxAppNameLength)),
    title: v.optional(boundedText(LIMITS.maxWindowTitleLength)),
    profile: v.picklist(PRESENTER_PROFILES),
  }),
]);

export type ClientMessage = v.InferOutput<typeof clientMessageSchema>;
export type HostMessage = v.InferOutput<typeof hostMessageSchema>;
export type ClientMessageType = ClientMessage['type'];
export type HostMessageType = HostMessage['type'];
