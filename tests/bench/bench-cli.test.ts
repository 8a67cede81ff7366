import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { RESULTS_HEADER } from '../../tools/bench/report.ts';
import { runCli } from '../helpers/cli.ts';
import { projectRoot } from '../helpers/fixtures.ts';

// End to end on a small corpus: three real `astro build` runs. `--profile` would add a fourth, the whole site again;
// its options and the reading of Node's profiles are tested on a small program instead (profiler.test.ts).
describe('npm run bench', () => {
  it('builds a corpus and the baseline, prints the contract line and appends a dated row', () => {
    const work = join(projectRoot, 'tests', '.tmp', 'bench-smoke');
    const results = join(work, 'results.md');
    rmSync(work, { recursive: true, force: true });
    const run = runCli('tools/bench/cli.ts', ['--claims', '30', '--work', work, '--results', results]);
    expect(run.status, run.stderr).toBe(0);

    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const match =
      /^claims=30 build_s=(\d+\.\d\d) baseline_s=(\d+\.\d\d) ratio=(\d+\.\d\d) peak_rss_mb=(\d+) check_s=(\d+\.\d\d) largest_page_kb=(\d+\.\d)$/.exec(
        lines[0] ?? '',
      );
    expect(match, lines[0]).not.toBeNull();
    const [build, baseline, ratio, rss, check, largest] = (match ?? []).slice(1).map(Number);
    expect(ratio).toBeCloseTo((build ?? 0) / (baseline ?? 1), 1);
    // A Node process running Astro holds well over 50 MB; a figure below that would mean the polling failed.
    expect(rss).toBeGreaterThan(50);
    expect(check).toBeGreaterThan(0);
    expect(largest).toBeGreaterThan(0);

    const file = readFileSync(results, 'utf8');
    expect(file.startsWith(RESULTS_HEADER)).toBe(true);
    const rows = file.slice(RESULTS_HEADER.length).trim().split('\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/^\| \d{4}-\d\d-\d\d \d\d:\d\d \| 30 \| /);

    // Both projects were built from the same 30 claims: one baseline page per claim.
    const site = join(work, 'site-30');
    expect(existsSync(join(site, 'dist', 'claims.json'))).toBe(true);
    // The third build was of the pages alone: no search index or share images, which the first build made.
    // Without colours: CI may set FORCE_COLOR, and Astro then colours its log even into a file.
    const [whole, pagesAlone] = ['build.log', 'build-pages-only.log'].map((log) =>
      stripVTControlCharacters(readFileSync(join(site, log), 'utf8')),
    );
    expect(whole).toMatch(/\[claimline:share-images\] drew \d+ share images/);
    expect(whole).toMatch(/\[claimline:search-index\] indexed/);
    expect(pagesAlone).not.toMatch(/\[claimline:(share-images|search-index)\]/);
    expect(pagesAlone).toMatch(/\[build\] \d+ page\(s\) built in/);
    // With the site's styles, as the real site has them: a linked src/ once made Astro drop them, unseen.
    // Inlined or linked, as Astro decides by size (build.inlineStylesheets: 'auto').
    const home = readFileSync(join(site, 'dist', 'index.html'), 'utf8');
    const linked = [...home.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((match) =>
      readFileSync(join(site, 'dist', match[1] ?? ''), 'utf8'),
    );
    expect([home, ...linked].join('\n')).toMatch(/--bg:/);
    expect(run.stderr).toMatch(/Claimline pages alone \d+\.\d\d s/);
    expect(run.stderr).toMatch(/budget at 1\.3x: \d+\.\d\d s wall, \d+\.\d CPU s on \d+ cores; build used/);
    expect(rows[0]).toMatch(/ \| \d+\.\d\d \| \d+\.\d\d \|$/);
    // The phases of the three builds, read from their logs: the claim pages of both Claimline builds, the baseline's.
    expect(run.stderr).toMatch(/\| phase \| Claimline \| pages alone \| baseline \|/);
    expect(run.stderr).toMatch(
      /\| {3}pages under \/claims\/ \| \d+\.\d s \(30 × [\d.]+ ms\) \| \d+\.\d s \(30 × [\d.]+ ms\) \| – \|/,
    );
    expect(run.stderr).toMatch(/\| {3}pages under \/\*\/ \| – \| – \| \d+\.\d s \(30 × [\d.]+ ms\) \|/);
    const exported = JSON.parse(readFileSync(join(site, 'dist', 'claims.json'), 'utf8')) as { claims: unknown[] };
    expect(exported.claims).toHaveLength(30);
    expect(run.stderr).toMatch(/baseline build/);
    expect(run.stderr).not.toMatch(/CPU profiler/);
  }, 180_000);
});
