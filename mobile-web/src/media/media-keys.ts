import type { MediaKey } from '@touchdesk/shared';

/**
 * The media mode's buttons, in the order they are laid out: transport on the first row,
 * volume on the second. Each presses one media key on the desktop, which sends it to whatever
 * is playing, whichever window has the focus.
 */
export const MEDIA_ROWS: readonly (readonly MediaKey[])[] = [
  ['MediaTrackPrevious', 'MediaPlayPause', 'MediaTrackNext'],
  ['AudioVolumeDown', 'AudioVolumeMute', 'AudioVolumeUp'],
];

