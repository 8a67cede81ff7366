/**
 * `npm run weight [-- page.html …]`: what built pages weigh gzipped, HTML plus the CSS and JS they load.
 * With no arguments it weighs the home page; `--all` weighs every page and prints the heaviest. Run after
 * `npm run build`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { weighPagesCommand } from './options.ts';
import { formatWeight, weighPage } from './page-weight.ts';

const dist = join(process.cwd(), 'dist');
const read = (path: string) => readFileSync(join(dist, path));
const { all, pages } = readCommandLine(weighPagesCommand);

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlPages(path);
    return entry.name.endsWith('.html') ? [relative(dist, path).split(sep).join('/')] : [];
  });
}

if (all) {
  const weights = htmlPages(dist).map((page) => weighPage(page, read));
  weights.sort((a, b) => b.total - a.total);
  console.log(`${weights.length} pages; heaviest:`);
  for (const weight of weights.slice(0, 5)) console.log(formatWeight(weight));
} else {
  for (const page of pages) console.log(formatWeight(weighPage(page, read)));
}
