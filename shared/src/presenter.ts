/**
 * The presenter's vocabulary, defined once for both ends: the commands a phone can give a
 * slide show, and the slide programs whose keys the host knows. The host turns a command into
 * that program's keys; the phone only names the command.
 */

/** Commands that need no argument. `goto` carries the slide number and is listed apart. */
export const PLAIN_SLIDE_COMMANDS = ['next', 'previous', 'first', 'start', 'start-here', 'end', 'black', 'white'] as const;
export type PlainSlideCommand = (typeof PLAIN_SLIDE_COMMANDS)[number];

export const SLIDE_COMMANDS = [...PLAIN_SLIDE_COMMANDS, 'goto'] as const;
export type SlideCommand = (typeof SLIDE_COMMANDS)[number];

/**
 * Slide programs with keys of their own. `clicker` is what a hardware presenter remote does
 * (PageDown, PageUp and little else): the choice for an application TouchDesk does not know.
 */
export const PRESENTER_PROFILES = [
  'clicker',
  'powerpoint',
  'keynote',
  'impress',
  'google-slides',
  'evince',
  'okular',
  'acrobat',
  'macos-preview',
  /** Chromium's (and Firefox's) built-in PDF viewer. */
  'browser-pdf',
  'reveal',
] as const;
export type PresenterProfile = (typeof PRESENTER_PROFILES)[number];

/** What the phone asks the host to use: a profile, or whatever the foreground app calls for. */
export const PRESENTER_CHOICES = ['auto', ...PRESENTER_PROFILES] as const;
export type PresenterChoice = (typeof PRESENTER_CHOICES)[number];
