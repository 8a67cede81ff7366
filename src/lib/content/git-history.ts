import { spawn } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import type { CheckResult, RawFile } from './check.ts';
import { checkCorrections } from './corrections-check.ts';
import type { Problem } from './problems.ts';
import { gitArchiveArguments, gitLogArguments, parseFirstPublished, parseTar, type History } from './history.ts';

/**
 * The one place that runs git, for the build (src/integrations/content-integrity.ts) and `check:content`: a fixed
 * handful of processes per run whatever the number of claims (where the repository is, which commit the published
 * branch is at, one `git log` for every file's first-published day, and for the check one `git archive` of every
 * published version). Anything that stops git from answering (no git, not a repository, a shallow
 * clone, no published branch) gives an unavailable history with its reason, never an error: the site builds
 * without dates rather than with invented ones.
 */

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: readonly string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    // LC_ALL=C: git's messages, which become the reason, in one language whatever the machine's locale.
    const child = spawn('git', args, {
      cwd,
      env: { ...process.env, LC_ALL: 'C' },
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    // A git that exits before reading all its input (a bad repository) closes the pipe: its status says why.
    child.stdin?.on('error', () => {
      // The exit status and stderr tell.
    });
    child.stdin?.end(input);
  });
}

const firstLine = (text: string) =>
  text
    .trim()
    .split('\n')[0]
    ?.replace(/^fatal: /, '') ?? '';

/** Where the published branch stands, or why history cannot be read in `root`. */
export async function locatePublished(
  root: string,
  branch: string,
): Promise<{ commit: string; ref: string } | { reason: string }> {
  let where: Run;
  try {
    where = await git(root, ['rev-parse', '--show-toplevel', '--is-shallow-repository']);
  } catch (error) {
    return { reason: `git could not be run: ${(error as Error).message}` };
  }
  if (where.code !== 0) return { reason: firstLine(where.stderr) || 'not a git repository' };
  const [top = '', shallow] = where.stdout.toString('utf8').trim().split('\n');
  // A project inside another repository (a copy under tests/.tmp/) would read that repository's history under
  // other paths: history is read only where the project is the repository.
  if ((await realpath(top).catch(() => top)) !== (await realpath(root).catch(() => root))) {
    return { reason: `${root} is not the top of a git repository` };
  }
  if (shallow === 'true') return { reason: 'shallow clone; fetch the whole history (fetch-depth: 0)' };
  const refs = await git(root, [
    'for-each-ref',
    '--format=%(objectname) %(refname)',
    `refs/heads/${branch}`,
    `refs/remotes/origin/${branch}`,
  ]);
  // A local branch first; a clone that checked out another commit (a pull request in CI) has origin's.
  const [line] = refs.stdout.toString('utf8').trim().split('\n').filter(Boolean);
  const [commit, ref] = line?.split(' ') ?? [];
  if (refs.code !== 0 || !commit || !ref) return { reason: `no branch "${branch}" (nor origin/${branch})` };
  return { commit, ref };
}

/** First-published days from the branch `located` found, in one `git log`. */
async function historyAt(root: string, located: { commit: string; ref: string }): Promise<History> {
  const log = await git(root, gitLogArguments(located.commit));
  if (log.code !== 0) return { available: false, reason: firstLine(log.stderr) };
  return { available: true, ref: located.ref, firstPublished: parseFirstPublished(log.stdout.toString('utf8')) };
}

/** First-published days from the published branch, or why history is unavailable. */
export async function readHistory(root: string, branch: string): Promise<{ history: History }> {
  const located = await locatePublished(root, branch);
  return {
    history: 'reason' in located ? { available: false, reason: located.reason } : await historyAt(root, located),
  };
}

/** The published version of every claim and follow-up at `commit`, by path from the project root, in one `git archive`. */
export async function readPublishedFiles(root: string, commit: string): Promise<Map<string, Uint8Array>> {
  const run = await git(root, gitArchiveArguments(commit));
  // A branch with no content folders yet has nothing published: git says the paths match no files.
  if (run.code !== 0) return new Map();
  return parseTar(run.stdout);
}

/** What the build and `check:content` take from history: the days for the site, and the corrections' problems. */
export interface HistoryCheck {
  history: History;
  /** First-published day by path, for the site's model; empty when history is unavailable. */
  firstPublished: Record<string, string>;
  problems: Problem[];
}

/**
 * History read and the corrections checked against it, the same way for the build and `check:content`. With no
 * history, only the rules that need none run, and the caller prints `unavailableMessage` once.
 */
export async function checkHistory(
  root: string,
  checked: CheckResult,
  files: readonly RawFile[],
  options: { branch: string; severity: Problem['severity'] },
): Promise<HistoryCheck> {
  const located = await locatePublished(root, options.branch);
  // The log and the archive side by side: neither needs the other, and each is a process of its own.
  const [history, published] =
    'reason' in located
      ? [{ available: false, reason: located.reason } as const, new Map<string, Uint8Array>()]
      : await Promise.all([historyAt(root, located), readPublishedFiles(root, located.commit)]);
  return {
    history,
    firstPublished: history.available ? Object.fromEntries([...history.firstPublished].sort()) : {},
    // A published version is compared only when history is: a failed log leaves nothing to trust.
    problems: checkCorrections(checked.content, files, history.available ? published : new Map(), options.severity),
  };
}
