import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldClaim } from '../../src/lib/draft/scaffold.ts';
import { readMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { validateFile } from '../../src/lib/content/schema-problems.ts';
import { claimFrontmatter } from '../../src/lib/content/check.ts';
import { runCli } from '../helpers/cli.ts';
import { fixtureContent, fixtureFiles } from '../helpers/fixtures.ts';

describe('scaffoldClaim', () => {
  it('writes a claim whose every field has a comment, and that the schema accepts', () => {
    const text = scaffoldClaim({
      article: 'harbour-report',
      order: 2,
      excerpt: 'It said "no": yes.',
      kind: 'event',
      category: 'unattributed',
      chain: ['coast-gazette'],
    });
    for (const line of text.split('\n').filter((entry) => /^\s*[a-z]+:/u.test(entry))) expect(line).toMatch(/ # /u);
    const read = readMarkdownFile('content/claims/harbour-report/02-x.md', new TextEncoder().encode(text));
    expect(read.problems).toEqual([]);
    expect(read.file && validateFile(claimFrontmatter, read.file).data).toMatchObject({
      excerpt: 'It said "no": yes.',
      attribution: { chain: ['coast-gazette'] },
    });
    // Optional fields with no value are there as commented templates.
    expect(text).toMatch(/^# date:/m);
    expect(text).toMatch(/^# headline:/m);
  });
});

describe('claims:new', () => {
  const base = fixtureFiles('base');
  const claimPath = 'content/claims/harbour-report/02-repairs.md';
  const excerpt = (): string => {
    const file = base.find((entry) => entry.path === claimPath);
    const read = readMarkdownFile(claimPath, file?.bytes ?? new Uint8Array());
    return String((read.file?.data as { excerpt?: string } | undefined)?.excerpt);
  };

  it('scaffolds a missing claim so that check:content passes, with the drafter’s reading as defaults', () => {
    const dir = fixtureContent(
      'good',
      'new-claim',
      base.filter((file) => file.path !== claimPath),
    );
    expect(runCli('check-content', [], dir).status).toBe(1);
    const result = runCli(
      'new-claim',
      ['--article', 'harbour-report', '--excerpt', excerpt(), '--order', '2', '--slug', 'repairs'],
      dir,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/wrote content\/claims\/harbour-report\/02-repairs\.md/);
    const check = runCli('check-content', [], dir);
    expect(check.stdout).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite an existing claim, and writes nothing', () => {
    const dir = fixtureContent('good', 'new-claim-exists', base);
    const before = readFileSync(join(dir, claimPath), 'utf8');
    const result = runCli(
      'new-claim',
      ['--article', 'harbour-report', '--excerpt', excerpt(), '--order', '2', '--slug', 'repairs'],
      dir,
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/refusing to overwrite content\/claims\/harbour-report\/02-repairs\.md/);
    expect(readFileSync(join(dir, claimPath), 'utf8')).toBe(before);
  });

  it('refuses an unknown article or source with a hint, and a bad kind', () => {
    const dir = fixtureContent('good', 'new-claim-bad', base);
    const unknown = runCli('new-claim', ['--article', 'harbor-report', '--excerpt', 'x'], dir);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/unknown article "harbor-report" \(did you mean "harbour-report"\?\)/);
    const source = runCli(
      'new-claim',
      ['--article', 'harbour-report', '--excerpt', 'x', '--chain', 'coast-gazete'],
      dir,
    );
    expect(source.stderr).toMatch(/unknown source "coast-gazete" \(did you mean "coast-gazette"\?\)/);
    const kind = runCli('new-claim', ['--article', 'harbour-report', '--excerpt', 'x', '--kind', 'rumour'], dir);
    expect(kind.stderr).toMatch(/--kind "rumour" must be one of event, statement/);
    expect(readdirSync(join(dir, 'content', 'claims', 'harbour-report'))).toEqual([
      '01-reopened.md',
      '02-repairs.md',
      '03-aid.md',
    ]);
  });
});
