import { runHeadless } from './run-headless.js';

/** `npm run headless`: TouchDesk without Electron. */
await runHeadless(process.argv.slice(2));
