import { LIMITS, type PlainSlideCommand } from '@touchdesk/shared';

/** The buttons under the stage, in the order shown. Next and Previous are the stage itself. */
export const PRESENTER_BUTTONS = ['start', 'start-here', 'end', 'first', 'black', 'white'] as const satisfies readonly PlainSlideCommand[];
export type PresenterButton = (typeof PRESENTER_BUTTONS)[number];

/** The slide number typed in the "go to" field, or null when it is none the host would take. */
export function parseSlideNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[0-9]+$/.test(trimmed)) return null;
  const slide = Number(trimmed);
  return slide >= 1 && slide <= LIMITS.maxSlideNumber ? slide : null;
}
