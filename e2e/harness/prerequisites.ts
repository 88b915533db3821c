import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { repoRoot } from './paths.js';

/**
 * Decides, before Vitest builds its project list, whether the e2e project can run here.
 * A developer without Xvfb gets one line saying what to install; CI never skips silently,
 * because a green run that tested nothing is worse than a red one.
 */

interface Requirement {
  /** What the user sees in the message. */
  readonly name: string;
  readonly present: () => boolean;
  /** How to get it: a Debian package or an npm script. */
  readonly fix: { readonly apt: string } | { readonly build: string };
}

function onPath(command: string): boolean {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.some((dir) => isExecutable(join(dir, command)));
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const requirements: readonly Requirement[] = [
  { name: 'Xvfb', present: () => onPath('Xvfb'), fix: { apt: 'xvfb' } },
  { name: 'openbox', present: () => onPath('openbox'), fix: { apt: 'openbox' } },
  { name: 'xdotool', present: () => onPath('xdotool'), fix: { apt: 'xdotool' } },
  { name: 'zbarimg', present: () => onPath('zbarimg'), fix: { apt: 'zbar-tools' } },
  { name: 'xinput', present: () => onPath('xinput'), fix: { apt: 'xinput' } },
  // Keyboard layouts: the text typer's and the keyboard's tests switch them and read them back.
  { name: 'setxkbmap', present: () => onPath('setxkbmap'), fix: { apt: 'x11-xkb-utils' } },
  { name: 'xkbcomp', present: () => onPath('xkbcomp'), fix: { apt: 'x11-xkb-utils' } },
  // The clipboard typer's test puts text on the clipboard and reads it back as another program.
  { name: 'xclip', present: () => onPath('xclip'), fix: { apt: 'xclip' } },
  // x-display.ts asks xprop whether the window manager is up.
  { name: 'xprop', present: () => onPath('xprop'), fix: { apt: 'x11-utils' } },
  // playwright-core cannot download browsers here; the harness drives Debian's build.
  { name: '/usr/bin/chromium', present: () => isExecutable('/usr/bin/chromium'), fix: { apt: 'chromium' } },
  {
    name: 'mobile-web/dist/index.html',
    present: () => existsSync(join(repoRoot, 'mobile-web/dist/index.html')),
    fix: { build: 'npm run build' },
  },
  {
    name: 'desktop/dist/cli/headless.js',
    present: () => existsSync(join(repoRoot, 'desktop/dist/cli/headless.js')),
    fix: { build: 'npm run build' },
  },
];

function isTruthyEnv(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

/** The commands that provide what is missing: apt packages first, then the build. */
function remedies(missing: readonly Requirement[]): string[] {
  const apt = [...new Set(missing.flatMap((r) => ('apt' in r.fix ? [r.fix.apt] : [])))];
  const build = [...new Set(missing.flatMap((r) => ('build' in r.fix ? [r.fix.build] : [])))];
  return [...(apt.length > 0 ? [`sudo apt-get install ${apt.join(' ')}`] : []), ...build];
}

export function e2ePrerequisites(): { run: boolean } {
  const ci = isTruthyEnv(process.env.CI);

  if (isTruthyEnv(process.env.TOUCHDESK_SKIP_E2E)) {
    if (ci) {
      throw new Error('e2e: TOUCHDESK_SKIP_E2E is set, but CI must run the e2e tests; unset it in .ci/run.');
    }
    process.stderr.write('e2e skipped: TOUCHDESK_SKIP_E2E is set\n');
    return { run: false };
  }

  const missing = requirements.filter((r) => !r.present());
  if (missing.length === 0) return { run: true };

  const names = missing.map((r) => r.name).join(', ');
  const fix = remedies(missing).join(' && ');
  if (ci) {
    throw new Error(`e2e cannot run in CI: missing ${names}. .ci/run must provide them before the tests: ${fix}`);
  }
  const verb = missing.some((r) => 'apt' in r.fix) ? 'install' : 'build';
  process.stderr.write(`e2e skipped: missing ${names} — ${verb} with: ${fix}\n`);
  return { run: false };
}
