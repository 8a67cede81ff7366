/**
 * What `npm run bench` prints and records: the contract line (docs/architecture.md, "Contracts") and a dated row of
 * bench/results.md. Pure: the date, the machine and the revision are passed in by the CLI.
 */

export interface BenchResult {
  claims: number;
  /** How many times each figure was measured (`--runs`): times are the fastest run, memory the largest. */
  runs: number;
  /** Wall-clock seconds of a clean `astro build` of the generated corpus. */
  buildSeconds: number;
  /** Wall-clock seconds of a clean `astro build` of the bare baseline with as many pages. */
  baselineSeconds: number;
  /**
   * Wall-clock seconds of a clean Claimline build of the pages alone: the same build without the search index and
   * the share images, the work that runs in threads alongside Astro's (astro.config.mjs).
   */
  pagesOnlySeconds: number;
  /** Peak resident memory of the Claimline build's process tree, MB (10^6 bytes). */
  peakRssMb: number;
  /** Peak resident memory of the baseline build's process tree, MB. */
  baselineRssMb: number;
  /** Wall-clock seconds of `npm run check:content` on the corpus (process start to exit). */
  checkSeconds: number;
  /**
   * CPU seconds (user + system) of the same three runs. Wall-clock time is what the targets are about, but on a
   * shared machine it grows with other people's load; CPU time barely does, so it tells noise from a regression.
   */
  buildCpuSeconds: number;
  baselineCpuSeconds: number;
  checkCpuSeconds: number;
  pagesOnlyCpuSeconds: number;
  /** The largest HTML page of the Claimline build, gzip-compressed, KB (10^3 bytes). */
  largestPageKb: number;
  /** That page's path under dist/. */
  largestPage: string;
  /** HTML pages in the Claimline build. */
  pages: number;
}

export interface Machine {
  cores: number;
  memoryGb: number;
  /** One-minute load average when the run began: other work on a shared machine shows here. */
  load: number;
  node: string;
}

/** Issue #7: a build at most this many times the baseline's wall-clock time. */
export const BUILD_RATIO_TARGET = 1.3;

export const ratio = (result: Pick<BenchResult, 'buildSeconds' | 'baselineSeconds'>) =>
  result.buildSeconds / result.baselineSeconds;

/** `claims=N build_s=… baseline_s=… ratio=… peak_rss_mb=… check_s=… largest_page_kb=…`, the contract's one line. */
export function contractLine(result: BenchResult): string {
  return [
    `claims=${result.claims}`,
    `build_s=${result.buildSeconds.toFixed(2)}`,
    `baseline_s=${result.baselineSeconds.toFixed(2)}`,
    `ratio=${ratio(result).toFixed(2)}`,
    `peak_rss_mb=${Math.round(result.peakRssMb)}`,
    `check_s=${result.checkSeconds.toFixed(2)}`,
    `largest_page_kb=${result.largestPageKb.toFixed(1)}`,
  ].join(' ');
}

export const RESULTS_HEADER = `# Benchmark results

Rows are appended by \`npm run bench -- --claims N\` (tools/bench/cli.ts); each is one run on the machine it names.
\`build_s\` and \`baseline_s\` are clean \`astro build\` wall-clock times of the generated corpus and of a bare Astro
site with as many plain markdown pages (tools/bench/baseline.ts), built in the same run; \`ratio\` is their
quotient. \`peak_rss_mb\` is the peak resident memory of the build's process tree, \`check_s\` the wall-clock time of
\`npm run check:content\`, \`largest_page_kb\` the largest HTML page gzip-compressed; MB and KB are decimal (10^6 and
10^3 bytes), as the targets of issue #7 are. \`load\` is the one-minute load average when the run began: these
machines are shared, so read rows with a high load with care; the \`cpu\` columns (user + system CPU seconds of the
same runs, and their ratio) move much less with other people's load. With \`--runs K\` (the \`runs\` column) each
time is the fastest of K runs, since noise on a shared machine only ever adds time, and peak memory the largest.
\`pages_only_s\` and \`pages_only_cpu_s\` (in the rows that have them) time the same Claimline build without the
search index and the share images, the work that runs alongside Astro's own thread: what the pages alone cost.

| date (UTC) | claims | runs | build_s | baseline_s | ratio | peak_rss_mb | baseline_rss_mb | check_s | largest_page_kb | largest page | pages | build_cpu_s | baseline_cpu_s | cpu_ratio | check_cpu_s | cores | memory_gb | load | node | revision | pages_only_s | pages_only_cpu_s |
| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- | --: | --: | --: | --: | --: | --: | --: | --: | --- | --- | --: | --: |
`;

/** One row of bench/results.md. `when` is an ISO date-time; `revision` the commit the site code came from. */
export function resultsRow(result: BenchResult, machine: Machine, when: string, revision: string): string {
  const cells = [
    when.slice(0, 16).replace('T', ' '),
    String(result.claims),
    String(result.runs),
    result.buildSeconds.toFixed(2),
    result.baselineSeconds.toFixed(2),
    ratio(result).toFixed(2),
    String(Math.round(result.peakRssMb)),
    String(Math.round(result.baselineRssMb)),
    result.checkSeconds.toFixed(2),
    result.largestPageKb.toFixed(1),
    `\`${result.largestPage}\``,
    String(result.pages),
    result.buildCpuSeconds.toFixed(2),
    result.baselineCpuSeconds.toFixed(2),
    (result.buildCpuSeconds / result.baselineCpuSeconds).toFixed(2),
    result.checkCpuSeconds.toFixed(2),
    String(machine.cores),
    machine.memoryGb.toFixed(1),
    machine.load.toFixed(2),
    machine.node,
    revision,
    result.pagesOnlySeconds.toFixed(2),
    result.pagesOnlyCpuSeconds.toFixed(2),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** The results file with a row appended; a missing or empty file starts with the header. */
export function appendResult(existing: string | undefined, row: string): string {
  const base = existing?.trim() ? existing : RESULTS_HEADER;
  return `${base.endsWith('\n') ? base : `${base}\n`}${row}\n`;
}

/** The acceptance targets of issue #7 that one run can show (growth needs two runs: see `growth`). */
export function targets(result: BenchResult): { target: string; met: boolean }[] {
  return [
    { target: `build at most ${String(BUILD_RATIO_TARGET)} × baseline`, met: ratio(result) <= BUILD_RATIO_TARGET },
    { target: 'peak memory under 2 GB', met: result.peakRssMb < 2000 },
    { target: 'check:content under 5 s', met: result.checkSeconds < 5 },
    { target: 'no page over 100 KB gzip', met: result.largestPageKb <= 100 },
  ];
}

/**
 * What the build-time target leaves to spend, and what one run spent. The target allows `limit` × the baseline's
 * wall-clock time; a machine of `cores` cores can do at most that many CPU seconds in it, however well the work
 * is spread over threads. So a build whose CPU time is over `cpuBudgetSeconds` cannot meet the target on this
 * machine, and one whose pages alone (`pagesOnlyRatio`) are over `limit` cannot meet it by moving the other work
 * to more threads.
 */
export function budget(result: BenchResult, cores: number, limit = BUILD_RATIO_TARGET) {
  const wallSeconds = limit * result.baselineSeconds;
  return {
    wallSeconds,
    cpuBudgetSeconds: cores * wallSeconds,
    buildCpuSeconds: result.buildCpuSeconds,
    alongsideCpuSeconds: Math.max(0, result.buildCpuSeconds - result.pagesOnlyCpuSeconds),
    pagesOnlyRatio: result.pagesOnlySeconds / result.baselineSeconds,
  };
}

/** `budget` as the bench prints it. */
export function budgetLine(result: BenchResult, cores: number, limit = BUILD_RATIO_TARGET): string {
  const spent = budget(result, cores, limit);
  return (
    `budget at ${String(limit)}x: ${spent.wallSeconds.toFixed(2)} s wall, ${spent.cpuBudgetSeconds.toFixed(1)} CPU s on ` +
    `${String(cores)} cores; build used ${spent.buildCpuSeconds.toFixed(1)} CPU s, ` +
    `${spent.alongsideCpuSeconds.toFixed(1)} of them for the search index and share images; ` +
    `pages alone ${result.pagesOnlySeconds.toFixed(2)} s (ratio ${spent.pagesOnlyRatio.toFixed(2)})`
  );
}

/** How build time grows from a smaller run to a larger one; issue #7 wants at most 12× for 10× the claims. */
export function growth(small: Pick<BenchResult, 'claims' | 'buildSeconds'>, large: typeof small): string {
  const times = large.buildSeconds / small.buildSeconds;
  const scale = large.claims / small.claims;
  return `growth claims=${small.claims}->${large.claims} (${scale.toFixed(0)}x) build_x=${times.toFixed(2)}`;
}

export interface Measurement {
  seconds: number;
  cpuSeconds: number;
  peakKb: number;
}

/**
 * Repeated measurements of one thing folded into one: the fastest wall-clock and CPU times (noise from other work
 * on the machine only ever adds time, so the minimum is the best estimate of the cost itself) and the largest peak
 * memory (the conservative reading for a memory budget).
 */
export function fastestOf(runs: readonly Measurement[]): Measurement {
  if (runs.length === 0) throw new RangeError('no runs to fold');
  return {
    seconds: Math.min(...runs.map((run) => run.seconds)),
    cpuSeconds: Math.min(...runs.map((run) => run.cpuSeconds)),
    peakKb: Math.max(...runs.map((run) => run.peakKb)),
  };
}
