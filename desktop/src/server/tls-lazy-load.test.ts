import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { selfSignedTls } from './tls.js';

const require = createRequire(import.meta.url);
const generatorLoaded = () => Object.keys(require.cache).some((path) => /[\\/]node_modules[\\/](selfsigned|@peculiar)[\\/]/.test(path));

describe('the certificate generator', () => {
  // Its X.509 and ASN.1 libraries would keep 6 MB of a host's memory that never uses --tls.
  it('is loaded only when a certificate is made', async () => {
    expect(generatorLoaded()).toBe(false);
    const dir = await mkdtemp(join(tmpdir(), 'touchdesk-tls-lazy-'));
    try {
      await selfSignedTls(dir, '192.168.1.20');
      expect(generatorLoaded()).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
