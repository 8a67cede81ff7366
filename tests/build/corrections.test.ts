import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGES_ONLY, runAstroBuild } from '../helpers/cli.ts';
import { fixtureProject, projectRoot } from '../helpers/fixtures.ts';

/**
 * Corrections end to end, on a throw-away git repository (docs/corrections.md): the base fixture committed on
 * `main`, then one claim's sourcing corrected with the correction recorded, committed again; built, and checked. The
 * builds are of the pages alone: corrections show in pages, feeds and the export, not in share images or search.
 */

const REPAIRS = 'content/claims/harbour-report/02-repairs.md';
const AID = 'content/claims/harbour-report/03-aid.md';
const FIRST = '2025-03-11T10:00:00Z';
const SECOND = '2025-04-10T09:00:00Z';
const UNAVAILABLE = /history unavailable/g;

const gitEnv = (date: string) => ({
  ...process.env,
  GIT_AUTHOR_NAME: 'Editor',
  GIT_AUTHOR_EMAIL: 'editor@example.org',
  GIT_COMMITTER_NAME: 'Editor',
  GIT_COMMITTER_EMAIL: 'editor@example.org',
  GIT_AUTHOR_DATE: date,
  GIT_COMMITTER_DATE: date,
});
const git = (cwd: string, args: string[], date = FIRST) =>
  execFileSync('git', args, { cwd, env: gitEnv(date), encoding: 'utf8' });

const corrected = (source: string) =>
  source
    .replace('category: anonymous-official', 'category: unattributed')
    .replace('chain: [coast-gazette, port-officials]', 'chain: [coast-gazette]')
    .replace(
      /\n---\n/,
      `
corrections:
  - date: 2025-04-10
    fields: [attribution.category, attribution.chain]
    from: Anonymous official (port officials)
    to: Unattributed (the Gazette's own voice)
    reason: The article gives the estimate in its own voice; port officials are quoted only later.
---
`,
    );

/** `content/…` edited in place by `edit`. */
function edit(dir: string, path: string, change: (source: string) => string) {
  writeFileSync(join(dir, path), change(readFileSync(join(dir, path), 'utf8')));
}

/** The content check's CLI in `cwd`, with `env` as the whole environment besides PATH and HOME. */
function checkContent(cwd: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(projectRoot, 'src', 'cli', 'check-content.ts')], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

let repo = '';

beforeAll(() => {
  repo = fixtureProject('base', 'corrections-history');
  writeFileSync(join(repo, '.gitignore'), 'node_modules\ndist\n.cache\n.astro\n');
  git(repo, ['init', '--quiet', '--initial-branch=main']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '--quiet', '-m', 'Harbour report']);
  edit(repo, REPAIRS, corrected);
  git(repo, ['commit', '--quiet', '-am', 'Correct the sourcing of the repairs estimate'], SECOND);
});

describe('a recorded correction, built from a git repository', () => {
  let dist = '';
  let log = '';
  beforeAll(() => {
    const result = runAstroBuild(repo, PAGES_ONLY);
    log = result.stdout + result.stderr;
    expect(result.status, log).toBe(0);
    dist = join(repo, 'dist');
  }, 300_000);
  const page = (path: string) => parse(readFileSync(join(dist, path), 'utf8'));

  it('reads history without a word about it being unavailable', () => {
    expect(log.match(UNAVAILABLE)).toBeNull();
  });

  it('shows on the claim page: first published, and the correction beside the sourcing', () => {
    const claim = page('claims/harbour-report/02-repairs/index.html');
    expect(claim.querySelector('.history time')?.getAttribute('datetime')).toBe('2025-03-11');
    const note = claim.querySelector('#correction-1');
    expect(note?.textContent.replace(/\s+/g, ' ')).toContain(
      'Correction, 10 Apr 2025: Sourcing category and attribution chain corrected from “Anonymous official (port ' +
        "officials)” to “Unattributed (the Gazette's own voice)”. The article gives the estimate in its own voice",
    );
    // Beside what it changed: after the heading "On whose word", before "How firmly".
    const headings = claim.querySelectorAll('h2, #correction-1').map((element) => element.id || element.text);
    expect(headings.indexOf('correction-1')).toBe(headings.indexOf('On whose word') + 1);
  });

  it('lists it on /corrections/, linked to the claim page', () => {
    const list = page('corrections/index.html');
    const link = list.querySelector('main ol a');
    expect(link?.getAttribute('href')).toBe('/claims/harbour-report/02-repairs/#correction-1');
    expect(list.querySelector('main ol time')?.getAttribute('datetime')).toBe('2025-04-10');
  });

  it('puts it in the corrections feed', () => {
    const feed = readFileSync(join(dist, 'corrections', 'feed.xml'), 'utf8');
    expect(feed).toContain('<link>https://claimline.example/claims/harbour-report/02-repairs/#correction-1</link>');
    expect(feed).toContain('<pubDate>Thu, 10 Apr 2025 00:00:00 GMT</pubDate>');
  });

  it('describes it in the JSON-LD as a CorrectionComment', () => {
    const script = page('claims/harbour-report/02-repairs/index.html').querySelector(
      'script[type="application/ld+json"]',
    );
    const data = JSON.parse(script?.textContent ?? '{}') as { correction?: unknown };
    expect(data.correction).toEqual([
      expect.objectContaining({ '@type': 'CorrectionComment', datePublished: '2025-04-10' }),
    ]);
  });

  it('exports firstPublished and corrections in claims.json', () => {
    const exported = JSON.parse(readFileSync(join(dist, 'claims.json'), 'utf8')) as {
      claims: { id: string; firstPublished: string | null; corrections: { fields: string[] }[] }[];
    };
    const repairs = exported.claims.find((claim) => claim.id === 'harbour-report/02-repairs');
    expect(repairs?.firstPublished).toBe('2025-03-11');
    expect(repairs?.corrections.map((correction) => correction.fields)).toEqual([
      ['attribution.category', 'attribution.chain'],
    ]);
    expect(exported.claims.find((claim) => claim.id === 'harbour-report/01-reopened')?.corrections).toEqual([]);
  });
});

describe('an unrecorded change to a published claim', () => {
  beforeAll(() => {
    edit(repo, AID, (source) =>
      source.replace('category: named', 'category: unattributed').replace('    - ana-ruiz\n', ''),
    );
  });

  it('fails the check in CI, naming the file, line and field', () => {
    const result = checkContent(repo, { CI: 'true' });
    expect(result.status, result.output).toBe(1);
    expect(result.output).toContain(`${AID}:7: attribution.category: changed since the claim was published`);
  });

  it('is a warning on an editor’s machine', () => {
    const result = checkContent(repo, {});
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`${AID}:7: attribution.category: warning: changed since the claim was published`);
  });

  it('says once that history is unavailable where there is no git, and does not fail', () => {
    const result = checkContent(repo, { PATH: '/nonexistent' });
    expect(result.status, result.output).toBe(0);
    expect(result.output.match(UNAVAILABLE)).toHaveLength(1);
    expect(result.output).not.toContain('attribution.category');
  });
});

describe('a shallow clone', () => {
  it('builds, says once that history is unavailable, and shows no first-published day', () => {
    const clone = `${repo}-shallow`;
    execFileSync('rm', ['-rf', clone]);
    git(projectRoot, ['clone', '--quiet', '--depth=1', `file://${repo}`, clone]);
    symlinkSync(join(projectRoot, 'node_modules'), join(clone, 'node_modules'));
    const result = runAstroBuild(clone, PAGES_ONLY);
    const log = result.stdout + result.stderr;
    expect(result.status, log).toBe(0);
    expect(log.match(UNAVAILABLE)).toHaveLength(1);
    expect(log).toContain('shallow clone');
    const claim = readFileSync(join(clone, 'dist', 'claims', 'harbour-report', '02-repairs', 'index.html'), 'utf8');
    expect(claim).not.toContain('First published');
    // The recorded correction is content, not history: it still shows.
    expect(claim).toContain('id="correction-1"');
  }, 300_000);
});
