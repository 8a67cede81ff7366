/**
 * The gate scripts' command lines, read by src/cli/command-line.ts: the gates that read a built site take
 * `--dist <folder>` (dist/ by default); the determinism gate builds its own, and may compare one of them with a
 * build already made (`--against`).
 */
import { join, resolve } from 'node:path';
import { defineCommand } from '../../src/cli/command-line.ts';
import { projectRoot } from './shared.ts';

const builtSiteCommand = (name: string, what: string) =>
  defineCommand({
    name,
    usage: `usage: npm run ${name} [-- --dist <folder>]\n  ${what}\n  --dist <folder>  the built site to check (default: dist/)`,
    options: { dist: { type: 'string' } },
    read: (values) => ({ dist: resolve(values.dist ?? join(projectRoot, 'dist')) }),
  });

export const linksCommand = builtSiteCommand(
  'gate:links',
  'Every internal link, asset and #fragment of the built site resolves; external links are listed, never fetched.',
);

export const sizeCommand = builtSiteCommand(
  'gate:size',
  "Every built page is within its page type's gzip budget for HTML, CSS and JS (gates.config.json).",
);

export const lighthouseCommand = builtSiteCommand(
  'gate:lighthouse',
  'Lighthouse (mobile) on the pages in gates.config.json reaches every threshold; reports in test-results/lighthouse/.',
);

export const determinismCommand = defineCommand({
  name: 'gate:determinism',
  usage:
    'usage: npm run gate:determinism [-- --against <folder>]\n' +
    '  Builds the site twice from clean copies, the second at UTC+14 in a German locale, and compares every file.\n' +
    "  --against <folder>  a build made from this checkout with no cache (CI's dist/): build once, compare with it",
  options: { against: { type: 'string' } },
  read: (values) => ({ against: values.against === undefined ? undefined : resolve(values.against) }),
});
