import type { InputInjector } from '../core/ports.js';
import { environmentProblem, probeNativeInjector } from './display-check.js';
import { createNutJsInjector } from './nut-js-injector.js';
import { RecordingInjector } from './recording-injector.js';
import { unavailableInjector } from './unavailable-injector.js';

/**
 * The best injector this desktop allows. When none works, the host still runs with an injector
 * that injects nothing and says why, so the phone and the panel can tell the user what to fix.
 */
export async function chooseInjector(options: { dryRun: boolean }): Promise<InputInjector> {
  if (options.dryRun) return new RecordingInjector();
  const problem = environmentProblem(process.env, process.platform) ?? probeNativeInjector(process.env);
  if (problem) return unavailableInjector(problem);
  return createNutJsInjector();
}
