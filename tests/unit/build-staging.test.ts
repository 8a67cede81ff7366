import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftoverBuilds, lockHolder, lockStands, lockText, stagingPaths } from '../../src/lib/publish/build-staging.ts';

const running = (pids: number[]) => (pid: number) => pids.includes(pid);

describe('stagingPaths', () => {
  it("stages beside the output folder, under the build's process id, keeping the folder's name", () => {
    const outDir = join('/site', 'dist');
    expect(stagingPaths(outDir, 42)).toEqual({
      root: join('/site', '.claimline-build'),
      own: join('/site', '.claimline-build', '42'),
      site: join('/site', '.claimline-build', '42', 'dist'),
      previous: join('/site', '.claimline-build', '42', 'dist.previous'),
    });
  });

  it('follows an output folder given elsewhere (--outDir)', () => {
    expect(stagingPaths(join('/tmp', 'out', 'public-site'), 7).site).toBe(
      join('/tmp', 'out', '.claimline-build', '7', 'public-site'),
    );
  });
});

describe('lock text', () => {
  it('reads back the process id it was written with', () => {
    expect(lockHolder(lockText(1234))).toBe(1234);
  });

  it.each(['', '\n', 'abc\n', '12 34\n', '-5\n', '0\n', '99999999999999999999\n'])('finds no holder in %j', (text) => {
    expect(lockHolder(text)).toBeUndefined();
  });
});

describe('lockStands', () => {
  it('stands while its holder runs, and not for a holder that has ended, a damaged lock, or one naming the asker', () => {
    const isRunning = running([10, 20]);
    expect(lockStands(10, 20, isRunning)).toBe(true);
    expect(lockStands(30, 20, isRunning)).toBe(false);
    expect(lockStands(undefined, 20, isRunning)).toBe(false);
    expect(lockStands(20, 20, isRunning)).toBe(false);
  });
});

describe('leftoverBuilds', () => {
  it("picks the folders of ended builds and the asker's own, and leaves running builds' and other names alone", () => {
    expect(leftoverBuilds(['10', '11', '20', 'notes', '12a'], 20, running([10, 20]))).toEqual(['11', '20']);
  });
});
