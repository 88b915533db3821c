// Runs a benchmark entry written in TypeScript (bench/main.ts unless another is named) from its
// source, through Vite's module runner. Compiling to a dist folder instead would move the e2e
// harness modules the benchmark shares, and they find the repository (fixtures, the built
// host) from their own location. Types are checked by `tsc -p bench` before this runs.
//
//   node bench/run.mjs [entry.ts] [args...]
import { fileURLToPath } from 'node:url';
import { createServer, createServerModuleRunner } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = process.argv[2]?.endsWith('.ts') ? process.argv.splice(2, 1)[0] : 'bench/main.ts';

const server = await createServer({
  root,
  configFile: false,
  appType: 'custom',
  logLevel: 'warn',
  // Nothing is served and nothing changes while the benchmark runs.
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
});
const runner = createServerModuleRunner(server.environments.ssr, { hmr: false });
try {
  await runner.import(fileURLToPath(new URL(entry, `file://${root}/`)));
} finally {
  await runner.close();
  await server.close();
}
