import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { repoRoot } from '../e2e/harness/paths.js';

/** Every JavaScript file of the built phone page, gzipped as a server would send it, in KB (1,000 bytes). */
export async function phonePageJsGzipKb(): Promise<number> {
  const dist = join(repoRoot, 'mobile-web/dist');
  const files = (await readdir(dist, { recursive: true })).filter((name) => name.endsWith('.js'));
  if (files.length === 0) throw new Error(`no JavaScript in ${dist}: run npm run build first`);
  let bytes = 0;
  for (const name of files) bytes += gzipSync(await readFile(join(dist, name)), { level: 9 }).length;
  return bytes / 1000;
}
