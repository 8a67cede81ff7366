/**
 * `npm run check:content [-- --watch]`: validate everything under content/ without building the site.
 * Prints one line per problem (`path:line: field: message`) and exits 1 on any error (design.md, "Contracts").
 */
import { watch } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../lib/content-check.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { formatProblem } from '../lib/problems.ts';

const root = process.cwd();

async function runOnce(): Promise<number> {
  const started = performance.now();
  let files;
  try {
    files = await readContentFiles(root);
  } catch (error) {
    console.error(`check:content failed: ${(error as Error).message}`);
    return 1;
  }
  const { problems, content } = checkContent(files);
  for (const problem of problems) console.log(formatProblem(problem));
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const elapsed = ((performance.now() - started) / 1000).toFixed(2);
  const summary =
    `${content.articles.size} articles, ${content.sources.size} sources, ${content.claims.length} claims: ` +
    `${errors} errors, ${warnings} warnings (${elapsed} s)`;
  console.error(errors > 0 ? `check:content failed: ${summary}` : `check:content ok: ${summary}`);
  return errors > 0 ? 1 : 0;
}

if (process.argv.includes('--watch')) {
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
