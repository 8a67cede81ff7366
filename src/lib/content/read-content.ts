import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RawFile } from './check.ts';

/**
 * The one place that reads `content/` from disk, for every road content takes (the content loader, the CLI, the
 * scripts); the check itself takes bytes. Paths come back relative to `root`, with forward slashes, as problems
 * print them.
 *
 * Two things are never read, only reported (as a `refusal` the check turns into a problem on that file):
 * - a symbolic link whose target lies outside `content/`: content is what the repository holds, and a link to
 *   `/etc/…` or another checkout would publish a file nobody reviewed;
 * - a file over `MAX_FILE_BYTES`: a 50 MB paste is a mistake, and reading it would cost the check its memory.
 *
 * Files are read one after another with `readFileSync`: for thousands of small files that is several times faster
 * than as many concurrent `readFile` promises, each an open, a stat, a read and a close queued through libuv's
 * thread pool (at 10,000 claims, about 0.2 s against 1 to 3 s on a 2-core machine; `npm run bench`).
 */

/**
 * The largest content file read: 1 MiB. The longest real articles run to about 100 KB of markdown (a 15,000-word
 * long read); claim and source files are under 2 KB. Documented in docs/editing.md, "Limits".
 */
export const MAX_FILE_BYTES = 1024 * 1024;

const inside = (folder: string, path: string) => path === folder || path.startsWith(folder + sep);

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

export async function readContentFiles(root: string, folder = 'content'): Promise<RawFile[]> {
  const base = join(root, folder);
  let entries;
  try {
    entries = await readdir(base, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // Said plainly rather than as readdir's ENOENT stack: the usual cause is running the check from another folder.
    throw new Error(
      `there is no ${folder}/ folder in ${root}; run this from the project's root, where ${folder}/ holds ` +
        'articles/, claims/ and sources/',
      { cause: error },
    );
  }
  // The real path of the folder itself, so that a project reached through a link of its own still reads.
  const realBase = realpathSync(base);
  const files: RawFile[] = [];
  for (const entry of entries) {
    const absolute = join(entry.parentPath, entry.name);
    const path = relative(root, absolute).split(sep).join('/');
    if (entry.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(absolute);
      } catch {
        files.push({ path, bytes: new Uint8Array(), refusal: 'is a symbolic link to nothing; remove it' });
        continue;
      }
      if (!inside(realBase, target)) {
        files.push({
          path,
          bytes: new Uint8Array(),
          refusal: `is a symbolic link to ${target}, outside ${folder}/; content must be files in ${folder}/ itself`,
        });
        continue;
      }
      // A link within content/ to a folder is walked by readdir already (as the folder); to a file, it is read.
      if (!statSync(target).isFile()) continue;
    } else if (!entry.isFile()) continue;
    const size = (entry.isSymbolicLink() ? statSync(absolute) : lstatSync(absolute)).size;
    if (size > MAX_FILE_BYTES) {
      files.push({
        path,
        bytes: new Uint8Array(),
        refusal: `is ${kilobytes(size)}, over the ${kilobytes(MAX_FILE_BYTES)} a content file may hold; is something pasted twice?`,
      });
      continue;
    }
    files.push({ path, bytes: readFileSync(absolute) });
  }
  return files;
}
