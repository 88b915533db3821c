import type { InjectionStatus, Language } from '@touchdesk/shared';
import { mainText } from './main-text.js';

export interface Warning {
  readonly title: string;
  readonly detail: string;
}

/**
 * On a Wayland session the compositor drops input from other programs, so the host runs but
 * cannot move anything. The panel says so too; this is said once at start, in a dialog, with
 * the way out (an X11 session), because someone who just installed TouchDesk expects it to work.
 */
export function waylandWarning(injection: InjectionStatus, language: Language): Warning | undefined {
  if (injection.state !== 'unavailable' || injection.problem !== 'wayland-only') return undefined;
  return { title: mainText(language, 'waylandTitle'), detail: mainText(language, 'waylandDetail') };
}
