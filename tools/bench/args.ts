/**
 * `npm run bench -- --claims N[,N…] [--seed S] [--runs K] [--work DIR] [--results FILE] [--profile]`, read by the
 * editor tools' command line (src/cli/command-line.ts). Pure: argv in, options out.
 */
import { defineCommand, UsageError, wholeNumber } from '../../src/cli/command-line.ts';

export interface BenchOptions {
  /** Corpus sizes to run, in order; one contract line each. */
  claims: number[];
  seed: number;
  /** How many times each measurement is repeated; the fastest time and the largest peak memory are kept. */
  runs: number;
  /** Where the throw-away projects go (gitignored). */
  work: string;
  /** The results file a row is appended to. */
  results: string;
  /** After the timed runs, build the site once more under Node's CPU profiler and say where each thread's time went. */
  profile: boolean;
}

export const benchCommand = defineCommand({
  name: 'bench',
  usage:
    'usage: npm run bench -- --claims N[,N…] [--seed S] [--runs K] [--work DIR] [--results FILE] [--profile]\n' +
    '  --claims   claims in the generated corpus; a comma list runs each size in turn (1000,10000)\n' +
    '  --seed     corpus seed (default 1): the same seed gives the same corpus\n' +
    '  --runs     repeat each measurement K times (default 1) and keep the fastest: on a shared machine noise only\n' +
    '             adds time\n' +
    '  --work     folder for the generated projects (default bench/corpus, never committed)\n' +
    '  --results  file to append the dated row to (default bench/results.md)\n' +
    '  --profile  then build the site once more under node --cpu-prof (not timed) and print where its time went',
  options: {
    claims: { type: 'string' },
    seed: { type: 'string', default: '1' },
    runs: { type: 'string', default: '1' },
    work: { type: 'string', default: 'bench/corpus' },
    results: { type: 'string', default: 'bench/results.md' },
    profile: { type: 'boolean', default: false },
  },
  read: (values): BenchOptions => {
    if (values.claims === undefined) throw new UsageError('--claims N is required');
    return {
      claims: values.claims.split(',').map((part) => wholeNumber('--claims', part.trim())),
      seed: wholeNumber('--seed', values.seed, 0),
      runs: wholeNumber('--runs', values.runs),
      work: values.work,
      results: values.results,
      profile: values.profile,
    };
  },
});
