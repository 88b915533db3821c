import type { TestProject } from 'vitest/node';
import { startXDisplay } from './x-display.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The X display of this e2e run, for example ":3". */
    display: string;
  }
}

/**
 * One X server for the whole e2e run, owned by the main process so it is torn down even when a
 * test file crashes its worker (starting one takes only ~0.1 s; lifetime, not speed, is the
 * reason). Test files read it with `inject('display')`; DISPLAY is set as well so that anything
 * started without an explicit env still lands here and never on the developer's own screen.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const x = await startXDisplay();
  const { DISPLAY: previousDisplay, WAYLAND_DISPLAY: previousWayland } = process.env;
  project.provide('display', x.display);
  process.env.DISPLAY = x.display;
  delete process.env.WAYLAND_DISPLAY;
  return async () => {
    await x.stop();
    // Watch mode reruns setup in this same process.
    if (previousDisplay === undefined) delete process.env.DISPLAY;
    else process.env.DISPLAY = previousDisplay;
    if (previousWayland !== undefined) process.env.WAYLAND_DISPLAY = previousWayland;
  };
}
