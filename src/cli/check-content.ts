/**
 * `npm run check:content [-- --watch]`: validate everything under content/ without building the site, by the same
 * road the build takes (src/loaders/content-pipeline.ts). Prints one line per problem (`path:line: field: message`)
 * and a summary, and exits 1 on any error (docs/architecture.md, "Contracts").
 */
import { watch } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../lib/content/problems.ts';
import { historyOptionsFrom, runContentCheck, summarizeRun } from '../loaders/content-pipeline.ts';
import { readCommandLine } from './command-line.ts';
import { checkContentCommand } from './options.ts';

const { watch: watching } = readCommandLine(checkContentCommand);
const root = process.cwd();

async function runOnce(): Promise<number> {
  const run = await runContentCheck({
    root,
    history: historyOptionsFrom(process.env),
  });
  if (run.historyUnavailable) console.error(run.historyUnavailable);
  for (const problem of run.problems) console.log(formatProblem(problem));
  console.error(summarizeRun(run, 'check:content'));
  return run.errors > 0 ? 1 : 0;
}

if (watching) {
  let timer: NodeJS.Timeout | undefined;
  // Watching starts before the first check, so that a file saved as soon as its result is out is seen too.
  watch(join(root, 'content'), { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      console.error('\n— content changed —');
      void runOnce();
    }, 100);
  });
  await runOnce();
} else {
  process.exitCode = await runOnce();
}
