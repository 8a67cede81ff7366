import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { checkSeed, readSeedFiles } from '../helpers/seed.ts';

// The seed alone: an article an editor adds to content/ has claims and sources of its own (tests/helpers/seed.ts).
const seed = await checkSeed();

describe('the seed content', () => {
  it('passes every check with no problem at all', () => {
    expect(seed.problems).toEqual([]);
  });

  it('puts every body sentence of the article in exactly one claim, in article order', () => {
    const article = seed.content.articles.get('territory-for-peace');
    expect(article?.sentences).toHaveLength(23);
    const covered = seed.content.claims.flatMap((claim) => claim.sentences);
    expect(covered).toEqual(article?.sentences.map((sentence) => sentence.index));
  });

  it('attributes every claim by its chain, from the publisher inward', () => {
    for (const claim of seed.content.claims) expect(claim.data.attribution.chain[0]).toBe('rbc-ukraine');
    const categories = new Set(seed.content.claims.map((claim) => claim.data.attribution.category));
    expect([...categories].sort()).toEqual(['anonymous-official', 'anonymous-source', 'named', 'outlet', 'unattributed']);
  });

  it('reads "this week" and "next week" as the weeks around 8 Aug 2025, inferred', () => {
    const byPhrase = new Map(seed.content.claims.map((claim) => [claim.data.date?.asWritten, claim.data.date]));
    // "This week" is the week of 4 Aug; Witkoff's visit was past when the article came out on 8 Aug, so the claim
    // gives the day other reporting gives (a correction recorded on the claim), not a week running past publication.
    expect(byPhrase.get('This week')).toMatchObject({ start: '2025-08-06', end: '2025-08-06', precision: 'day', basis: 'inferred' });
    expect(byPhrase.get('next week')).toMatchObject({ start: '2025-08-11', end: '2025-08-17', precision: 'week', basis: 'inferred' });
  });
});

describe('npm run check:content', () => {
  it('exits 0 on the seed and prints no problem line', async () => {
    const project = mkdtempSync(join(tmpdir(), 'claimline-seed-'));
    try {
      for (const file of await readSeedFiles()) {
        mkdirSync(join(project, dirname(file.path)), { recursive: true });
        writeFileSync(join(project, file.path), file.bytes);
      }
      const result = runCli('check-content', [], project);
      expect(result.status).toBe(0);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/check:content ok: 1 articles, \d+ sources, 23 claims: 0 errors, 0 warnings/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('says where content/ should be, and exits 1, when run outside the project', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'claimline-no-content-'));
    try {
      const result = runCli('check-content', [], elsewhere);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`check:content failed: there is no content/ folder in ${elsewhere}`);
      expect(result.stderr).not.toMatch(/ENOENT|\n\s+at /u);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
