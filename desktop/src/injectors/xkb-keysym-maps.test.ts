import { describe, expect, it } from 'vitest';
import { emptyKeySymMap, getKeySymMapsRequest, keySymMapFor, parseKeySymMapsReply, setKeySymMapsRequest } from './xkb-keysym-maps.js';

/** A layout key as XkbGetMap gives it: `less greater bar brokenbar`, four levels, type 20. */
function layoutKey(): Buffer {
  const entry = Buffer.alloc(8 + 16);
  entry.writeUInt8(20, 0);
  entry.writeUInt8(1, 4);
  entry.writeUInt8(4, 5);
  entry.writeUInt16LE(4, 6);
  [0x3c, 0x3e, 0x7c, 0xa6].forEach((keysym, i) => entry.writeUInt32LE(keysym, 8 + 4 * i));
  return entry;
}

/** The body of an XkbGetMap reply (after the 8-byte reply header) holding key symbol maps. */
function replyBody(firstKeySym: number, maps: Buffer[]): Buffer {
  const header = Buffer.alloc(32);
  header.writeUInt8(8, 2); // minKeyCode
  header.writeUInt8(255, 3); // maxKeyCode
  header.writeUInt16LE(2, 4); // present: key symbols
  header.writeUInt8(firstKeySym, 9);
  header.writeUInt16LE(maps.reduce((sum, m) => sum + m.readUInt16LE(6), 0), 10);
  header.writeUInt8(maps.length, 12);
  return Buffer.concat([header, ...maps]);
}

describe('key symbol maps', () => {
  it('maps a keysym to both levels of one group of the TWO_LEVEL type', () => {
    const entry = keySymMapFor(0x01004e2d);
    expect([...entry.subarray(0, 8)]).toEqual([1, 0, 0, 0, 1, 2, 2, 0]);
    expect([entry.readUInt32LE(8), entry.readUInt32LE(12)]).toEqual([0x01004e2d, 0x01004e2d]);
    expect(keySymMapFor(0)).toEqual(emptyKeySymMap());
    expect(emptyKeySymMap()).toEqual(Buffer.alloc(8));
  });

  it('reads the key symbol maps of an XkbGetMap reply, each as it came', () => {
    const maps = [layoutKey(), emptyKeySymMap(), keySymMapFor(0x61)];
    const reply = parseKeySymMapsReply(replyBody(94, maps));
    expect(reply).toMatchObject({ minKeyCode: 8, maxKeyCode: 255, firstKeySym: 94 });
    expect(reply.maps).toEqual(maps);
  });

  it('refuses a reply cut short', () => {
    const body = replyBody(94, [layoutKey()]);
    expect(() => parseKeySymMapsReply(body.subarray(0, body.length - 4))).toThrow(/shorter/);
  });

  it('asks for key symbols only, of the given keycodes', () => {
    const request = getKeySymMapsRequest(135, 93, 156);
    expect(request.length).toBe(28);
    expect([request[0], request[1], request.readUInt16LE(2)]).toEqual([135, 8, 7]);
    expect([request.readUInt16LE(4), request.readUInt16LE(6), request.readUInt16LE(8)]).toEqual([0x100, 0, 2]);
    expect([request[12], request[13]]).toEqual([93, 156]);
  });

  it('sets key symbols only, sending the layout keys in between back unchanged', () => {
    const maps = [keySymMapFor(0x01004e2d), layoutKey(), emptyKeySymMap()];
    const request = setKeySymMapsRequest(135, { minKeyCode: 8, maxKeyCode: 255 }, 93, maps);
    const body = Buffer.concat(maps);
    expect(request.length).toBe(36 + body.length);
    expect([request[0], request[1], request.readUInt16LE(2) * 4]).toEqual([135, 9, request.length]);
    // Device, present = key symbols, flags = none (no type resized, no action recomputed).
    expect([request.readUInt16LE(4), request.readUInt16LE(6), request.readUInt16LE(8)]).toEqual([0x100, 2, 0]);
    expect([request[10], request[11], request[14], request[15], request.readUInt16LE(16)]).toEqual([8, 255, 93, 3, 2 + 4 + 0]);
    expect(request.subarray(36)).toEqual(body);
  });
});
