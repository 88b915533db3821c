import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type LoadResult<T> =
  | { readonly state: 'missing' }
  | { readonly state: 'loaded'; readonly value: T }
  /** The file could not be read as `T`; it was renamed to `keptAs` so nothing is lost. */
  | { readonly state: 'set-aside'; readonly keptAs: string; readonly reason: string };

/**
 * One file of ours in the config folder (created with mode 0700), readable by this user alone
 * (mode 0600), saved with writeFileAtomically. Saves are serialised in the background; a file
 * that cannot be read is moved aside, not overwritten.
 */
export class AtomicFile {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    /** Told when a save fails; the caller words it for the user. */
    private readonly onSaveError: (error: Error) => void,
  ) {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  }

  /** Reads the file synchronously (once, at start); `decode` throws for content it cannot use. */
  load<T>(decode: (bytes: Buffer) => T): LoadResult<T> {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path);
    } catch {
      return { state: 'missing' };
    }
    try {
      return { state: 'loaded', value: decode(bytes) };
    } catch (error) {
      const keptAs = `${this.path}.corrupt-${Date.now()}`;
      renameSync(this.path, keptAs);
      return { state: 'set-aside', keptAs, reason: (error as Error).message };
    }
  }

  save(bytes: Buffer): void {
    this.writing = this.writing.then(() => writeFileAtomically(this.path, bytes, 0o600)).catch((error: Error) => this.onSaveError(error));
  }

  /** Resolves once every save so far is on disk (or has failed and been reported). */
  flushed(): Promise<void> {
    return this.writing;
  }
}

/**
 * Writes to a temporary file beside `path`, flushes it to disk and renames it over `path`: a
 * crash leaves the old content or the new, never half of each. `mode` applies from the start,
 * so a secret is never readable by others, not even for a moment.
 */
export async function writeFileAtomically(path: string, content: string | Buffer, mode: number): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}-${randomBytes(6).toString('hex')}.tmp`);
  const file = await open(temporary, 'w', mode);
  try {
    await file.writeFile(content);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
}
