/**
 * The measuring scripts' command lines, read by src/cli/command-line.ts. Pure: each turns the parsed options into
 * the script's settings, so that a script measures nothing on a command line it cannot take.
 */
import { resolve } from 'node:path';
import { defineCommand, UsageError, wholeNumber } from '../../src/cli/command-line.ts';

export const accuracyCommand = defineCommand({
  name: 'claims:accuracy',
  usage: `usage: npm run claims:accuracy [-- --verbose]
       npm run claims:accuracy -- --polnear DIR [--split dev|train] [--verbose]
  How far claims:draft agrees with labels an editor wrote: the seed article and tests/fixtures/draft/, or PolNeAR.
  --polnear DIR  measure on the PolNeAR corpus in DIR instead (sourced-sentence precision, recall, F1, speakers)
  --split        the PolNeAR split to measure (default dev)
  --verbose      list every disagreement`,
  options: { polnear: { type: 'string' }, split: { type: 'string' }, verbose: { type: 'boolean', default: false } },
  read: (values) => {
    if (values.split !== undefined && values.polnear === undefined) throw new UsageError('--split needs --polnear DIR');
    return {
      polnear: values.polnear === undefined ? undefined : resolve(values.polnear),
      split: values.split ?? 'dev',
      verbose: values.verbose,
    };
  },
});

export const markdownCommand = defineCommand({
  name: 'measure:markdown',
  usage: `usage: npm run measure:markdown -- [--claims N] [--runs R] [--skip-builds]
  What each markdown pipeline costs on N generated claims: the render alone, then a whole astro build.
  --claims N       claims in the generated content (default 3000)
  --runs R         runs of each measurement, the fastest kept (default 2)
  --skip-builds    measure the render only`,
  options: {
    claims: { type: 'string', default: '3000' },
    runs: { type: 'string', default: '2' },
    'skip-builds': { type: 'boolean', default: false },
  },
  read: (values) => ({
    claims: wholeNumber('--claims', values.claims),
    runs: wholeNumber('--runs', values.runs),
    skipBuilds: values['skip-builds'],
  }),
});

export const shareImagesCommand = defineCommand({
  name: 'measure:share-images',
  usage: `usage: npm run measure:share-images [-- --runs N]
  What the seed's share images cost, stage by stage, in this process.
  --runs N   runs of each card, the fastest kept (default 3)`,
  options: { runs: { type: 'string', default: '3' } },
  read: (values) => ({ runs: wholeNumber('--runs', values.runs) }),
});

export const historyCommand = defineCommand({
  name: 'history',
  usage: `usage: node tools/measure/history.ts [--claims N] [--commits C] [--keep]
  What reading history adds to a build: the bench corpus of N claims in a throw-away repository with C commits.
  --claims N    claims in the corpus (default 10000)
  --commits C   commits after the first, each changing a few notes (default 20)
  --keep        keep the repository (tests/.tmp/history-bench/) afterwards`,
  options: {
    claims: { type: 'string', default: '10000' },
    commits: { type: 'string', default: '20' },
    keep: { type: 'boolean', default: false },
  },
  read: (values) => ({
    claims: wholeNumber('--claims', values.claims),
    commits: wholeNumber('--commits', values.commits, 0),
    keep: values.keep,
  }),
});

export const distSwapCommand = defineCommand({
  name: 'dist-swap',
  usage: `usage: node tools/measure/dist-swap.ts [--runs N]
  How long dist/ is missing during a build's swap, on copies of the built dist/ (build first).
  --runs N   swaps to time (default 20)`,
  options: { runs: { type: 'string', default: '20' } },
  read: (values) => ({ runs: wholeNumber('--runs', values.runs) }),
});

export const weighPagesCommand = defineCommand({
  name: 'weight',
  usage: `usage: npm run weight [-- page.html …]   or   npm run weight -- --all
  What built pages weigh gzipped, HTML plus the CSS and JS they load (build first).
  page.html …   pages to weigh, as paths under dist/ (default: index.html)
  --all         weigh every page and print the five heaviest`,
  positionals: true,
  options: { all: { type: 'boolean', default: false } },
  read: (values, positionals) => {
    if (values.all && positionals.length > 0) throw new UsageError('give pages to weigh or --all, not both');
    return { all: values.all, pages: positionals.length > 0 ? positionals : ['index.html'] };
  },
});
