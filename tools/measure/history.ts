/**
 * `node tools/measure/history.ts [--claims N] [--commits C] [--keep]`: what reading history adds to a build at scale.
 *
 * Generates the bench corpus of N claims (tools/bench/corpus.ts, 10,000 by default) into a throw-away git
 * repository under tests/.tmp/history-bench/, commits it on `main`, then C more commits (20 by default) each
 * changing a few claims' notes, so that `git log` has a history to walk. Then times, fastest of three runs, what the
 * build and `check:content` add: `checkHistory` (locating the branch, the one `git log`, the one `git archive`
 * of every published version, and comparing each claim with it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { corpusFiles, generateCorpus } from '../bench/corpus.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { checkHistory } from '../../src/lib/content/git-history.ts';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { historyCommand } from './options.ts';

const { claims, commits, keep } = readCommandLine(historyCommand);
const dir = join(import.meta.dirname, '..', '..', 'tests', '.tmp', 'history-bench');

rmSync(dir, { recursive: true, force: true });
const files = corpusFiles(generateCorpus({ claims, seed: 1 }));
for (const file of files) {
  mkdirSync(dirname(join(dir, file.path)), { recursive: true });
  writeFileSync(join(dir, file.path), file.text);
}
const env = { ...process.env, GIT_AUTHOR_NAME: 'b', GIT_AUTHOR_EMAIL: 'b@example.org', GIT_COMMITTER_NAME: 'b' };
const git = (...gitArgs: string[]) =>
  execFileSync('git', gitArgs, { cwd: dir, env: { ...env, GIT_COMMITTER_EMAIL: 'b@example.org' } });
git('init', '--quiet', '--initial-branch=main');
git('add', '.');
git('commit', '--quiet', '-m', 'corpus');
const claimFiles = files.filter((file) => file.path.startsWith('content/claims/'));
for (let commit = 0; commit < commits; commit++) {
  for (const file of claimFiles.slice(commit * 5, commit * 5 + 5)) {
    const path = join(dir, file.path);
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nA note added in commit ${String(commit)}.\n`);
  }
  git('commit', '--quiet', '-am', `notes ${String(commit)}`);
}

const contentFiles = await readContentFiles(dir);
const checked = checkContent(contentFiles);
let fastest = Infinity;
let dated = 0;
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  const result = await checkHistory(dir, checked, contentFiles, { branch: 'main', severity: 'error' });
  fastest = Math.min(fastest, performance.now() - start);
  dated = Object.keys(result.firstPublished).length;
  if (result.problems.length > 0) throw new Error(`unexpected problems: ${String(result.problems.length)}`);
}
if (!keep) rmSync(dir, { recursive: true, force: true });
console.log(
  `history: ${String(checked.content.claims.length)} claims, ${String(commits + 1)} commits: ${String(dated)} files ` +
    `dated, every published version compared, in ${(fastest / 1000).toFixed(2)} s (fastest of 3)`,
);
