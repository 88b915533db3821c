import * as v from 'valibot';
import { type Parsed, protocolError } from './errors.js';
import { LIMITS } from './limits.js';
import { PROTOCOL_VERSION } from './protocol-version.js';
import { type ClientMessage, clientMessageSchema, type HostMessage, hostMessageSchema } from './messages.js';

type Schema<T> = v.GenericSchema<unknown, T>;

/**
 * The edge: a frame off the network is `unknown` until this says otherwise. It never throws,
 * whatever it is given; a refusal is a coded error the caller sends back.
 */
function parseFrame<T extends { type: string }>(
  frame: unknown,
  schema: Schema<T>,
  knownTypes: ReadonlySet<string>,
  maxBytes: number,
): Parsed<T> {
  if (typeof frame !== 'string') return protocolError('bad-message', 'Frames are JSON text.');
  // Counted in UTF-16 units, which never undercounts bytes by more than 3x; the transport
  // enforces the exact byte limit before this is reached.
  if (frame.length > maxBytes) {
    return protocolError('frame-too-large', `Frames are at most ${maxBytes} bytes.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(frame);
  } catch {
    return protocolError('bad-json', 'The frame is not valid JSON.');
  }
  return parseMessage(value, schema, knownTypes);
}

function parseMessage<T extends { type: string }>(
  value: unknown,
  schema: Schema<T>,
  knownTypes: ReadonlySet<string>,
): Parsed<T> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return protocolError('bad-message', 'A message is a JSON object.');
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !knownTypes.has(type)) {
    return protocolError('unknown-type', 'The message type is not one this version knows.');
  }
  // A page left open from an older version must hear "reload", not "bad message": its hello
  // may not even have today's shape, so the version is read before the shape is checked.
  const version = (value as { version?: unknown }).version;
  if (type === 'hello' && typeof version === 'number' && version !== PROTOCOL_VERSION) {
    return protocolError('version-mismatch', `This side speaks protocol version ${PROTOCOL_VERSION}, not ${version}.`);
  }
  const result = v.safeParse(schema, value);
  if (result.success) return { ok: true, value: result.output };
  const issue = result.issues[0];
  const field = issue.path?.map((item) => String(item.key)).join('.') ?? 'message';
  return protocolError('bad-message', `Field "${field}" of "${type}": ${issue.message}`);
}

/** A variant's options; one may be a variant itself, on a second key (`slide`, by `command`). */
type TypedOption = { entries: { type: { literal: string } } } | { options: readonly TypedOption[] };

function typesOf(schema: { options: readonly TypedOption[] }): Set<string> {
  return new Set(schema.options.flatMap((option) => ('options' in option ? [...typesOf(option)] : [option.entries.type.literal])));
}

const clientTypes = typesOf(clientMessageSchema);
const hostTypes = typesOf(hostMessageSchema);

/** A frame from a phone, as the host reads it. */
export function parseClientFrame(frame: unknown): Parsed<ClientMessage> {
  return parseFrame(frame, clientMessageSchema, clientTypes, LIMITS.maxFrameBytes);
}

/** A frame from the host, as the phone reads it: larger than a phone's, for the slide preview. */
export function parseHostFrame(frame: unknown): Parsed<HostMessage> {
  return parseFrame(frame, hostMessageSchema, hostTypes, LIMITS.maxHostFrameBytes);
}
