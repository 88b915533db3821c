import { runHeadless } from './run-headless.js';

/**
 * `npm run headless`: TouchDesk without Electron. package.json starts it (and `npm start`) with
 * `--max-semi-space-size=1`: loading the host's modules made V8 grow its young generation to
 * 14 MB, which then stayed resident while phones kept the host busy (an idle host gives it back
 * after a while). In use the young generation never needs more than the 1 MB semi-space, so the
 * cap costs no extra collections there; the host stays under 80 MB (`npm run bench`).
 */
await runHeadless(process.argv.slice(2));
