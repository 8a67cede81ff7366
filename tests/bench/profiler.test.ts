import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarizeProfile } from '../../tools/bench/cpu-profile.ts';
import { profilerOptions, readThreadProfiles } from '../../tools/bench/profiler.ts';
import { inheritedEnv } from '../helpers/cli.ts';

/**
 * `npm run bench -- --profile` runs the build with `profilerOptions` and reads one profile per thread back. Here the
 * same options profile a small Node program with two worker threads, as the build has (search index, share
 * images), so that the names Node gives the files and the format of each are Node's own, not a fixture's. The
 * benchmark's end-to-end test (bench-cli.test.ts) builds without the profiler: it would be one more whole build.
 */
const folder = mkdtempSync(join(tmpdir(), 'claimline-profile-'));
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

// Each thread spins for 50 ms, long enough for samples 0.5 ms apart; the main thread then starts two workers that
// do the same.
const SPIN = `function spin() { const end = Date.now() + 50; let n = 0; while (Date.now() < end) n += Math.sqrt(n + 1); return n; }
spin();`;
const PROGRAM = `${SPIN}
const { Worker } = require('node:worker_threads');
for (let i = 0; i < 2; i++) new Worker(${JSON.stringify(SPIN)}, { eval: true });
`;

describe('the profiler options', () => {
  it('profile the main thread and each worker into the folder, read back main thread first', () => {
    const run = spawnSync(process.execPath, [...profilerOptions(folder), '--eval', PROGRAM], {
      encoding: 'utf8',
      env: inheritedEnv(),
    });
    expect(run.status, run.stderr).toBe(0);
    const profiles = readThreadProfiles(folder);
    expect(profiles.map((entry) => entry.thread)).toEqual([0, expect.any(Number), expect.any(Number)]);
    const [main, ...workers] = profiles;
    expect(new Set(workers.map((entry) => entry.thread)).size).toBe(2);
    expect(workers.every((entry) => entry.thread > (main?.thread ?? 0))).toBe(true);
    for (const { profile } of profiles) {
      const summary = summarizeProfile(profile);
      expect(summary.totalSeconds).toBeGreaterThan(0.04);
      // The spinning function is named in the profile's own frames, found by the summary.
      expect(summary.byFunctionTotal.some(([name]) => name.startsWith('spin '))).toBe(true);
    }
  });
});
