/**
 * XKB key symbol maps on the wire (XkbGetMap replies, XkbSetMap requests: the KeySymMap list of
 * the XKB protocol), for changing many scattered keycodes in one request.
 *
 * The core ChangeKeyboardMapping changes one contiguous range, and the spare keycodes are
 * scattered among the layout's keys: remapping N of them took N requests, and every X client
 * (the window manager, panels, the applications) re-reads its keymap on each of the N
 * MappingNotify events they cause (openbox: about 20 ms of CPU each, measured). XkbSetMap also
 * takes one range, but in XKB's own form, so the layout's keys inside it can be sent back exactly
 * as XkbGetMap gave them (types, groups, symbols): one request, one notification, and nothing of
 * the layout changed.
 */

/** One key's entry, as XkbGetMap returns it and XkbSetMap takes it: 8 bytes, then 4 per keysym. */
export type KeySymMap = Buffer;

/** The canonical TWO_LEVEL key type: every XKB keymap has it at this index. */
const TWO_LEVEL = 1;

/** What XkbGetMap reports for a keycode with no symbols at all. */
export function emptyKeySymMap(): KeySymMap {
  return Buffer.alloc(8);
}

/** One group, both levels `keysym`: Shift does not change what the key types, nor does the group. */
export function keySymMapFor(keysym: number): KeySymMap {
  if (keysym === 0) return emptyKeySymMap();
  const entry = Buffer.alloc(16);
  entry.writeUInt8(TWO_LEVEL, 0); // ktIndex of group 1; the other three unused
  entry.writeUInt8(1, 4); // groupInfo: one group, wrap
  entry.writeUInt8(2, 5); // width: levels per group
  entry.writeUInt16LE(2, 6); // nSyms
  entry.writeUInt32LE(keysym >>> 0, 8);
  entry.writeUInt32LE(keysym >>> 0, 12);
  return entry;
}

export interface KeySymMapsReply {
  readonly minKeyCode: number;
  readonly maxKeyCode: number;
  readonly firstKeySym: number;
  readonly maps: readonly KeySymMap[];
}

/**
 * An XkbGetMap reply asked for key symbols only, from its 9th byte on (the part after the
 * generic reply header, as the `x11` package hands it over).
 */
export function parseKeySymMapsReply(body: Buffer): KeySymMapsReply {
  const minKeyCode = body.readUInt8(2);
  const maxKeyCode = body.readUInt8(3);
  const firstKeySym = body.readUInt8(9);
  const nKeySyms = body.readUInt8(12);
  const maps: KeySymMap[] = [];
  let offset = 32;
  for (let i = 0; i < nKeySyms; i++) {
    const end = offset + 8 + 4 * body.readUInt16LE(offset + 6);
    if (end > body.length) throw new Error('XkbGetMap reply is shorter than its key symbol maps');
    maps.push(Buffer.from(body.subarray(offset, end)));
    offset = end;
  }
  return { minKeyCode, maxKeyCode, firstKeySym, maps };
}

/** An XkbGetMap request for the key symbol maps of keycodes [first, first + count). */
export function getKeySymMapsRequest(majorOpcode: number, first: number, count: number): Buffer {
  const request = Buffer.alloc(28);
  request.writeUInt8(majorOpcode, 0);
  request.writeUInt8(8, 1); // X_kbGetMap
  request.writeUInt16LE(7, 2); // length in 4-byte units
  request.writeUInt16LE(USE_CORE_KEYBOARD, 4);
  request.writeUInt16LE(0, 6); // full
  request.writeUInt16LE(KEY_SYMS_MASK, 8); // partial
  request.writeUInt8(first, 12);
  request.writeUInt8(count, 13);
  return request;
}

/**
 * An XkbSetMap request that replaces the key symbol maps from `first` on with `maps`, and
 * nothing else: no key type is resized and no action recomputed.
 */
export function setKeySymMapsRequest(majorOpcode: number, reply: Pick<KeySymMapsReply, 'minKeyCode' | 'maxKeyCode'>, first: number, maps: readonly KeySymMap[]): Buffer {
  const body = Buffer.concat(maps);
  const totalSyms = maps.reduce((sum, map) => sum + map.readUInt16LE(6), 0);
  const header = Buffer.alloc(36);
  header.writeUInt8(majorOpcode, 0);
  header.writeUInt8(9, 1); // X_kbSetMap
  header.writeUInt16LE((header.length + body.length) / 4, 2);
  header.writeUInt16LE(USE_CORE_KEYBOARD, 4);
  header.writeUInt16LE(KEY_SYMS_MASK, 6); // present
  header.writeUInt16LE(0, 8); // flags
  header.writeUInt8(reply.minKeyCode, 10);
  header.writeUInt8(reply.maxKeyCode, 11);
  header.writeUInt8(first, 14);
  header.writeUInt8(maps.length, 15);
  header.writeUInt16LE(totalSyms, 16);
  return Buffer.concat([header, body]);
}

const USE_CORE_KEYBOARD = 0x100;
const KEY_SYMS_MASK = 1 << 1;
