import { spawnSync } from 'node:child_process';
import type { InjectionStatus } from '@touchdesk/shared';

type Unavailable = Extract<InjectionStatus, { state: 'unavailable' }>;

/**
 * Why this desktop session cannot take injected input, judged from its environment alone.
 * On Linux, XTest needs an X server; a Wayland compositor accepts no input from other programs.
 */
export function environmentProblem(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): Unavailable | undefined {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return undefined;
  const waylandSession = Boolean(env.WAYLAND_DISPLAY) || env.XDG_SESSION_TYPE === 'wayland';
  if (waylandSession) {
    return {
      state: 'unavailable',
      problem: 'wayland-only',
      detail: 'This is a Wayland session, which blocks input from other programs. Log in with an X11 (Xorg) session.',
    };
  }
  if (!env.DISPLAY) {
    return {
      state: 'unavailable',
      problem: 'no-display',
      detail: 'No X display (DISPLAY is not set). Start TouchDesk inside your desktop session.',
    };
  }
  return undefined;
}

/**
 * Loads the native injector in a throwaway process first. libnut aborts the whole process
 * when it cannot open the display (a stale DISPLAY, a locked-down X server), and a host that
 * crashes cannot tell the phone why.
 */
export function probeNativeInjector(env: NodeJS.ProcessEnv): Unavailable | undefined {
  const probe = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "const n = (await import('@nut-tree-fork/nut-js')).default; await n.mouse.getPosition();"],
    { env: { ...env, ELECTRON_RUN_AS_NODE: '1' }, timeout: 10_000, encoding: 'utf8', cwd: import.meta.dirname },
  );
  if (probe.status === 0) return undefined;
  const output = `${probe.stderr}`.trim();
  if (/Cannot find (module|package)|cannot open shared object|ERR_DLOPEN_FAILED/i.test(output)) {
    return {
      state: 'unavailable',
      problem: 'native-module-missing',
      detail: `The input library could not load: ${lastLine(output)}. Reinstall TouchDesk.`,
    };
  }
  return {
    state: 'unavailable',
    problem: 'no-display',
    detail: `Could not open the display ${env.DISPLAY ?? ''}: ${lastLine(output) || `exit ${probe.status ?? probe.signal}`}.`,
  };
}

function lastLine(text: string): string {
  return (text.split('\n').at(-1) ?? '').slice(0, 160);
}
