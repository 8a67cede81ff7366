import { execFile } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inheritedEnv } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * Every command-line tool reads its arguments with src/cli/command-line.ts, before it does any work: an unknown
 * option is one line on stderr, naming the tool, and exit 1; `--help` prints the usage and exits 0. What each tool
 * makes of its options, and each one's usage, is tested on the parsing alone (tests/unit/cli-options,
 * bench-report, gates-options, measure-options), so one tool here shows `--help` for all of them.
 */

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = inheritedEnv()): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: projectRoot, encoding: 'utf8', env }, (error, stdout, stderr) => {
      resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

const tools: [name: string, script: string][] = [
  ['check:content', 'src/cli/check-content.ts'],
  ['claims:draft', 'src/cli/draft-claims.ts'],
  ['claims:new', 'src/cli/new-claim.ts'],
  ['bench', 'tools/bench/cli.ts'],
  ['claims:accuracy', 'tools/measure/draft-accuracy.ts'],
  ['measure:markdown', 'tools/measure/markdown.ts'],
  ['measure:share-images', 'tools/measure/share-images.ts'],
  ['history', 'tools/measure/history.ts'],
  ['dist-swap', 'tools/measure/dist-swap.ts'],
  ['weight', 'tools/measure/weigh-pages.ts'],
  ['gate:links', 'tools/gates/links.ts'],
  ['gate:size', 'tools/gates/size.ts'],
  ['gate:lighthouse', 'tools/gates/lighthouse.ts'],
  ['gate:determinism', 'tools/gates/determinism.ts'],
];

describe.concurrent('every command-line tool', () => {
  it.each(tools)('%s: an unknown option is one line on stderr and exit 1', async (name, script) => {
    const result = await run(process.execPath, [join(projectRoot, script), '--no-such-option']);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      new RegExp(`^${name}: Unknown option '--no-such-option'[^\\n]*\\(--help prints the usage\\)\\n$`, 'u'),
    );
  });

  it('--help prints the usage on stdout and exits 0, doing nothing else', async () => {
    // Had --help not stopped it, --runs 1 would copy dist/ (which the content tests never build) and fail.
    const script = join(projectRoot, 'tools/measure/dist-swap.ts');
    const result = await run(process.execPath, [script, '--help', '--runs', '1']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^usage: node tools\/measure\/dist-swap\.ts/u);
    expect(result.stderr).toBe('');
  });

  it('options reach a tool through npm run … --, and a mistake in them is reported by name', async () => {
    const npmEnv = { ...inheritedEnv(), PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
    const result = await run('npm', ['run', '--silent', 'claims:accuracy', '--', '--split', 'dev'], npmEnv);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('claims:accuracy: --split needs --polnear DIR (--help prints the usage)\n');
  });
});
