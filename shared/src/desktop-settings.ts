import * as v from 'valibot';
import { CONTROL_MODES } from './panel-state.js';
import { LANGUAGES } from './user-text.js';

/**
 * What the user sets on the desktop and expects to find again after a restart, as a schema:
 * the settings file and the panel's changes are both untrusted JSON and are checked by it.
 * Pause is not among them on purpose: a host that came back paused would ignore every phone
 * for no visible reason.
 */

/** Below 1024 a port needs administrator rights on Linux and macOS. */
export const PORT_RANGE = { min: 1024, max: 65535 } as const;
/** Interface names are short everywhere (Linux caps them at 15 bytes, Windows' names are longer). */
const MAX_INTERFACE_NAME_LENGTH = 256;

export const POINTER_ACCELERATION_CHOICES = ['adaptive', 'flat'] as const;
/** 'auto' follows the language the desktop's browser or system prefers. */
export const LANGUAGE_CHOICES = ['auto', ...LANGUAGES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

const settingsEntries = {
  controlMode: v.picklist(CONTROL_MODES),
  /** The phone page's port; null: 47800, or any free port when that one is taken. */
  port: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(PORT_RANGE.min), v.maxValue(PORT_RANGE.max))),
  /** The interface whose address goes into the QR code; null: the one a phone most likely reaches. */
  networkInterface: v.nullable(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_INTERFACE_NAME_LENGTH))),
  /** Pointer speed (-1 slowest … 1 fastest, 0 the default) and whether fast strokes go further. */
  pointer: v.strictObject({
    speed: v.pipe(v.number(), v.finite(), v.minValue(-1), v.maxValue(1)),
    acceleration: v.picklist(POINTER_ACCELERATION_CHOICES),
  }),
  /** Content follows the fingers, as on the phone's own screen (the default); off, the fingers move the scroll bar. */
  naturalScrolling: v.boolean(),
  /** Whether phones may see a preview of the desktop's screen. */
  preview: v.boolean(),
  language: v.picklist(LANGUAGE_CHOICES),
};

export type DesktopSettings = { readonly [K in keyof typeof settingsEntries]: v.InferOutput<(typeof settingsEntries)[K]> };
export type SettingsChange = Partial<DesktopSettings>;

export const DEFAULT_DESKTOP_SETTINGS: DesktopSettings = {
  controlMode: 'shared',
  port: null,
  networkInterface: null,
  pointer: { speed: 0, acceleration: 'adaptive' },
  naturalScrolling: true,
  preview: true,
  language: 'auto',
};

/** A file written by an older version lacks newer keys: each takes its default. Unknown keys are ignored. */
const settingsFileSchema = v.object(
  Object.fromEntries(
    Object.entries(settingsEntries).map(([key, schema]) => [key, v.optional(schema, DEFAULT_DESKTOP_SETTINGS[key as keyof DesktopSettings])]),
  ) as { [K in keyof typeof settingsEntries]: v.OptionalSchema<(typeof settingsEntries)[K], DesktopSettings[K]> },
);

/** A change from the panel names only what it changes, and nothing the host does not know. */
const settingsChangeSchema = v.strictObject(
  Object.fromEntries(Object.entries(settingsEntries).map(([key, schema]) => [key, v.exactOptional(schema)])) as {
    [K in keyof typeof settingsEntries]: v.ExactOptionalSchema<(typeof settingsEntries)[K], undefined>;
  },
);

export type SettingsParsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

function parseWith<T>(schema: v.GenericSchema<unknown, T>, value: unknown): SettingsParsed<T> {
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return { ok: false, message: path ? `${path}: ${issue.message}` : issue.message };
}

/** The settings in a file a person may have edited. */
export function parseSettingsFile(value: unknown): SettingsParsed<DesktopSettings> {
  return parseWith(settingsFileSchema, value);
}

/** A change the panel asks for. */
export function parseSettingsChange(value: unknown): SettingsParsed<SettingsChange> {
  return parseWith(settingsChangeSchema, value);
}

/** Why the host refused a change of settings; the panel says each in the user's language. */
export const SETTINGS_ERROR_CODES = ['bad-settings', 'port-in-use', 'port-unavailable'] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

/** The body of a refusal from the panel's settings API. */
export interface SettingsRefusal {
  readonly error: SettingsErrorCode;
  readonly message: string;
}
