/**
 * What the site knows of its content's past, read from git (docs/corrections.md). The reading itself, one `git log`
 * per build, is src/lib/content/git-history.ts; this module only parses what git printed, so that it is tested on text.
 */

/**
 * The branch the site is deployed from. A claim is "published" once its file is in this branch; its first-published
 * day is the day the commit that added it there was made. The one definition: the build and `check:content` take it
 * from here, unless `CLAIMLINE_PUBLISHED_BRANCH` names another (read from the environment its callers pass to
 * historyOptionsFrom in src/loaders/content-pipeline.ts, not here).
 */
export const PUBLISHED_BRANCH = 'main';

/** The published branch: `configured` (the value of `CLAIMLINE_PUBLISHED_BRANCH`) unless it is unset or blank. */
export function publishedBranch(configured: string | undefined): string {
  const branch = configured?.trim() ?? '';
  return branch === '' ? PUBLISHED_BRANCH : branch;
}

/** The folders whose history matters: claims and follow-ups, the files whose calls can be corrected. */
export const HISTORY_FOLDERS = ['content/claims', 'content/follow-ups'] as const;

/** `git log`'s record separator: ASCII RS, which no path or timestamp holds. */
export const RECORD_SEPARATOR = '\u001e';

/**
 * The arguments of the one `git log` the history needs, on `ref`: the branch's own line of commits (first parents,
 * so that a merged branch's file counts from the merge, the day it reached the branch), each commit's committer
 * time and the files it added, changed or deleted under HISTORY_FOLDERS. Renames are read as a deletion and an
 * addition, so a renamed claim is published anew under its new name.
 */
export function gitLogArguments(ref: string): string[] {
  return [
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--no-renames',
    '--name-status',
    `--format=${RECORD_SEPARATOR}%ct`,
    ref,
    '--',
    ...HISTORY_FOLDERS,
  ];
}

/** A commit time (seconds since 1970, as `%ct` prints it) as the UTC day it fell on. */
export function utcDay(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * The day each file now in the branch was first published, from `git log`'s output (newest commit first): the
 * oldest commit that added it since it was last deleted. Paths are relative to the repository, as git prints them.
 */
export function parseFirstPublished(log: string): Map<string, string> {
  const firstPublished = new Map<string, string>();
  // A path deleted in a newer commit than the one being read: its older additions belong to a file that is gone.
  const deleted = new Set<string>();
  for (const record of log.split(RECORD_SEPARATOR)) {
    const lines = record.split('\n').filter((line) => line.trim() !== '');
    const seconds = Number(lines[0]);
    if (lines.length === 0 || !Number.isInteger(seconds)) continue;
    const day = utcDay(seconds);
    for (const line of lines.slice(1)) {
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const status = line.slice(0, tab);
      const path = unquote(line.slice(tab + 1));
      if (deleted.has(path)) continue;
      if (status === 'D') deleted.add(path);
      else if (status === 'A') firstPublished.set(path, day);
    }
  }
  return firstPublished;
}

/** git quotes a path holding unusual bytes (`"content/claims/caf\303\251.md"`); this undoes it. */
export function unquote(path: string): string {
  if (!path.startsWith('"') || !path.endsWith('"')) return path;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, '"': 34, '\\': 92, a: 7, b: 8, f: 12, r: 13, v: 11 };
  const inner = path.slice(1, -1);
  for (let index = 0; index < inner.length; index++) {
    const char = inner[index] ?? '';
    if (char !== '\\') {
      bytes.push(...new TextEncoder().encode(char));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(inner.slice(index + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      index += 3;
    } else {
      bytes.push(escapes[inner[index + 1] ?? ''] ?? 92);
      index += 1;
    }
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}

/** The arguments of the one `git archive` that gives every published claim and follow-up at `commit`, as a tar. */
export function gitArchiveArguments(commit: string): string[] {
  return ['archive', '--format=tar', commit, '--', ...HISTORY_FOLDERS];
}

const BLOCK = 512;
const decoder = new TextDecoder();

/** A NUL-terminated field of a tar header, as text. */
function field(header: Uint8Array, start: number, length: number): string {
  const bytes = header.subarray(start, start + length);
  const end = bytes.indexOf(0);
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** The `path` of a pax extended header's records (`<length> path=<value>\n`…), if it has one. */
function paxPath(data: Uint8Array): string | undefined {
  const text = decoder.decode(data);
  let offset = 0;
  while (offset < text.length) {
    const space = text.indexOf(' ', offset);
    const length = Number(text.slice(offset, space));
    if (space < 0 || !Number.isInteger(length) || length <= 0) return undefined;
    const record = text.slice(space + 1, offset + length - 1);
    if (record.startsWith('path=')) return record.slice('path='.length);
    offset += length;
  }
  return undefined;
}

/**
 * The regular files of a tar archive (POSIX ustar, with pax extended headers for long paths, as `git archive`
 * writes it), by path. Reading every published file this way is one process whatever the number of files: at 10,000
 * claims, `git archive` took 0.2 s where `git cat-file --batch` took 1.2 to 7 s (docs/corrections.md).
 */
export function parseTar(archive: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  let longPath: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header[0] === 0 && header.every((byte) => byte === 0)) break; // the end-of-archive blocks
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const data = archive.subarray(offset + BLOCK, offset + BLOCK + size);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      longPath = paxPath(data);
      continue;
    }
    if (type === 'g') continue; // a global header: git's commit id comment
    const prefix = field(header, 345, 155);
    const name = field(header, 0, 100);
    const path = longPath ?? (prefix ? `${prefix}/${name}` : name);
    longPath = undefined;
    if (type === '0' || type === '\0') files.set(path, data.slice());
  }
  return files;
}

/** The site's view of history: when each file was first published, or why that is not known. */
export type History =
  | {
      available: true;
      /** The ref read (`refs/heads/main`). */
      ref: string;
      /** First-published day of each claim and follow-up file in the branch, by path from the project root. */
      firstPublished: ReadonlyMap<string, string>;
    }
  | { available: false; reason: string };

/** The one log line a build or check prints when history cannot be read: the site builds without dates. */
export const unavailableMessage = (reason: string) =>
  `history unavailable (${reason}): no first-published days or published versions to compare; see docs/corrections.md`;
