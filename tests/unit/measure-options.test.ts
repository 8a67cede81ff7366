import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.ts';
import {
  accuracyCommand,
  distSwapCommand,
  historyCommand,
  markdownCommand,
  shareImagesCommand,
  weighPagesCommand,
} from '../../tools/measure/options.ts';

describe('claims:accuracy', () => {
  it('measures the fixtures, or PolNeAR with --polnear and --split, each with --verbose', () => {
    expect(parseCommandLine(accuracyCommand, []).options).toEqual({ polnear: undefined, split: 'dev', verbose: false });
    expect(parseCommandLine(accuracyCommand, ['--verbose']).options?.verbose).toBe(true);
    // As `npm run claims:accuracy -- --polnear DIR --split train` passes them.
    expect(parseCommandLine(accuracyCommand, ['--polnear', '../corpora/polnear', '--split', 'train']).options).toEqual({
      polnear: resolve('../corpora/polnear'),
      split: 'train',
      verbose: false,
    });
  });

  it('refuses --split without --polnear, a missing folder and an unknown option', () => {
    expect(parseCommandLine(accuracyCommand, ['--split', 'dev']).error).toBe('--split needs --polnear DIR');
    expect(parseCommandLine(accuracyCommand, ['--polnear']).error).toBe("Option '--polnear <value>' argument missing");
    expect(parseCommandLine(accuracyCommand, ['--polner', 'x']).error).toMatch(/^Unknown option '--polner'/);
    expect(parseCommandLine(accuracyCommand, ['--help']).help).toMatch(/^usage: npm run claims:accuracy/);
  });
});

describe('measure:markdown', () => {
  it('reads the size, the runs and --skip-builds, with defaults', () => {
    expect(parseCommandLine(markdownCommand, []).options).toEqual({ claims: 3000, runs: 2, skipBuilds: false });
    expect(parseCommandLine(markdownCommand, ['--claims', '30', '--runs', '3', '--skip-builds']).options).toEqual({
      claims: 30,
      runs: 3,
      skipBuilds: true,
    });
  });

  it('refuses a size or a count it cannot use, and an unknown option', () => {
    expect(parseCommandLine(markdownCommand, ['--claims', 'lots']).error).toBe(
      '--claims must be a whole number, not "lots"',
    );
    expect(parseCommandLine(markdownCommand, ['--runs', '0']).error).toBe('--runs must be at least 1');
    expect(parseCommandLine(markdownCommand, ['--runs']).error).toBe("Option '--runs <value>' argument missing");
    expect(parseCommandLine(markdownCommand, ['--skip-build']).error).toMatch(/^Unknown option '--skip-build'/);
    expect(parseCommandLine(markdownCommand, ['--help']).help).toMatch(/^usage: npm run measure:markdown/);
  });
});

describe('measure:share-images and dist-swap', () => {
  it('read --runs, with their defaults, and refuse anything else', () => {
    expect(parseCommandLine(shareImagesCommand, []).options).toEqual({ runs: 3 });
    expect(parseCommandLine(shareImagesCommand, ['--runs', '5']).options).toEqual({ runs: 5 });
    expect(parseCommandLine(shareImagesCommand, ['--runs', 'five']).error).toMatch(/^--runs must be a whole number/);
    expect(parseCommandLine(distSwapCommand, []).options).toEqual({ runs: 20 });
    expect(parseCommandLine(distSwapCommand, ['--runs=2']).options).toEqual({ runs: 2 });
    expect(parseCommandLine(distSwapCommand, ['--runs']).error).toBe("Option '--runs <value>' argument missing");
    expect(parseCommandLine(distSwapCommand, ['20']).error).toMatch(/^Unexpected argument '20'/);
    expect(parseCommandLine(shareImagesCommand, ['--help']).help).toMatch(/^usage: npm run measure:share-images/);
    expect(parseCommandLine(distSwapCommand, ['--help']).help).toMatch(/^usage: node tools\/measure\/dist-swap\.ts/);
  });
});

describe('the history measurement', () => {
  it('reads the size, the commits and --keep, with defaults', () => {
    expect(parseCommandLine(historyCommand, []).options).toEqual({ claims: 10000, commits: 20, keep: false });
    expect(parseCommandLine(historyCommand, ['--claims', '100', '--commits', '0', '--keep']).options).toEqual({
      claims: 100,
      commits: 0,
      keep: true,
    });
    expect(parseCommandLine(historyCommand, ['--commits', 'x']).error).toMatch(/^--commits must be a whole number/);
    expect(parseCommandLine(historyCommand, ['--keep=no']).error).toBe("Option '--keep' does not take an argument");
    expect(parseCommandLine(historyCommand, ['--help']).help).toMatch(/^usage: node tools\/measure\/history\.ts/);
  });
});

describe('weight', () => {
  it('weighs the home page, the pages named, or --all', () => {
    expect(parseCommandLine(weighPagesCommand, []).options).toEqual({ all: false, pages: ['index.html'] });
    expect(parseCommandLine(weighPagesCommand, ['search/index.html', '404.html']).options).toEqual({
      all: false,
      pages: ['search/index.html', '404.html'],
    });
    expect(parseCommandLine(weighPagesCommand, ['--all']).options).toEqual({ all: true, pages: ['index.html'] });
  });

  it('refuses pages with --all, and an unknown option', () => {
    expect(parseCommandLine(weighPagesCommand, ['--all', '404.html']).error).toBe(
      'give pages to weigh or --all, not both',
    );
    expect(parseCommandLine(weighPagesCommand, ['--heaviest']).error).toMatch(/^Unknown option '--heaviest'/);
    expect(parseCommandLine(weighPagesCommand, ['--help']).help).toMatch(/^usage: npm run weight/);
  });
});
