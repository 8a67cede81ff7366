import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { RawFile } from './content-check.ts';

/**
 * The one place that reads `content/` from disk, for the CLI and the build; the check itself takes bytes.
 * Paths come back relative to `root`, with forward slashes, as problems print them.
 */
export async function readContentFiles(root: string, folder = 'content'): Promise<RawFile[]> {
  const base = join(root, folder);
  const entries = await readdir(base, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(
    files.map(async (entry) => {
      const absolute = join(entry.parentPath, entry.name);
      return { path: relative(root, absolute).split(sep).join('/'), bytes: await readFile(absolute) };
    }),
  );
}
