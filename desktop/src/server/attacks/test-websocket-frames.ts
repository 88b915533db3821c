/**
 * Reads WebSocket frames (RFC 6455) out of one direction of a captured TCP stream, as an
 * eavesdropper would. A browser masks what it sends with a fresh key per frame; the mask hides
 * nothing, since the key travels in the frame, but a search over raw bytes would miss
 * plaintext behind it. So the payloads come out unmasked.
 */
export interface WebSocketFrame {
  readonly opcode: number;
  readonly payload: Buffer;
}

export function websocketFrames(stream: Buffer): WebSocketFrame[] {
  const headEnd = stream.indexOf('\r\n\r\n');
  if (headEnd < 0) return [];
  const frames: WebSocketFrame[] = [];
  let at = headEnd + 4;
  while (at + 2 <= stream.length) {
    const opcode = stream[at]! & 0x0f;
    const masked = (stream[at + 1]! & 0x80) !== 0;
    let length = stream[at + 1]! & 0x7f;
    at += 2;
    if (length === 126) {
      length = stream.readUInt16BE(at);
      at += 2;
    } else if (length === 127) {
      length = Number(stream.readBigUInt64BE(at));
      at += 8;
    }
    const mask = masked ? stream.subarray(at, at + 4) : undefined;
    if (masked) at += 4;
    const payload = Buffer.from(stream.subarray(at, at + length));
    if (mask) for (let i = 0; i < payload.length; i++) payload[i]! ^= mask[i % 4]!;
    frames.push({ opcode, payload });
    at += length;
  }
  return frames;
}
