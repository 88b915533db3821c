/**
 * The slide preview and the laser pointer, as far as the protocol goes: what a preview frame
 * may carry, and why the desktop may send none.
 */

/**
 * Why a phone that asked for previews gets none: the user turned previews off on the desktop
 * (privacy, decided there), or this desktop cannot capture its screen (no X11 display).
 */
export const PREVIEW_PROBLEMS = ['off-on-desktop', 'no-screen-capture'] as const;
export type PreviewProblem = (typeof PREVIEW_PROBLEMS)[number];

export const PREVIEW_LIMITS = {
  /**
   * A preview is one JPEG, as base64 text. 60,000 characters are 45,000 bytes of JPEG: a 480-px
   * wide slide at usable quality takes a third of that. With the JSON around it and the seal, a
   * frame stays under LIMITS.maxHostFrameBytes.
   */
  maxBase64Length: 60_000,
  /** Thumbnail sides, in pixels; the phone shows it a few hundred CSS pixels wide. */
  maxSide: 1024,
} as const;
