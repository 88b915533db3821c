import { fileURLToPath } from 'node:url';

/** The repository root, found from this file so tests run the same from any working directory. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Static pages the e2e tests open on the desktop side. */
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
