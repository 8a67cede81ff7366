import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isRunning } from '../../src/integrations/build-workers.ts';
import { prepareStaging, releaseLock, swapIn, tryLock } from '../../src/integrations/dist-swap.ts';
import { lockText, stagingPaths } from '../../src/lib/publish/build-staging.ts';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-swap-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has ended: a child run to completion. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid;

/** A folder holding `files` (name → text). */
function folder(path: string, files: Record<string, string>) {
  mkdirSync(path, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(path, name), text);
}

const filesOf = (path: string) =>
  Object.fromEntries(readdirSync(path).map((name) => [name, readFileSync(join(path, name), 'utf8')]));

describe('tryLock', () => {
  it('takes a free lock, writing its process id, and creates the folder for it', () => {
    const lock = join(scratch(), 'cache', 'build.lock');
    expect(tryLock(lock, process.pid, isRunning)).toEqual({ acquired: true });
    expect(readFileSync(lock, 'utf8')).toBe(lockText(process.pid));
    expect(readdirSync(join(lock, '..'))).toEqual(['build.lock']);
  });

  it('names the running process that holds it, and leaves its lock alone', () => {
    const lock = join(scratch(), 'build.lock');
    writeFileSync(lock, lockText(process.ppid));
    expect(tryLock(lock, process.pid, isRunning)).toEqual({ acquired: false, holder: process.ppid });
    expect(readFileSync(lock, 'utf8')).toBe(lockText(process.ppid));
  });

  it.each([
    ['an ended process', () => lockText(endedPid())],
    ['the asking process itself (an earlier build under the same id)', () => lockText(process.pid)],
    ['nobody (a damaged file)', () => 'garbage'],
  ])('takes over a lock left by %s', (_, text) => {
    const lock = join(scratch(), 'build.lock');
    writeFileSync(lock, text());
    expect(tryLock(lock, process.pid, isRunning)).toEqual({ acquired: true });
    expect(readFileSync(lock, 'utf8')).toBe(lockText(process.pid));
    expect(readdirSync(join(lock, '..'))).toEqual(['build.lock']);
  });

  it('puts back a lock that a running build took between reading the stale one and moving it aside', () => {
    const lock = join(scratch(), 'build.lock');
    const stale = endedPid();
    writeFileSync(lock, lockText(stale));
    // The check of the stale holder is where another build slips in: it replaces the lock with its own.
    const racing = (pid: number) => {
      if (pid === stale) writeFileSync(lock, lockText(process.ppid));
      return pid === process.ppid;
    };
    expect(tryLock(lock, process.pid, racing)).toEqual({ acquired: false, holder: process.ppid });
    expect(readFileSync(lock, 'utf8')).toBe(lockText(process.ppid));
    expect(readdirSync(join(lock, '..'))).toEqual(['build.lock']);
  });
});

describe('releaseLock', () => {
  it("removes the caller's own lock and leaves another's", () => {
    const lock = join(scratch(), 'build.lock');
    writeFileSync(lock, lockText(process.ppid));
    releaseLock(lock, process.pid);
    expect(existsSync(lock)).toBe(true);
    writeFileSync(lock, lockText(process.pid));
    releaseLock(lock, process.pid);
    expect(existsSync(lock)).toBe(false);
    releaseLock(lock, process.pid);
  });
});

describe('prepareStaging', () => {
  it("clears what ended builds left, keeps a running build's, and makes this build's folder", () => {
    const outDir = join(scratch(), 'dist');
    folder(outDir, { 'index.html': 'current' });
    const ended = stagingPaths(outDir, endedPid());
    const other = stagingPaths(outDir, process.ppid);
    folder(ended.site, { 'index.html': 'half' });
    folder(other.site, { 'index.html': 'being built' });
    const paths = prepareStaging(outDir, process.pid, isRunning);
    expect(paths).toEqual(stagingPaths(outDir, process.pid));
    expect(existsSync(ended.own)).toBe(false);
    expect(filesOf(other.site)).toEqual({ 'index.html': 'being built' });
    expect(readdirSync(paths.own)).toEqual([]);
    expect(filesOf(outDir)).toEqual({ 'index.html': 'current' });
  });

  it('puts back the last site when a build was cut off between the two renames of its swap', () => {
    const outDir = join(scratch(), 'dist');
    const cut = stagingPaths(outDir, endedPid());
    folder(cut.previous, { 'index.html': 'last good' });
    folder(cut.site, { 'index.html': 'new' });
    prepareStaging(outDir, process.pid, isRunning);
    expect(filesOf(outDir)).toEqual({ 'index.html': 'last good' });
    expect(existsSync(cut.own)).toBe(false);
  });
});

describe('swapIn', () => {
  it('puts the new site in place of the last and leaves no staging behind', () => {
    const outDir = join(scratch(), 'dist');
    folder(outDir, { 'index.html': 'old', 'gone.html': 'old only' });
    const paths = prepareStaging(outDir, process.pid, isRunning);
    folder(paths.site, { 'index.html': 'new' });
    swapIn(paths, outDir);
    expect(filesOf(outDir)).toEqual({ 'index.html': 'new' });
    expect(existsSync(paths.root)).toBe(false);
  });

  it('works when there was no last site, and keeps the staging root while another build uses it', () => {
    const outDir = join(scratch(), 'dist');
    const other = stagingPaths(outDir, process.ppid);
    folder(other.site, {});
    const paths = prepareStaging(outDir, process.pid, isRunning);
    folder(paths.site, { 'index.html': 'first' });
    swapIn(paths, outDir);
    expect(filesOf(outDir)).toEqual({ 'index.html': 'first' });
    expect(readdirSync(paths.root)).toEqual([String(process.ppid)]);
  });

  it('puts the last site back when the new one cannot be moved in', () => {
    const outDir = join(scratch(), 'dist');
    folder(outDir, { 'index.html': 'old' });
    const paths = prepareStaging(outDir, process.pid, isRunning);
    // No site was staged: the second rename fails.
    expect(() => {
      swapIn(paths, outDir);
    }).toThrow(/ENOENT/);
    expect(filesOf(outDir)).toEqual({ 'index.html': 'old' });
  });
});
