import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/content-check.ts';
import { readContentFiles } from '../lib/content-files.ts';
import { formatProblem } from '../lib/problems.ts';

/**
 * Runs the content check before Astro loads any content, so that `astro build` fails on exactly what
 * `npm run check:content` reports (and with the same `path:line: field:` lines), never publishing a site that
 * drops or garbles a claim. Under `astro dev` it reports instead of failing, and again on every content change.
 */
async function report(root: string, logger: AstroIntegrationLogger): Promise<number> {
  const { problems } = checkContent(await readContentFiles(root));
  for (const problem of problems) {
    if (problem.severity === 'error') logger.error(formatProblem(problem));
    else logger.warn(formatProblem(problem));
  }
  return problems.filter((problem) => problem.severity === 'error').length;
}

export default function contentIntegrity(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'claimline:content-integrity',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const errors = await report(root, logger);
        if (errors > 0 && command === 'build') {
          throw new Error(`content check failed with ${errors} error(s); see the lines above (npm run check:content)`);
        }
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
