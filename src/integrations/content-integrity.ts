import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckedContent, type CheckResult } from '../lib/content-check.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { checkHistory } from '../lib/git-history.ts';
import { publishedBranch, unavailableMessage } from '../lib/history.ts';
import { formatProblem, sortProblems } from '../lib/problems.ts';
import { historyModule } from './history-module.ts';

/**
 * Runs the content check before Astro loads any content, so that `astro build` fails on exactly what
 * `npm run check:content` reports (and with the same `path:line: field:` lines), never publishing a site that
 * drops or garbles a claim. Under `astro dev` it reports instead of failing, and again on every content change.
 */
async function report(root: string, logger: AstroIntegrationLogger): Promise<CheckResult & { errors: number }> {
  const files = await readContentFiles(root);
  const checked = checkContent(files);
  // Corrections: a warning on an editor's machine, an error in CI (docs/corrections.md).
  const severity = process.env.CI === 'true' ? 'error' : 'warning';
  const branch = publishedBranch(process.env.CLAIMLINE_PUBLISHED_BRANCH);
  const past = await checkHistory(root, checked, files, { branch, severity });
  if (!past.history.available) logger.warn(unavailableMessage(past.history.reason));
  const result = {
    content: { ...checked.content, firstPublished: past.firstPublished },
    problems: sortProblems([...checked.problems, ...past.problems]),
  };
  for (const problem of result.problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return { ...result, errors: result.problems.filter((problem) => problem.severity === 'error').length };
}

export interface ContentIntegrity extends AstroIntegration {
  /**
   * The content as the check read it, once it has passed, for integrations that need it before Astro's own
   * collections exist (src/integrations/share-images.ts). Settles only in a build whose check passed.
   */
  checkedContent: () => Promise<CheckedContent>;
}

export default function contentIntegrity(): ContentIntegrity {
  let root = process.cwd();
  const checked = Promise.withResolvers<CheckedContent>();
  return {
    checkedContent: () => checked.promise,
    name: 'claimline:content-integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        const { errors, content } = await report(root, logger);
        if (errors > 0 && command === 'build') {
          throw new Error(`content check failed with ${errors} error(s); see the lines above (npm run check:content)`);
        }
        updateConfig({ vite: { plugins: [historyModule(content.firstPublished ?? {})] } });
        if (errors === 0) checked.resolve(content);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, path) => {
          // `root` ends with a separator (it comes from a folder URL): join, rather than paste, the paths.
          if (path.startsWith(join(root, 'content') + sep)) void report(root, logger);
        });
      },
    },
  };
}
