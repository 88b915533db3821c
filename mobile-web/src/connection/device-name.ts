import { LIMITS } from '@touchdesk/shared';

/**
 * A short name for this phone, for the desktop's list of connected devices. Guessed from the
 * user agent because the web offers nothing better; it is a label for people, never trusted.
 */
export function guessDeviceName(userAgent: string, maxTouchPoints: number): string {
  return truncate(guess(userAgent, maxTouchPoints), LIMITS.maxDeviceNameLength);
}

function guess(userAgent: string, maxTouchPoints: number): string {
  if (/iPhone|iPod/.test(userAgent)) return 'iPhone';
  // iPadOS 13+ claims to be a Mac; only the touch screen gives it away.
  if (/iPad/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)) return 'iPad';
  if (/HarmonyOS|OpenHarmony/.test(userAgent)) return 'HarmonyOS device';
  if (/Android/.test(userAgent)) {
    const model = androidModel(userAgent);
    if (model !== null) return model;
    return /Mobile/.test(userAgent) ? 'Android phone' : 'Android tablet';
  }
  if (/Windows/.test(userAgent)) return 'Windows device';
  if (/Macintosh/.test(userAgent)) return 'Mac';
  if (/Linux|CrOS/.test(userAgent)) return 'Linux device';
  return 'Phone';
}

/**
 * Android browsers used to name the model ("Android 14; Pixel 8 Build/…"). Chrome now sends
 * "K" instead, which names nothing.
 */
function androidModel(userAgent: string): string | null {
  // Old WebViews put a locale before the model ("Android 4.4; zh-cn; MI 3 Build/…").
  const match = /Android [\d.]+;(?: [a-z]{2}[-_][a-z]{2};)? ([^;)]+?)(?: Build\/[^;)]*)?\)/i.exec(userAgent);
  const model = (match?.[1] ?? '').replace(/[^\x20-\x7e]/g, '').trim();
  return model === '' || model === 'K' ? null : model;
}

function truncate(name: string, max: number): string {
  return name.length <= max ? name : name.slice(0, max);
}
