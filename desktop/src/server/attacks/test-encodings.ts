/**
 * Every way a secret could leak onto the wire by mistake: as text in the usual encodings, or as
 * bytes in the usual spellings. A search for all of them is what "nowhere on the wire" means.
 */
export interface Needle {
  readonly label: string;
  readonly bytes: Buffer;
}

export function textSpellings(label: string, text: string): Needle[] {
  const utf8 = Buffer.from(text, 'utf8');
  const percentAll = (hex: string) => hex.replace(/../g, (pair) => `%${pair}`);
  return dedupe([
    { label: `${label} as UTF-8`, bytes: utf8 },
    { label: `${label} as UTF-16LE`, bytes: Buffer.from(text, 'utf16le') },
    ...base64Alignments(utf8).map((base64) => ({ label: `${label} as base64 (${base64})`, bytes: Buffer.from(base64) })),
    { label: `${label} as lowercase hex`, bytes: Buffer.from(utf8.toString('hex')) },
    { label: `${label} as uppercase hex`, bytes: Buffer.from(utf8.toString('hex').toUpperCase()) },
    { label: `${label} URL-encoded`, bytes: Buffer.from(encodeURIComponent(text)) },
    { label: `${label} percent-encoded`, bytes: Buffer.from(percentAll(utf8.toString('hex'))) },
    { label: `${label} percent-encoded (uppercase)`, bytes: Buffer.from(percentAll(utf8.toString('hex').toUpperCase())) },
  ]);
}

export function byteSpellings(label: string, bytes: Uint8Array): Needle[] {
  const raw = Buffer.from(bytes);
  return [
    { label: `${label} raw`, bytes: raw },
    { label: `${label} as lowercase hex`, bytes: Buffer.from(raw.toString('hex')) },
    { label: `${label} as uppercase hex`, bytes: Buffer.from(raw.toString('hex').toUpperCase()) },
    ...base64Alignments(raw).map((base64) => ({ label: `${label} as base64 (${base64})`, bytes: Buffer.from(base64) })),
    { label: `${label} as base64url`, bytes: Buffer.from(raw.toString('base64url').replace(/=+$/, '')) },
  ];
}

/** The labels of the needles found in any haystack, with where. */
export function findNeedles(haystacks: readonly { label: string; bytes: Buffer }[], needles: readonly Needle[]): string[] {
  return needles.flatMap((needle) =>
    haystacks.filter((haystack) => haystack.bytes.includes(needle.bytes)).map((haystack) => `${needle.label} in ${haystack.label}`),
  );
}

/**
 * Base64 of the bytes as they would read inside a longer base64 text, for each of the three
 * positions they could start at: only the characters that depend on these bytes alone. Fewer
 * than 4 characters would match by chance (or, empty, everywhere), so those are left out.
 */
function base64Alignments(bytes: Buffer): string[] {
  return [0, 1, 2].flatMap((offset) => {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    const start = offset === 0 ? 0 : 4;
    const whole = offset === 0 ? bytes.length : bytes.length - (3 - offset);
    const aligned = encoded.slice(start, start + Math.floor(whole / 3) * 4);
    return aligned.length >= 4 ? [aligned] : [];
  });
}

function dedupe(needles: Needle[]): Needle[] {
  return needles.filter((needle, index) => needles.findIndex((other) => other.bytes.equals(needle.bytes)) === index);
}
