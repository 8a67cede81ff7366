import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.ts';
import { benchCommand } from '../../tools/bench/args.ts';
import { parseProcStatTicks, parseProcStatus, processTree, treePeakKb } from '../../tools/bench/proc.ts';
import {
  appendResult,
  budget,
  budgetLine,
  contractLine,
  fastestOf,
  growth,
  RESULTS_HEADER,
  resultsRow,
  targets,
  type BenchResult,
} from '../../tools/bench/report.ts';

const result: BenchResult = {
  claims: 10000,
  runs: 3,
  buildSeconds: 123.456,
  baselineSeconds: 100,
  pagesOnlySeconds: 90.5,
  peakRssMb: 1234.56,
  baselineRssMb: 900.4,
  checkSeconds: 3.21,
  buildCpuSeconds: 110,
  baselineCpuSeconds: 88,
  checkCpuSeconds: 2.5,
  pagesOnlyCpuSeconds: 80.25,
  largestPageKb: 45.678,
  largestPage: 'index.html',
  pages: 10001,
};

describe('the contract line', () => {
  it('prints the contract line fields in order, with ratio = build_s / baseline_s', () => {
    expect(contractLine(result)).toBe(
      'claims=10000 build_s=123.46 baseline_s=100.00 ratio=1.23 peak_rss_mb=1235 check_s=3.21 largest_page_kb=45.7',
    );
  });

  it('is one line of key=value pairs a script can read back', () => {
    const line = contractLine({ ...result, buildSeconds: 7, baselineSeconds: 2 });
    const pairs = Object.fromEntries(line.split(' ').map((pair) => pair.split('=') as [string, string]));
    expect(Object.keys(pairs)).toEqual([
      'claims',
      'build_s',
      'baseline_s',
      'ratio',
      'peak_rss_mb',
      'check_s',
      'largest_page_kb',
    ]);
    expect(Number(pairs.ratio)).toBe(3.5);
  });
});

describe('the results file', () => {
  const machine = { cores: 2, memoryGb: 25.3, load: 1.5, node: 'v24.21.0' };
  const row = resultsRow(result, machine, '2026-03-04T05:06:07.890Z', 'abc1234');

  it('has a row with the date, the figures and the machine, matching the header', () => {
    expect(row).toBe(
      '| 2026-03-04 05:06 | 10000 | 3 | 123.46 | 100.00 | 1.23 | 1235 | 900 | 3.21 | 45.7 | `index.html` | 10001 | 110.00 | 88.00 | 1.25 | 2.50 | 2 | 25.3 | 1.50 | v24.21.0 | abc1234 | 90.50 | 80.25 |',
    );
    const headerCells = RESULTS_HEADER.split('\n')
      .find((line) => line.startsWith('| date'))
      ?.split('|').length;
    expect(row.split('|')).toHaveLength(headerCells ?? 0);
  });

  it('starts a missing or empty file with the header, and appends to an existing one', () => {
    const first = appendResult(undefined, row);
    expect(first).toBe(`${RESULTS_HEADER}${row}\n`);
    expect(appendResult('', row)).toBe(first);
    expect(appendResult(first, 'next')).toBe(`${first}next\n`);
    expect(appendResult('# Results\n| a |', 'next')).toBe('# Results\n| a |\nnext\n');
  });
});

describe('targets and growth', () => {
  it('says which targets of issue #7 one run meets', () => {
    expect(targets(result)).toEqual([
      { target: 'build at most 1.3 × baseline', met: true },
      { target: 'peak memory under 2 GB', met: true },
      { target: 'check:content under 5 s', met: true },
      { target: 'no page over 100 KB gzip', met: true },
    ]);
    const bad = targets({ ...result, buildSeconds: 131, peakRssMb: 2000, checkSeconds: 5, largestPageKb: 100.1 });
    expect(bad.every((target) => !target.met)).toBe(true);
  });

  it('says what the build-time target leaves to spend on a machine, and what the run spent', () => {
    // 1.3 × 100 s of baseline is 130 s; two cores do at most 260 CPU seconds in them.
    expect(budget(result, 2)).toEqual({
      wallSeconds: 130,
      cpuBudgetSeconds: 260,
      buildCpuSeconds: 110,
      alongsideCpuSeconds: 29.75,
      pagesOnlyRatio: 0.905,
    });
    expect(budget(result, 4, 2).cpuBudgetSeconds).toBe(800);
    // CPU polled a little short of the end can put the pages-only build above the whole one: never below zero.
    expect(budget({ ...result, pagesOnlyCpuSeconds: 111 }, 2).alongsideCpuSeconds).toBe(0);
    expect(budgetLine(result, 2)).toBe(
      'budget at 1.3x: 130.00 s wall, 260.0 CPU s on 2 cores; build used 110.0 CPU s, 29.8 of them for the search ' +
        'index and share images; pages alone 90.50 s (ratio 0.91)',
    );
  });

  it('compares build times across sizes', () => {
    expect(growth({ claims: 1000, buildSeconds: 10 }, { claims: 10000, buildSeconds: 95 })).toBe(
      'growth claims=1000->10000 (10x) build_x=9.50',
    );
  });
});

describe('fastestOf', () => {
  it('keeps the fastest times and the largest peak memory of repeated runs', () => {
    expect(
      fastestOf([
        { seconds: 12, cpuSeconds: 9, peakKb: 700 },
        { seconds: 10, cpuSeconds: 9.5, peakKb: 650 },
        { seconds: 11, cpuSeconds: 8.8, peakKb: 720 },
      ]),
    ).toEqual({ seconds: 10, cpuSeconds: 8.8, peakKb: 720 });
    expect(() => fastestOf([])).toThrow(RangeError);
  });
});

describe('the bench command line', () => {
  const bench = (argv: string[]) => parseCommandLine(benchCommand, argv);

  it('reads sizes, seed and paths, with defaults', () => {
    expect(bench(['--claims', '1000,10000']).options).toEqual({
      claims: [1000, 10000],
      seed: 1,
      runs: 1,
      work: 'bench/corpus',
      results: 'bench/results.md',
      profile: false,
    });
    expect(
      bench(['--claims=30', '--seed', '9', '--runs', '3', '--work', 'x', '--results=y.md', '--profile']).options,
    ).toEqual({
      claims: [30],
      seed: 9,
      runs: 3,
      work: 'x',
      results: 'y.md',
      profile: true,
    });
    expect(bench(['--claims', '30', '--seed', '0']).options?.seed).toBe(0);
  });

  it('rejects what it cannot run', () => {
    expect(bench([]).error).toBe('--claims N is required');
    expect(bench(['--claims', 'many']).error).toMatch(/whole number/);
    expect(bench(['--claims', '0']).error).toMatch(/at least 1/);
    expect(bench(['--claims', '5', '--runs', '0']).error).toBe('--runs must be at least 1');
    expect(bench(['--claims', '5', '--seed', '-1']).error).toMatch(/^Option '--seed' argument is ambiguous/);
    expect(bench(['--claims']).error).toBe("Option '--claims <value>' argument missing");
    expect(bench(['--claims', '5', '--fast']).error).toBe("Unknown option '--fast'");
    expect(bench(['--claims', '5', '--profile=yes']).error).toBe("Option '--profile' does not take an argument");
    expect(bench(['--claims', '5', '1000']).error).toMatch(/^Unexpected argument '1000'/);
  });

  it('prints its usage on --help, without needing --claims', () => {
    expect(bench(['--help']).help).toMatch(/^usage: npm run bench -- --claims N/);
  });
});

describe('peak memory from /proc', () => {
  const status = (pid: number, parent: number, rss: number, hwm: number) =>
    `Name:\tnode\nPid:\t${pid}\nPPid:\t${parent}\nVmHWM:\t${hwm} kB\nVmRSS:\t${rss} kB\nThreads:\t7\n`;

  it('reads pid, parent, resident set and high-water mark', () => {
    expect(parseProcStatus(status(10, 1, 500, 800))).toEqual({ pid: 10, parent: 1, rssKb: 500, peakKb: 800 });
    // A kernel thread or zombie has no Vm lines.
    expect(parseProcStatus('Name:\tkthreadd\nPid:\t2\nPPid:\t0\n')).toEqual({ pid: 2, parent: 0, rssKb: 0, peakKb: 0 });
    expect(parseProcStatus('not a status file')).toBeUndefined();
  });

  it('finds a tree and keeps the larger of the summed resident sets and one process high-water mark', () => {
    const all = [10, 11, 12, 20].map((pid) =>
      parseProcStatus(status(pid, pid === 10 ? 1 : pid === 20 ? 1 : 10, 100, 300)),
    );
    const tree = processTree(
      all.filter((process) => process !== undefined),
      10,
    );
    expect(tree.map((process) => process.pid)).toEqual([10, 11, 12]);
    expect(treePeakKb([tree])).toBe(300);
    expect(treePeakKb([tree.map((process) => ({ ...process, rssKb: 150 }))])).toBe(450);
    expect(treePeakKb([])).toBe(0);
  });
});

describe('CPU time from /proc', () => {
  it('sums user, system and waited-for children time, whatever the command name holds', () => {
    const stat = (name: string) =>
      `4242 (${name}) S 1 4242 4242 0 -1 4194560 2000 0 0 0 150 25 7 3 20 0 16 0 12345 1000000 5000 18446744073709551615`;
    expect(parseProcStatTicks(stat('node'))).toBe(185);
    expect(parseProcStatTicks(stat('a (weird) name'))).toBe(185);
    expect(parseProcStatTicks('4242 (node) S 1')).toBeUndefined();
  });
});
