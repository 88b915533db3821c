/**
 * Where the characters of a string end, as a person counts characters: "👍🏽", "🇨🇳" and "é"
 * written as e + U+0301 are one character each, though they take two to eight UTF-16 units.
 * The keyboard counts Backspaces and cuts long text at these boundaries.
 *
 * Returned as UTF-16 offsets, ascending, starting with 0 and ending with `text.length`
 * (just `[0]` for the empty string).
 */
export type GraphemeBoundaries = (text: string) => readonly number[];

/** The part of `Intl.Segmenter` this needs; iOS before 14.5 and Chrome before 87 lack it. */
interface SegmenterConstructor {
  new (locale?: string, options?: { granularity: 'grapheme' }): { segment(text: string): Iterable<{ index: number }> };
}

/**
 * `Intl.Segmenter` where the engine has it; otherwise code points, kept together with what
 * visibly belongs to them (combining marks, variation selectors, emoji skin tones, zero-width
 * joiners and what they join, regional-indicator pairs), which covers what phone keyboards type.
 */
export function graphemeBoundaries(segmenter: SegmenterConstructor | undefined = availableSegmenter()): GraphemeBoundaries {
  if (segmenter === undefined) return approximateBoundaries;
  const instance = new segmenter(undefined, { granularity: 'grapheme' });
  return (text) => {
    const boundaries = [0];
    for (const segment of instance.segment(text)) {
      if (segment.index > 0) boundaries.push(segment.index);
    }
    if (text.length > 0) boundaries.push(text.length);
    return boundaries;
  };
}

function availableSegmenter(): SegmenterConstructor | undefined {
  const intl = typeof Intl === 'object' ? (Intl as { Segmenter?: SegmenterConstructor }) : undefined;
  return intl?.Segmenter;
}

const ZERO_WIDTH_JOINER = 0x200d;
/** Combining marks (accents, Indic vowel signs, variation selectors). */
const MARK = /\p{M}/u;

function isSkinTone(codePoint: number): boolean {
  return codePoint >= 0x1f3fb && codePoint <= 0x1f3ff;
}

function isRegionalIndicator(codePoint: number): boolean {
  return codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff;
}

/** The fallback: code points, with the usual extensions attached to the one before. */
export function approximateBoundaries(text: string): readonly number[] {
  const boundaries = [0];
  let previous = -1;
  let regionalRun = 0;
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    const extends_ =
      index > 0 &&
      (MARK.test(String.fromCodePoint(codePoint)) ||
        codePoint === ZERO_WIDTH_JOINER ||
        previous === ZERO_WIDTH_JOINER ||
        isSkinTone(codePoint) ||
        (isRegionalIndicator(codePoint) && regionalRun % 2 === 1));
    regionalRun = isRegionalIndicator(codePoint) ? regionalRun + 1 : 0;
    if (!extends_ && index > 0) boundaries.push(index);
    previous = codePoint;
    index += width;
  }
  if (text.length > 0) boundaries.push(text.length);
  return boundaries;
}
