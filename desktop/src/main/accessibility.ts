import type { InjectionStatus } from '@touchdesk/shared';

/** System Settings → Privacy & Security → Accessibility, where macOS lists apps allowed to control the computer. */
export const ACCESSIBILITY_PANE_URL = 'x-apple.systempreferences:com.apple.preference.security?Privacy_Accessibility';

/**
 * macOS ignores injected input from an app the user has not allowed under Accessibility, and
 * says nothing. Checked before the host starts, so the phone and the panel can say what to do
 * instead of moving nothing. `isTrusted(true)` also puts TouchDesk in that list, switched off,
 * with the system's own prompt. Other systems need no permission: undefined.
 */
export function accessibilityProblem(platform: NodeJS.Platform, isTrusted: (prompt: boolean) => boolean): InjectionStatus | undefined {
  if (platform !== 'darwin' || isTrusted(true)) return undefined;
  return {
    state: 'unavailable',
    problem: 'permission-missing',
    detail: 'macOS has not allowed TouchDesk to control the computer (Privacy & Security → Accessibility).',
  };
}
