import { X509Certificate } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { certificateFingerprint, loadTlsFiles, selfSignedTls, TLS_CERT_FILE, TLS_KEY_FILE, TlsSetupError } from './tls.js';

let dir: string;
const DAY = 24 * 60 * 60 * 1000;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'touchdesk-tls-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TlsSetupError) return error.code;
    throw error;
  }
  return undefined;
}

describe('selfSignedTls', () => {
  it('makes a certificate for the LAN address, with the address as an IP subjectAltName', async () => {
    const tls = await selfSignedTls(dir, '192.168.1.23');
    const certificate = new X509Certificate(tls.cert);
    expect(tls.generated).toBe(true);
    expect(certificate.subjectAltName).toBe('IP Address:192.168.1.23');
    expect(certificate.checkIP('192.168.1.23')).toBe('192.168.1.23');
    expect(certificate.checkIP('192.168.1.24')).toBeUndefined();
    expect(certificate.ca).toBe(false);
    expect(certificate.keyUsage).toContain('1.3.6.1.5.5.7.3.1'); // serverAuth
    expect(new Date(certificate.validTo).getTime() - Date.now()).toBeGreaterThan(300 * DAY);
    expect(await readFile(join(dir, TLS_CERT_FILE), 'utf8')).toBe(tls.cert);
    expect(await readFile(join(dir, TLS_KEY_FILE), 'utf8')).toBe(tls.key);
  });

  it.skipIf(process.platform === 'win32')('keeps the private key readable by this user alone', async () => {
    await selfSignedTls(dir, '192.168.1.23');
    expect((await stat(join(dir, TLS_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('puts back mode 0600 on a key file that lost it', async () => {
    await selfSignedTls(dir, '192.168.1.23');
    await chmod(join(dir, TLS_KEY_FILE), 0o644);
    expect((await selfSignedTls(dir, '192.168.1.23')).generated).toBe(false);
    expect((await stat(join(dir, TLS_KEY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('reuses the stored certificate while the address is the same', async () => {
    const first = await selfSignedTls(dir, '192.168.1.23');
    const second = await selfSignedTls(dir, '192.168.1.23');
    expect(second.generated).toBe(false);
    expect(second.cert).toBe(first.cert);
    expect(second.key).toBe(first.key);
  });

  it('replaces it when the address changed', async () => {
    const first = await selfSignedTls(dir, '192.168.1.23');
    const second = await selfSignedTls(dir, '10.0.0.7');
    expect(second.generated).toBe(true);
    expect(certificateFingerprint(second.cert)).not.toBe(certificateFingerprint(first.cert));
    expect(new X509Certificate(second.cert).checkIP('10.0.0.7')).toBe('10.0.0.7');
    expect(await readFile(join(dir, TLS_CERT_FILE), 'utf8')).toBe(second.cert);
  });

  it('replaces it in its last week, before it expires', async () => {
    const first = await selfSignedTls(dir, '192.168.1.23');
    const validTo = new Date(new X509Certificate(first.cert).validTo).getTime();
    expect((await selfSignedTls(dir, '192.168.1.23', new Date(validTo - 8 * DAY))).generated).toBe(false);
    expect((await selfSignedTls(dir, '192.168.1.23', new Date(validTo - 6 * DAY))).generated).toBe(true);
  });

  it('replaces a pair whose key does not match, or that cannot be read', async () => {
    await selfSignedTls(dir, '192.168.1.23');
    await writeFile(join(dir, TLS_KEY_FILE), (await selfSignedTls(join(dir, 'other'), '192.168.1.23')).key);
    expect((await selfSignedTls(dir, '192.168.1.23')).generated).toBe(true);
    await writeFile(join(dir, TLS_CERT_FILE), 'garbage');
    expect((await selfSignedTls(dir, '192.168.1.23')).generated).toBe(true);
  });

  it('names a host name as a DNS subjectAltName', async () => {
    const certificate = new X509Certificate((await selfSignedTls(dir, 'desk.local')).cert);
    expect(certificate.subjectAltName).toBe('DNS:desk.local');
  });
});

describe('certificateFingerprint', () => {
  it('is the SHA-256 of the certificate, as browsers show it', async () => {
    const { cert } = await selfSignedTls(dir, '192.168.1.23');
    expect(certificateFingerprint(cert)).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });
});

describe('loadTlsFiles', () => {
  it('accepts a matching certificate and key', async () => {
    const { cert, key } = await selfSignedTls(dir, '192.168.1.23');
    expect(await loadTlsFiles(join(dir, TLS_CERT_FILE), join(dir, TLS_KEY_FILE))).toEqual({ cert, key });
  });

  it('says which file is wrong, with a code', async () => {
    const { cert, key } = await selfSignedTls(dir, '192.168.1.23');
    const other = await selfSignedTls(join(dir, 'other'), '192.168.1.23');
    await writeFile(join(dir, 'other-key.pem'), other.key);
    await writeFile(join(dir, 'not-a-cert.pem'), key);
    await writeFile(join(dir, 'not-a-key.pem'), cert);
    expect(await codeOf(loadTlsFiles(join(dir, 'missing.pem'), join(dir, TLS_KEY_FILE)))).toBe('tls-file-unreadable');
    expect(await codeOf(loadTlsFiles(join(dir, 'not-a-cert.pem'), join(dir, TLS_KEY_FILE)))).toBe('tls-cert-invalid');
    expect(await codeOf(loadTlsFiles(join(dir, TLS_CERT_FILE), join(dir, 'not-a-key.pem')))).toBe('tls-key-invalid');
    expect(await codeOf(loadTlsFiles(join(dir, TLS_CERT_FILE), join(dir, 'other-key.pem')))).toBe('tls-key-mismatch');
    expect(await codeOf(loadTlsFiles(join(dir, TLS_CERT_FILE), join(dir, TLS_KEY_FILE), new Date(Date.now() + 400 * DAY)))).toBe('tls-cert-expired');
  });
});
