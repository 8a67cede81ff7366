import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedFile, contentKey } from '../../src/lib/publish/image-cache.ts';

const directory = mkdtempSync(join(tmpdir(), 'claimline-cache-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('contentKey', () => {
  it('tells lists apart that only differ in where the parts split', () => {
    expect(contentKey(['ab', 'c'])).not.toBe(contentKey(['a', 'bc']));
    expect(contentKey(['ab', 'c'])).toBe(contentKey(['ab', 'c']));
    expect(contentKey([Uint8Array.of(1, 2)])).toBe(contentKey([Uint8Array.of(1, 2)]));
    expect(contentKey(['x'])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('cachedFile', () => {
  it('makes a file once, then serves it from the cache', async () => {
    let made = 0;
    const make = () => {
      made++;
      return Promise.resolve(Uint8Array.from([made, 7]));
    };
    const first = await cachedFile(join(directory, 'nested'), 'k1', 'png', make);
    const second = await cachedFile(join(directory, 'nested'), 'k1', 'png', make);
    expect(first).toEqual({ bytes: Uint8Array.from([1, 7]), hit: false });
    expect(second.hit).toBe(true);
    expect([...second.bytes]).toEqual([1, 7]);
    expect(made).toBe(1);
    const other = await cachedFile(join(directory, 'nested'), 'k2', 'png', make);
    expect(other.hit).toBe(false);
    // Nothing half-written is left behind.
    expect(readdirSync(join(directory, 'nested')).sort()).toEqual(['k1.png', 'k2.png']);
  });
});
