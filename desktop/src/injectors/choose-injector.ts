import type { InputInjector } from '../core/ports.js';
import { environmentProblem, probeNativeInjector } from './display-check.js';
import { createNutJsInjector } from './nut-js-injector.js';
import { RecordingInjector } from './recording-injector.js';
import { FallbackTextTyper } from './fallback-text-typer.js';
import { MacTextTyper } from './mac-text-typer.js';
import { type TextTyper, unsupportedTextTyper } from './text-typer.js';
import { unavailableInjector } from './unavailable-injector.js';
import { WindowsTextTyper } from './windows-text-typer.js';
import { X11ClipboardTyper } from './x11-clipboard-typer.js';
import { X11TextTyper } from './x11-text-typer.js';

/**
 * The best injector this desktop allows. When none works, the host still runs with an injector
 * that injects nothing and says why, so the phone and the panel can tell the user what to fix.
 */
export async function chooseInjector(options: { dryRun: boolean }): Promise<InputInjector> {
  if (options.dryRun) return new RecordingInjector();
  const problem = environmentProblem(process.env, process.platform) ?? probeNativeInjector(process.env);
  if (problem) return unavailableInjector(problem);
  return createNutJsInjector(textTyperFor(process.platform, process.env));
}

/** Linux and the BSDs get here only with an X display (environmentProblem checked it). */
export function textTyperFor(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): TextTyper {
  if (platform === 'win32') return new WindowsTextTyper();
  if (platform === 'darwin') return new MacTextTyper();
  if (!env.DISPLAY) return unsupportedTextTyper;
  const display = env.DISPLAY;
  // A paste reaches fewer applications than keys do and borrows the clipboard: it is only for
  // a keymap with no keycode to spare. The X11 typer plans a whole text before pressing a key,
  // so when it finds none, it has typed nothing, and the paste does not type anything twice.
  return new FallbackTextTyper(new X11TextTyper({ display }), new X11ClipboardTyper({ display }), ['no-free-keycode']);
}
