/**
 * Whether the desktop can inject input, and if not, why. The phone and the panel turn the
 * reason into words and a fix ("log in to an X11 session", "grant Accessibility access").
 */
export const INJECTION_PROBLEMS = [
  'no-display',
  'wayland-only',
  'permission-missing',
  'native-module-missing',
  'injection-failed',
] as const;
export type InjectionProblem = (typeof INJECTION_PROBLEMS)[number];

export type InjectionStatus =
  | { readonly state: 'ready'; readonly backend: string }
  | { readonly state: 'unavailable'; readonly problem: InjectionProblem; readonly detail: string };
