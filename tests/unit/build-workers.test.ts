import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { moveInto, stagingFolder } from '../../src/integrations/build-workers.ts';

const made: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimline-staging-'));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The id of a process that has ended: a child run to completion. */
const endedPid = () => spawnSync(process.execPath, ['-e', '']).pid;

describe('stagingFolder', () => {
  it("gives this process an empty folder, removes what ended builds left, and keeps a running build's", () => {
    const cache = scratch();
    const parent = join(cache, 'claimline-share-images');
    const ended = join(parent, String(endedPid()));
    const running = join(parent, String(process.ppid));
    const own = join(parent, String(process.pid));
    for (const dir of [ended, running, own]) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'left.png'), 'x');
    }
    expect(stagingFolder(pathToFileURL(`${cache}/`), 'share-images')).toBe(own);
    expect(existsSync(ended)).toBe(false);
    expect(existsSync(join(running, 'left.png'))).toBe(true);
    expect(existsSync(own)).toBe(false);
  });
});

describe('moveInto', () => {
  it('replaces what a previous build left at the target', () => {
    const dir = scratch();
    const [from, to] = [join(dir, 'staging', 'og'), join(dir, 'dist', 'og')];
    mkdirSync(from, { recursive: true });
    writeFileSync(join(from, 'new.png'), 'new');
    mkdirSync(to, { recursive: true });
    writeFileSync(join(to, 'stale.png'), 'old');
    moveInto(from, to);
    expect(existsSync(join(to, 'new.png'))).toBe(true);
    expect(existsSync(join(to, 'stale.png'))).toBe(false);
    expect(existsSync(from)).toBe(false);
  });
});
