import type { ScreenCapture } from '../core/preview/screen-capture-port.js';
import { environmentProblem } from './display-check.js';
import { X11ScreenCapture } from './x11-screen-capture.js';

/**
 * What the slide preview can see here: the X11 screen, or nothing yet (Windows, macOS and
 * Wayland need their own capturers; the phone then says previews are not available).
 */
export function chooseScreenCapture(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): ScreenCapture | undefined {
  if (platform === 'win32' || platform === 'darwin' || environmentProblem(env, platform) || !env.DISPLAY) return undefined;
  return new X11ScreenCapture(env.DISPLAY);
}
