/**
 * `npm run bench -- --claims N[,N…] [--seed S] [--runs K] [--work DIR] [--results FILE] [--profile]`, parsed. Pure:
 * argv in, options out.
 */
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

export const BENCH_USAGE =
  'usage: npm run bench -- --claims N[,N…] [--seed S] [--runs K] [--work DIR] [--results FILE] [--profile]\n' +
  '  --claims   claims in the generated corpus; a comma list runs each size in turn (1000,10000)\n' +
  '  --seed     corpus seed (default 1): the same seed gives the same corpus\n' +
  '  --runs     repeat each measurement K times (default 1) and keep the fastest: on a shared machine noise only\n' +
  '             adds time\n' +
  '  --work     folder for the generated projects (default bench/corpus, never committed)\n' +
  '  --results  file to append the dated row to (default bench/results.md)\n' +
  '  --profile  then build the site once more under node --cpu-prof (not timed) and print where its time went';

const wholeNumber = (flag: string, text: string): number => {
  if (!/^\d+$/.test(text)) throw new Error(`${flag} must be a whole number, not "${text}"`);
  return Number(text);
};

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    claims: [],
    seed: 1,
    runs: 1,
    work: 'bench/corpus',
    results: 'bench/results.md',
    profile: false,
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index] ?? '';
    const equals = flag.indexOf('=');
    const name = equals === -1 ? flag : flag.slice(0, equals);
    const inline = equals === -1 ? undefined : flag.slice(equals + 1);
    const value = () => {
      const next = inline ?? argv[++index];
      if (next === undefined || next.startsWith('--')) throw new Error(`${name} needs a value`);
      return next;
    };
    switch (name) {
      case '--claims':
        options.claims = value()
          .split(',')
          .map((part) => wholeNumber('--claims', part.trim()));
        if (options.claims.some((count) => count < 1)) throw new Error('--claims must be at least 1');
        break;
      case '--seed':
        options.seed = wholeNumber('--seed', value());
        break;
      case '--runs':
        options.runs = wholeNumber('--runs', value());
        if (options.runs < 1) throw new Error('--runs must be at least 1');
        break;
      case '--work':
        options.work = value();
        break;
      case '--results':
        options.results = value();
        break;
      case '--profile':
        if (inline !== undefined) throw new Error('--profile takes no value');
        options.profile = true;
        break;
      default:
        throw new Error(`unknown option "${flag}"`);
    }
  }
  if (options.claims.length === 0) throw new Error('--claims N is required');
  return options;
}
