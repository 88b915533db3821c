import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { chmod, mkdir, readFile, stat } from 'node:fs/promises';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { writeFileAtomically } from './atomic-file.js';

/** A certificate (or a chain, leaf first) and its private key, both PEM: what `node:https` takes. */
export interface TlsCredentials {
  readonly cert: string | Buffer;
  readonly key: string | Buffer;
}

export const TLS_CERT_FILE = 'tls-cert.pem';
export const TLS_KEY_FILE = 'tls-key.pem';

/** A year: long enough that the phone's one-time warning stays rare, short of browsers' caps. */
const VALIDITY_MS = 365 * 24 * 60 * 60 * 1000;
/** Renewed this long before it runs out, so it never expires in the middle of a session. */
const RENEW_BEFORE_MS = 7 * 24 * 60 * 60 * 1000;

export type TlsErrorCode = 'tls-file-unreadable' | 'tls-cert-invalid' | 'tls-key-invalid' | 'tls-key-mismatch' | 'tls-cert-expired';

export class TlsSetupError extends Error {
  constructor(
    readonly code: TlsErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** SHA-256 of the (leaf) certificate, `AB:CD:…`, as browsers show it in the certificate details. */
export function certificateFingerprint(cert: string | Buffer): string {
  return new X509Certificate(cert).fingerprint256;
}

/**
 * The user's own certificate and key (`--tls-cert`, `--tls-key`), checked now so a wrong file
 * is a clear message at startup rather than a TLS error on the phone.
 */
export async function loadTlsFiles(certFile: string, keyFile: string, now: Date = new Date()): Promise<TlsCredentials> {
  const [cert, key] = await Promise.all([readTlsFile(certFile), readTlsFile(keyFile)]);
  const certificate = parseCertificate(cert, certFile);
  const privateKey = parseKey(key, keyFile);
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new TlsSetupError('tls-key-mismatch', `The key in ${keyFile} does not belong to the certificate in ${certFile}.`);
  }
  if (new Date(certificate.validTo).getTime() <= now.getTime()) {
    throw new TlsSetupError('tls-cert-expired', `The certificate in ${certFile} expired on ${certificate.validTo}. Renew it, or use --tls for a generated one.`);
  }
  return { cert, key };
}

/**
 * A self-signed certificate for `address` (`--tls`), kept in `configDir` and reused while it
 * still names that address and has a week or more left: each new certificate means a new
 * warning on the phone. The key file is readable by this user alone.
 */
export async function selfSignedTls(configDir: string, address: string, now: Date = new Date()): Promise<TlsCredentials & { readonly generated: boolean }> {
  const certFile = join(configDir, TLS_CERT_FILE);
  const keyFile = join(configDir, TLS_KEY_FILE);
  const kept = await reusable(certFile, keyFile, address, now);
  if (kept) return { ...kept, generated: false };

  // Loaded only to make a certificate: its X.509 and ASN.1 libraries (some 200 modules) would
  // otherwise keep 6 MB of every host's memory, with or without --tls.
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: `TouchDesk ${address}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    // A minute back: a phone whose clock runs a little behind would call a brand-new certificate "not yet valid".
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + VALIDITY_MS),
    extensions: [
      { name: 'basicConstraints', cA: false, critical: true },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [isIP(address) ? { type: 7, ip: address } : { type: 2, value: address }] },
    ],
  });
  await mkdir(configDir, { recursive: true, mode: 0o700 });
  // Key first: a crash in between leaves a pair that does not match, which the next start replaces.
  await writeFileAtomically(keyFile, pems.private, 0o600);
  await writeFileAtomically(certFile, pems.cert, 0o644);
  return { cert: pems.cert, key: pems.private, generated: true };
}

async function reusable(certFile: string, keyFile: string, address: string, now: Date): Promise<TlsCredentials | undefined> {
  let cert: string;
  let key: string;
  try {
    [cert, key] = await Promise.all([readFile(certFile, 'utf8'), readFile(keyFile, 'utf8')]);
  } catch {
    return undefined;
  }
  try {
    const certificate = new X509Certificate(cert);
    const namesAddress = isIP(address) ? certificate.checkIP(address) !== undefined : certificate.checkHost(address) !== undefined;
    const fresh = new Date(certificate.validFrom).getTime() <= now.getTime() && new Date(certificate.validTo).getTime() - RENEW_BEFORE_MS > now.getTime();
    if (!namesAddress || !fresh || !certificate.checkPrivateKey(createPrivateKey(key))) return undefined;
  } catch {
    return undefined;
  }
  // A key file copied in or restored from a backup may have lost its mode; put it back.
  if (process.platform !== 'win32' && ((await stat(keyFile)).mode & 0o077) !== 0) await chmod(keyFile, 0o600);
  return { cert, key };
}

async function readTlsFile(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    throw new TlsSetupError('tls-file-unreadable', `Cannot read ${file}: ${(error as Error).message}`);
  }
}

function parseCertificate(pem: string, file: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch {
    throw new TlsSetupError('tls-cert-invalid', `${file} is not a PEM certificate (it should start with -----BEGIN CERTIFICATE-----).`);
  }
}

function parseKey(pem: string, file: string): KeyObject {
  try {
    return createPrivateKey(pem);
  } catch {
    throw new TlsSetupError('tls-key-invalid', `${file} is not an unencrypted PEM private key (a key protected by a passphrase cannot be used).`);
  }
}
