import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type RawFile } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { runBuildHook } from '../helpers/build-hook.ts';
import { PAGES_ONLY, runAstroBuild, runCli } from '../helpers/cli.ts';
import { fixtureContent, fixtureFiles, fixtureProject } from '../helpers/fixtures.ts';

/**
 * The review state end to end: the base fixture with one claim and one source as `claims:draft` leaves them
 * (`draft: true`, drafter's notes), checked, refused by a publishing build, and built as a preview.
 */
const NOTE = 'DRAFTER-NOTE-MARKER chose named for the port authority';

const drafted: Record<string, string> = {
  'content/sources/port-authority.yaml': [
    'type: institution',
    'name: Skelder Port Authority',
    'country: Denmark',
    'draft: true',
    'drafterNotes:',
    `  - ${NOTE}`,
    '',
  ].join('\n'),
  'content/claims/harbour-report/02-repairs.md': [
    '---',
    'article: harbour-report',
    'order: 2',
    'excerpt: Port officials said the repairs could take weeks.',
    'kind: statement',
    'attribution:',
    '  category: named',
    '  chain: [coast-gazette, port-authority]',
    'draft: true',
    'drafterNotes:',
    `  - ${NOTE}`,
    '---',
    '',
  ].join('\n'),
};

function draftFiles(): RawFile[] {
  const files = new Map(fixtureFiles('base').map((file) => [file.path, file.bytes]));
  for (const [path, text] of Object.entries(drafted)) files.set(path, new TextEncoder().encode(text));
  return [...files].map(([path, bytes]) => ({ path, bytes }));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

describe('the content check and drafts', () => {
  it('lists every unreviewed draft as a warning, one line per file', () => {
    const { problems } = checkContent(draftFiles());
    expect(problems.map(formatProblem)).toEqual([
      'content/claims/harbour-report/02-repairs.md:9: draft: warning: is a draft no editor has reviewed yet: review it and remove `draft: true`',
      'content/sources/port-authority.yaml:4: draft: warning: is a draft no editor has reviewed yet: review it and remove `draft: true`',
    ]);
  });

  it('fails on a draft when publishing, and not in a preview', () => {
    const publishing = checkContent(draftFiles(), { publish: true }).problems;
    expect(publishing.filter((problem) => problem.severity === 'error').map((problem) => problem.file)).toEqual([
      'content/claims/harbour-report/02-repairs.md',
      'content/sources/port-authority.yaml',
    ]);
    expect(publishing[0]?.message).toContain('npm run build:preview');
    const preview = checkContent(draftFiles(), { publish: true, previewDrafts: true }).problems;
    expect(preview.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('counts the drafts in check:content’s summary and exits 0', () => {
    const result = runCli('check-content', [], fixtureContent('good', 'drafts-check', draftFiles()));
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/0 errors, 2 warnings, 2 drafts to review/);
  });
});

describe('astro build with drafts', () => {
  // The build's check hook, in this process: a real build stops at the same place (pipeline.test.ts shows how).
  it('refuses to publish them', async () => {
    const { lines, stopped } = await runBuildHook(fixtureContent('good', 'drafts-publish', draftFiles()));
    expect(stopped).toMatch(/^content check failed: .*: 2 errors/);
    expect(lines).toContain(
      'content/claims/harbour-report/02-repairs.md:9: draft: is a draft: review it and remove `draft: true`, or build a preview with `npm run build:preview`',
    );
  });

  it('builds a preview that marks each draft and says it is a preview, with no drafter notes anywhere', () => {
    const dir = fixtureProject('good', 'drafts-preview', draftFiles());
    // The pages alone: the checked content every output is made from has its drafter notes dropped already
    // (withoutDrafterNotes in src/lib/content/check.ts), and the pages, feeds and export show what that left.
    const result = runAstroBuild(dir, { ...PAGES_ONLY, CLAIMLINE_PREVIEW_DRAFTS: '1' });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
    const text = (path: string) => page(path).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');

    const claim = text('claims/harbour-report/02-repairs');
    expect(claim).toContain('Draft claim: written by the drafting tool and not yet reviewed by an editor.');
    expect(claim).toContain('Named institution: On the record: an institution put its name to it.');
    expect(claim).not.toMatch(/someone put their name/i);
    // A reviewed claim is not marked.
    expect(text('claims/harbour-report/01-reopened')).not.toContain('Draft claim');

    const home = text('');
    expect(home).toContain('Preview with unreviewed drafts');
    expect(home).toContain('1 draft claim and 1 draft source');
    expect(home).toContain('Draft, not yet reviewed by an editor');
    // The list entry's badge words the institution as one.
    expect(home).toContain('Sourcing: Named institution');
    expect(text('methodology')).toContain('Preview with unreviewed drafts');
    expect(text('sources/port-authority')).toContain('Draft source:');

    const leaked = walk(join(dir, 'dist')).filter((path) => readFileSync(path).includes(NOTE.split(' ')[0] ?? ''));
    expect(leaked).toEqual([]);
  });
});
