import type { InputInjector } from '../core/ports.js';
import { environmentProblem, probeNativeInjector } from './display-check.js';
import { createNutJsInjector } from './nut-js-injector.js';
import { RecordingInjector } from './recording-injector.js';
import { type TextTyper, unsupportedTextTyper } from './text-typer.js';
import { unavailableInjector } from './unavailable-injector.js';
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
  if (platform === 'win32' || platform === 'darwin' || !env.DISPLAY) return unsupportedTextTyper;
  return new X11TextTyper({ display: env.DISPLAY });
}
