import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildClaimsExport } from '../../src/lib/publish/claims-export.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { runCli } from '../helpers/cli.ts';
import { fixtureFiles, projectRoot } from '../helpers/fixtures.ts';

/** The lines of check:content's output that are errors, not warnings. */
const errorLines = (stdout: string) =>
  stdout.split('\n').filter((line) => line !== '' && !line.includes(': warning: '));

/**
 * The real `claims:draft` command on real files: what it writes passes the real `check:content`, --json writes
 * nothing, and bad input writes nothing either.
 */

const tmp = join(projectRoot, 'tests', '.tmp', 'draft-cli');
const seedArticle = join(projectRoot, 'content', 'articles', 'territory-for-peace.md');
const wireArticle = join(projectRoot, 'tests', 'fixtures', 'draft', 'wire-port-strike', 'article.md');

/** Every file under a folder with its bytes, to show that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, 'base64');
    }
  };
  walk(dir);
  return out;
}

const draft = (args: string[]) => runCli('draft-claims', args);

beforeEach(() => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
});

describe('claims:draft writes files that check:content accepts', () => {
  it('into an empty project: the article, every claim and every source it names', () => {
    const project = join(tmp, 'empty');
    const result = draft([
      seedArticle,
      '--published',
      '2025-08-08',
      '--publisher',
      'RBC-Ukraine',
      '--out',
      project,
      '--id',
      'seed',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = Object.keys(snapshot(project));
    expect(written).toContain('content/articles/seed.md');
    expect(written.filter((path) => path.startsWith('content/claims/seed/'))).toHaveLength(23);
    expect(written.filter((path) => path.startsWith('content/sources/')).length).toBeGreaterThan(5);

    const check = runCli('check-content', [], project);
    // Warnings are the review check's flags on what the drafter wrote (drafts, placeholder roles): for the editor.
    expect(errorLines(check.stdout)).toEqual([]);
    expect(check.stderr).toMatch(/check:content ok: 1 articles, \d+ sources, 23 claims: 0 errors/);
    expect(check.status).toBe(0);
  });

  it('into a project with sources already: matches them and adds only the new ones', () => {
    const project = join(tmp, 'base');
    for (const { path, bytes } of fixtureFiles('base')) {
      mkdirSync(join(project, path, '..'), { recursive: true });
      writeFileSync(join(project, path), bytes);
    }
    const before = Object.keys(snapshot(join(project, 'content', 'sources')));
    const result = draft([wireArticle, '--published', '2025-03-13', '--publisher', 'Coast Gazette', '--out', project]);
    expect(result.status).toBe(0);
    const article = readFileSync(
      join(project, 'content', 'articles', 'halvik-dockworkers-extend-strike-as-pay.md'),
      'utf8',
    );
    expect(article).toMatch(/^publisher: "coast-gazette"$/m);
    const after = Object.keys(snapshot(join(project, 'content', 'sources')));
    expect(after).toEqual(expect.arrayContaining(before));
    expect(after).not.toContain('coast-gazette-2.yaml');

    const check = runCli('check-content', [], project);
    // Warnings are the review check's flags on what the drafter wrote (drafts, placeholder roles): for the editor.
    expect(errorLines(check.stdout)).toEqual([]);
    expect(check.status).toBe(0);
  });
});

describe('claims:draft --json', () => {
  it('writes nothing and prints the article and claims in the export’s shape', () => {
    const project = join(tmp, 'json');
    cpSync(join(projectRoot, 'content'), join(project, 'content'), { recursive: true });
    const before = snapshot(project);
    const result = draft([
      wireArticle,
      '--published',
      '2025-03-13',
      '--publisher',
      'Northline Wire',
      '--out',
      project,
      '--json',
    ]);
    expect(result.status).toBe(0);
    expect(snapshot(project)).toEqual(before);
    const json = JSON.parse(result.stdout) as { article: Record<string, unknown>; claims: Record<string, unknown>[] };
    expect(Object.keys(json)).toEqual(['article', 'claims']);
    expect(json.article).toMatchObject({
      title: 'Halvik dockworkers extend strike as pay talks collapse',
      published: '2025-03-13',
    });
    // Same keys as a claim of dist/claims.json, built from the seed by the export code.
    const exported = buildClaimsExport(toSiteContent(checkContent(fixtureFiles('base')).content)).claims[0];
    expect(Object.keys(json.claims[0] ?? {})).toEqual(Object.keys(exported ?? {}));
    expect(json.claims).toHaveLength(17);
    // Sources not in content/ appear by name: the publisher here is new.
    expect(json.article.publisher).toBe('Northline Wire');
  });
});

describe('claims:draft --json through npm, as an editor runs it', () => {
  // npm writes a "> claimline@… claims:draft" banner to stdout before the script's own output; --silent drops it.
  const npmEnv = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };
  const args = [wireArticle, '--published', '2025-03-13', '--publisher', 'Northline Wire', '--id', 'wire'];

  it('npm run --silent … --json prints JSON and nothing else', () => {
    const run = spawnSync('npm', ['run', '--silent', 'claims:draft', '--', ...args, '--json'], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: npmEnv,
    });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as { claims: unknown[] }).claims).toHaveLength(17);
  });

  it('--json-file FILE writes parseable JSON to FILE whatever npm prints, and nothing under content/', () => {
    const project = join(tmp, 'json-file');
    mkdirSync(project, { recursive: true });
    const file = join(tmp, 'draft.json');
    const run = spawnSync('npm', ['run', 'claims:draft', '--', ...args, '--out', project, '--json-file', file], {
      cwd: projectRoot,
      encoding: 'utf8',
      env: npmEnv,
    });
    expect(run.status, run.stderr).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { claims: unknown[] }).claims).toHaveLength(17);
    expect(snapshot(project)).toEqual({});
  });
});

describe('claims:draft refuses bad input with exit 1, a clear message, and nothing written', () => {
  // A missing or impossible --published is refused by the option parsing (tests/unit/cli-options.test.ts), and every
  // tool's refusal of its command line is exit 1 and one line (command-lines.test.ts): here, what the files hold.
  const cases: [string, () => string[], RegExp][] = [
    [
      'an empty file',
      () => {
        writeFileSync(join(tmp, 'empty.md'), '');
        return [join(tmp, 'empty.md'), '--published', '2025-08-08', '--publisher', 'X'];
      },
      /empty\.md is empty; nothing written/,
    ],
    [
      'a binary file',
      () => {
        writeFileSync(
          join(tmp, 'image.png'),
          Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff]),
        );
        return [join(tmp, 'image.png'), '--published', '2025-08-08', '--publisher', 'X'];
      },
      /image\.png is not UTF-8 text/,
    ],
    [
      'a file that does not exist',
      () => [join(tmp, 'nope.md'), '--published', '2025-08-08', '--publisher', 'X'],
      /cannot read .*nope\.md: ENOENT/,
    ],
  ];

  it.each(cases)('%s', (_name, args, message) => {
    const project = join(tmp, 'project');
    const list = args();
    const before = snapshot(tmp);
    const result = draft([...list, '--out', project]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
    expect(snapshot(tmp)).toEqual(before);
  });

  it('an output folder that already holds the claims: names them and writes nothing', () => {
    const project = join(tmp, 'twice');
    const args = [
      wireArticle,
      '--published',
      '2025-03-13',
      '--publisher',
      'Northline Wire',
      '--out',
      project,
      '--id',
      'strike',
    ];
    expect(draft(args).status).toBe(0);
    // Take the article away: the claims folder alone is enough to refuse.
    rmSync(join(project, 'content', 'articles', 'strike.md'));
    const before = snapshot(project);
    const result = draft(args);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to overwrite/);
    expect(result.stderr).toMatch(/content\/claims\/strike\/ \(already holds 17 files\)/);
    expect(result.stderr).toMatch(/content\/claims\/strike\/01-dockworkers-port-halvik-kept\.md/);
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(snapshot(project)).toEqual(before);
  });

  it('an article file that exists: names it and writes nothing', () => {
    const project = join(tmp, 'article');
    mkdirSync(join(project, 'content', 'articles'), { recursive: true });
    writeFileSync(join(project, 'content', 'articles', 'strike.md'), 'keep me');
    const before = snapshot(project);
    const result = draft([
      wireArticle,
      '--published',
      '2025-03-13',
      '--publisher',
      'X',
      '--out',
      project,
      '--id',
      'strike',
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/articles\/strike\.md/);
    expect(snapshot(project)).toEqual(before);
  });
});
