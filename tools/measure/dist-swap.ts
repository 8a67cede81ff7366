import { cpSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { distSwapCommand } from './options.ts';

/**
 * How long dist/ is missing during a build's swap (src/integrations/dist-swap.ts, swapIn): the time of its two
 * renames, on copies of the built dist/ in a scratch folder inside the project (so on the same file system), run
 * `--runs` times (default 20). Build first (`npx astro build`). Usage: node tools/measure/dist-swap.ts [--runs N]
 */
const { runs } = readCommandLine(distSwapCommand);
const scratch = join(process.cwd(), 'tests', '.tmp', 'measure-dist-swap');
const gaps: number[] = [];
for (let run = 0; run < runs; run += 1) {
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  cpSync('dist', join(scratch, 'dist'), { recursive: true });
  cpSync('dist', join(scratch, 'staged'), { recursive: true });
  const start = process.hrtime.bigint();
  renameSync(join(scratch, 'dist'), join(scratch, 'previous'));
  renameSync(join(scratch, 'staged'), join(scratch, 'dist'));
  gaps.push(Number(process.hrtime.bigint() - start) / 1000);
}
rmSync(scratch, { recursive: true, force: true });
gaps.sort((a, b) => a - b);
const at = (share: number) => (gaps[Math.min(gaps.length - 1, Math.floor(share * gaps.length))] ?? 0).toFixed(0);
console.log(`dist/ missing during the swap, ${String(runs)} runs: median ${at(0.5)} µs, largest ${at(1)} µs`);
