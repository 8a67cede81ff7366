/**
 * `npm run gate:size [-- --dist <folder>]`: every built page within its type's size budget (gates.config.json),
 * HTML, CSS and JavaScript in gzip bytes. Prints the heaviest page of each type against its budget, and writes
 * the table to test-results/gates/size.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { budgetTable, checkBudgets, measurePage } from './size-budget.ts';
import { filesUnder, projectRoot, readGatesConfig, secondsSince } from './shared.ts';
import { sizeCommand } from './options.ts';

const start = performance.now();
const { dist } = readCommandLine(sizeCommand);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);
const { sizeBudgets } = readGatesConfig();
const sizes = filesUnder(dist)
  .filter((file) => file.endsWith('.html'))
  .map((page) =>
    measurePage(page, readFileSync(join(dist, page)), (address) =>
      readFileSync(join(dist, decodeURIComponent(address.replace(/[?#].*$/, '')).slice(1))),
    ),
  );
const report = checkBudgets(sizes, sizeBudgets);
const table = budgetTable(report);
console.log(table);

const out = join(projectRoot, 'test-results', 'gates');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'size.md'),
  `# Size budget\n\n${table}\n\n${report.problems.map((p) => `- ${p}`).join('\n')}\n`,
);

if (report.problems.length > 0) {
  for (const problem of report.problems) console.error(`over budget: ${problem}`);
  console.error(`size: FAILED, ${report.problems.length} problems (${secondsSince(start)} s)`);
  process.exitCode = 1;
} else {
  console.log(`size: passed, ${sizes.length} pages within budget (${secondsSince(start)} s)`);
}
