import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A content-addressed cache of rendered files that survives builds: a file's name is the SHA-256 of everything
 * it depends on, so an entry is never stale (a change of input is a new name) and needs no invalidation.
 * Share images cost tens of milliseconds each to render and nothing to copy (`npm run measure:share-images`).
 */

/**
 * The key of a list of inputs: SHA-256 over each part with its length in front, so that no two different lists
 * (`['ab', 'c']`, `['a', 'bc']`) give the same key.
 */
export function contentKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${String(bytes.length)}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

export interface CacheResult {
  bytes: Uint8Array<ArrayBuffer>;
  /** Whether the bytes came from the cache rather than from `make`. */
  hit: boolean;
}

let written = 0;

/**
 * The bytes stored under `key` in `directory`, or else `make()`'s, stored there for next time. A new entry is
 * written to a temporary name and renamed into place, so that two builds sharing the cache never read half a
 * file (rename is atomic within a file system, POSIX `rename(2)`).
 */
export async function cachedFile(
  directory: string,
  key: string,
  extension: string,
  make: () => Promise<Uint8Array<ArrayBuffer>>,
): Promise<CacheResult> {
  const path = join(directory, `${key}.${extension}`);
  try {
    return { bytes: await readFile(path), hit: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const bytes = await make();
  await mkdir(directory, { recursive: true });
  const temporary = `${path}.${String(process.pid)}-${String(++written)}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  return { bytes, hit: false };
}
