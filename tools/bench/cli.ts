/**
 * `npm run bench -- --claims N[,N…]`: the scale benchmark of docs/architecture.md ("Contracts") and issue #7.
 *
 * For each N it generates a corpus of N claims (tools/bench/corpus.ts) into a throw-away copy of this project
 * under bench/corpus/ (never committed), times `check:content` on it, times a clean `astro build` while polling
 * the build's memory, finds the largest page gzip-compressed, then builds a bare Astro site of N plain markdown
 * pages (tools/bench/baseline.ts) the same way, and last the Claimline build again without the search index and
 * share images (the pages alone). It prints the contract line on stdout, progress and details on
 * stderr, and appends a dated row to bench/results.md. Clock, machine and revision are read here and passed in.
 */
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { CLAIMS_JSON_PATH } from '../../src/lib/site/routes.ts';
import { benchCommand, type BenchOptions } from './args.ts';
import { baselineFiles } from './baseline.ts';
import { phaseTable, readBuildLog } from './build-log.ts';
import { profileTable, summarizeProfile } from './cpu-profile.ts';
import { corpusFiles, generateCorpus, type CorpusFile } from './corpus.ts';
import { profilerOptions, readThreadProfiles } from './profiler.ts';
import { parseProcStatTicks, parseProcStatus, treePeakKb, type ProcessStatus } from './proc.ts';
import {
  appendResult,
  budgetLine,
  contractLine,
  fastestOf,
  growth,
  resultsRow,
  targets,
  type BenchResult,
  type Machine,
} from './report.ts';

const root = join(import.meta.dirname, '..', '..');
const say = (message: string) => {
  process.stderr.write(`bench: ${message}\n`);
};

/** Package caches Astro and Vite keep in node_modules; each throw-away project gets its own, empty. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

function writeFiles(dir: string, files: readonly CorpusFile[]) {
  const made = new Set<string>();
  for (const file of files) {
    const target = join(dir, file.path);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.text);
  }
}

/**
 * A node_modules folder whose entries link to this project's packages. Linking the folder itself (as the test
 * fixtures do) would share Astro's content cache (node_modules/.astro) between projects and with the real site,
 * so a build would not be clean; linking each package keeps the caches local to the throw-away project.
 */
function linkPackages(dir: string) {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')))
    if (!CACHES.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
}

/**
 * This project's code and config with the corpus as its content (laid out like tests/helpers/fixtures.ts). `src/`
 * is copied, not linked: Vite follows a link to the real path, outside the throw-away project's root, and Astro
 * then loses the components' styles (no CSS in the pages) or, with the project outside this repository, fails.
 */
function prepareSite(dir: string, files: readonly CorpusFile[]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  linkPackages(dir);
  writeFiles(dir, files);
}

/** Removes what a build leaves behind (output, Astro's and Vite's caches), so that the next build is clean. */
function cleanBuild(dir: string) {
  for (const entry of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, entry), { recursive: true, force: true });
}

function prepareBaseline(dir: string, files: readonly CorpusFile[]) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkPackages(dir);
  writeFiles(dir, files);
}

function readStatus(pid: number): (ProcessStatus & { ticks: number }) | undefined {
  try {
    const status = parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
    const ticks = parseProcStatTicks(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return status && { ...status, ticks: ticks ?? 0 };
  } catch {
    return undefined; // The process ended between listing and reading.
  }
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) children.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    // The process or one of its threads ended while being read: its children are no longer in the tree.
  }
  return children;
}

/** The process `pid` and its descendants now. */
function snapshot(pid: number): (ProcessStatus & { ticks: number })[] {
  const tree: (ProcessStatus & { ticks: number })[] = [];
  const queue = [pid];
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const status = readStatus(next);
    if (!status) continue;
    tree.push(status);
    queue.push(...childrenOf(next));
  }
  return tree;
}

interface Timed {
  seconds: number;
  /** CPU time of the tree (user + system), as of the last poll before it ended. */
  cpuSeconds: number;
  peakKb: number;
  status: number | null;
  log: string;
}

/**
 * Run `node <args>` in `cwd` with `env` added, output to `<cwd>/<name>.log`, timing it and polling its tree's
 * memory.
 */
function run(name: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<Timed> {
  const log = join(cwd, `${name}.log`);
  const out = openSync(log, 'w');
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', out, out],
  });
  let peakKb = 0;
  let ticks = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const tree = snapshot(child.pid);
    peakKb = Math.max(peakKb, treePeakKb([tree]));
    ticks = Math.max(
      ticks,
      tree.reduce((sum, process) => sum + process.ticks, 0),
    );
  }, 100);
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (status) => {
      const seconds = (performance.now() - started) / 1000;
      clearInterval(poll);
      closeSync(out);
      done({ seconds, cpuSeconds: ticks / CLOCK_TICKS, peakKb, status, log });
    });
  });
}

async function mustRun(name: string, args: string[], cwd: string, env?: Record<string, string>): Promise<Timed> {
  const result = await run(name, args, cwd, env);
  if (result.status !== 0) {
    const tail = readFileSync(result.log, 'utf8').split('\n').slice(-40).join('\n');
    throw new Error(`${name} failed (exit ${result.status}) in ${cwd}; last lines of ${result.log}:\n${tail}`);
  }
  return result;
}

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every page of dist/ gzip-compressed (zlib's default level, as web servers use), largest first. */
function pageSizes(dist: string): { page: string; gzipBytes: number }[] {
  return htmlPages(dist)
    .map((path) => ({
      page: relative(dist, path).split(sep).join('/'),
      gzipBytes: gzipSync(readFileSync(path)).length,
    }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || (a.page < b.page ? -1 : 1));
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ), 100 on Linux unless `getconf` says otherwise. */
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const kbToMb = (kb: number) => (kb * 1024) / 1e6;

async function bench(claims: number, options: BenchOptions): Promise<BenchResult> {
  const work = resolve(root, options.work);
  say(`${claims} claims: generating the corpus (seed ${options.seed})`);
  const corpus = generateCorpus({ claims, seed: options.seed });
  const site = join(work, `site-${claims}`);
  const baseline = join(work, `baseline-${claims}`);
  prepareSite(site, corpusFiles(corpus));
  prepareBaseline(baseline, baselineFiles(corpus));
  say(
    `${claims} claims: ${corpus.articles.length} articles, ${corpus.sources.length} sources, written to ` +
      `${relative(root, site)} and ${relative(root, baseline)}`,
  );

  const checks: Timed[] = [];
  const builds: Timed[] = [];
  const bares: Timed[] = [];
  const pagesOnly: Timed[] = [];
  let sizes: { page: string; gzipBytes: number }[] = [];
  let exported: Buffer | undefined;
  for (let run = 1; run <= options.runs; run++) {
    const label = options.runs > 1 ? `${claims} claims, run ${run}/${options.runs}` : `${claims} claims`;
    cleanBuild(site);
    cleanBuild(baseline);
    // The check as `npm run check:content` runs it (node src/cli/check-content.ts), without npm's own start-up.
    const check = await mustRun('check-content', [join(root, 'src', 'cli', 'check-content.ts')], site);
    checks.push(check);
    say(`${label}: check:content ${check.seconds.toFixed(2)} s (CPU ${check.cpuSeconds.toFixed(2)} s)`);
    // Claimline first, baseline second: if the first build pays for a cold disk cache, the baseline gains from
    // it, so the order can only make the ratio look worse, never better.
    const build = await mustRun('build', [astro, 'build'], site);
    builds.push(build);
    // Measured on the whole site's output, before the pages-only build below replaces it.
    sizes = pageSizes(join(site, 'dist'));
    const claimsJson = join(site, 'dist', CLAIMS_JSON_PATH);
    exported = existsSync(claimsJson) ? readFileSync(claimsJson) : undefined;
    say(
      `${label}: Claimline build ${build.seconds.toFixed(2)} s (CPU ${build.cpuSeconds.toFixed(2)} s), ` +
        `peak ${kbToMb(build.peakKb).toFixed(0)} MB`,
    );
    const bare = await mustRun('build', [astro, 'build'], baseline);
    bares.push(bare);
    say(
      `${label}: baseline build ${bare.seconds.toFixed(2)} s (CPU ${bare.cpuSeconds.toFixed(2)} s), ` +
        `peak ${kbToMb(bare.peakKb).toFixed(0)} MB`,
    );
    // Last, after the disk cache is warm: if anything, it flatters the pages alone.
    cleanBuild(site);
    const pages = await mustRun('build-pages-only', [astro, 'build'], site, { CLAIMLINE_PAGES_ONLY: '1' });
    pagesOnly.push(pages);
    say(`${label}: Claimline pages alone ${pages.seconds.toFixed(2)} s (CPU ${pages.cpuSeconds.toFixed(2)} s)`);
  }
  const [check, build, bare, pages] = [fastestOf(checks), fastestOf(builds), fastestOf(bares), fastestOf(pagesOnly)];

  // Where the time went in the last run's three builds, from Astro's own log lines.
  const phases = [
    { name: 'Claimline', phases: readBuildLog(readFileSync(join(site, 'build.log'), 'utf8')) },
    { name: 'pages alone', phases: readBuildLog(readFileSync(join(site, 'build-pages-only.log'), 'utf8')) },
    // The baseline's pages sit under their articles' names: one group.
    { name: 'baseline', phases: readBuildLog(readFileSync(join(baseline, 'build.log'), 'utf8'), () => '/*/') },
  ];
  say(`${claims} claims, phases of the last run's builds:`);
  for (const line of phaseTable(phases).split('\n')) say(`  ${line}`);

  if (options.profile) await profileBuild(site, claims);

  const largest = sizes[0] ?? { page: '(none)', gzipBytes: 0 };
  for (const { page, gzipBytes } of sizes.slice(0, 5)) say(`  page ${page}: ${(gzipBytes / 1000).toFixed(1)} KB gzip`);
  if (exported) {
    say(
      `  claims.json: ${(exported.length / 1e6).toFixed(2)} MB, ${(gzipSync(exported).length / 1e6).toFixed(2)} MB gzip`,
    );
  }
  return {
    claims,
    runs: options.runs,
    buildSeconds: build.seconds,
    baselineSeconds: bare.seconds,
    pagesOnlySeconds: pages.seconds,
    peakRssMb: kbToMb(build.peakKb),
    baselineRssMb: kbToMb(bare.peakKb),
    checkSeconds: check.seconds,
    buildCpuSeconds: build.cpuSeconds,
    baselineCpuSeconds: bare.cpuSeconds,
    checkCpuSeconds: check.cpuSeconds,
    pagesOnlyCpuSeconds: pages.cpuSeconds,
    largestPageKb: largest.gzipBytes / 1000,
    largestPage: largest.page,
    pages: sizes.length,
  };
}

/**
 * The whole site built once more, under Node's CPU profiler (one profile per thread, sampled every 0.5 ms), and
 * where each thread's time went: by owner of the code, then by function with everything it called. Not timed: the
 * profiler slows the build down. The profiles stay in `<site>/cpu-profile/` for Chrome DevTools' Performance panel.
 */
async function profileBuild(site: string, claims: number) {
  const folder = join(site, 'cpu-profile');
  rmSync(folder, { recursive: true, force: true });
  cleanBuild(site);
  say(`${claims} claims: building once more under the CPU profiler (not timed)`);
  await mustRun('build-profile', [...profilerOptions(folder), astro, 'build'], site);
  for (const { file, thread, profile } of readThreadProfiles(folder)) {
    const summary = summarizeProfile(profile);
    const main = thread === 0;
    say(
      `${claims} claims, ${main ? "Astro's main thread" : `worker thread ${String(thread)}`}: ${summary.totalSeconds.toFixed(1)} s profiled (${relative(root, join(folder, file))})`,
    );
    for (const line of profileTable('code', summary.byOwner, summary.totalSeconds, main ? 15 : 6).split('\n'))
      say(`  ${line}`);
    if (!main) continue;
    // Node's own frames (module loading, streams) wrap everything; the site's, Astro's and the packages' tell more.
    const functions = summary.byFunctionTotal.filter(([fn]) => !fn.includes(' node:'));
    for (const line of profileTable('function, with what it calls', functions, summary.totalSeconds, 25).split('\n'))
      say(`  ${line}`);
  }
}

function revision(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(options: BenchOptions): Promise<number> {
  const results: BenchResult[] = [];
  for (const claims of options.claims) {
    const machine: Machine = {
      cores: availableParallelism(),
      memoryGb: totalmem() / 1e9,
      load: loadavg()[0] ?? 0,
      node: process.version,
    };
    const result = await bench(claims, options);
    results.push(result);
    console.log(contractLine(result));
    for (const { target, met } of targets(result)) say(`  ${met ? 'met' : 'NOT met'}: ${target}`);
    say(budgetLine(result, machine.cores));
    const file = resolve(root, options.results);
    const existing = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, appendResult(existing, resultsRow(result, machine, new Date().toISOString(), revision())));
    say(`row appended to ${relative(root, file)}`);
  }
  for (let index = 1; index < results.length; index++) {
    const [small, large] = [results[index - 1], results[index]];
    if (small && large) say(growth(small, large));
  }
  return 0;
}

process.exitCode = await main(readCommandLine(benchCommand));
