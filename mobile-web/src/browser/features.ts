/**
 * What the page needs of the browser, checked before anything uses it. The build lowers syntax
 * to ES2019 (iOS 12, the WebViews of in-app browsers such as WeChat's); APIs cannot be lowered,
 * so each one newer than those engines is looked for here, and its absence is said in words
 * rather than left to fail somewhere deep.
 */

/** The APIs without which nothing works, with the names the message gives. */
export interface EssentialFeatures {
  readonly WebSocket?: unknown;
  readonly crypto?: { readonly getRandomValues?: unknown } | undefined;
  readonly TextEncoder?: unknown;
  readonly TextDecoder?: unknown;
  readonly requestAnimationFrame?: unknown;
}

/** The names of the essential APIs this browser lacks; empty when it has them all. */
export function missingEssentials(win: EssentialFeatures): string[] {
  const missing: string[] = [];
  if (typeof win.WebSocket !== 'function') missing.push('WebSocket');
  if (win.crypto === undefined || typeof win.crypto.getRandomValues !== 'function') missing.push('crypto.getRandomValues');
  if (typeof win.TextEncoder !== 'function' || typeof win.TextDecoder !== 'function') missing.push('TextEncoder');
  if (typeof win.requestAnimationFrame !== 'function') missing.push('requestAnimationFrame');
  return missing;
}

/** Touch events: the trackpad listens to nothing else (iOS 12 has no pointer events). */
export function hasTouch(win: { readonly ontouchstart?: unknown }, nav: { readonly maxTouchPoints?: number }): boolean {
  return 'ontouchstart' in win || (nav.maxTouchPoints ?? 0) > 0;
}

/** navigator.vibrate: Android browsers; never iOS Safari. */
export function canVibrate(nav: { readonly vibrate?: unknown }): boolean {
  return typeof nav.vibrate === 'function';
}

/** Where the page runs, for the home-screen hint. WeChat's browser names itself MicroMessenger. */
export function homeScreenPlatform(userAgent: string): 'ios' | 'android' | 'wechat' | 'other' {
  if (/MicroMessenger/i.test(userAgent)) return 'wechat';
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  return 'other';
}
