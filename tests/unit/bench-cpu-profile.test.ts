import { describe, expect, it } from 'vitest';
import {
  functionOf,
  ownerOf,
  profileTable,
  sampleDurations,
  summarizeProfile,
  threadOf,
  type CpuProfile,
} from '../../tools/bench/cpu-profile.ts';

const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
const SERVER_CHUNK = 'file:///p/bench/corpus/site-1/dist/.prerender/chunks/server_D41bAS38.mjs';
const YAML = 'file:///p/node_modules/js-yaml/dist/js-yaml.mjs';
const SCOPED = 'file:///p/node_modules/@scope/pkg/walk.js';

/**
 * (root) → renderPage (Astro's runtime, bundled) → composeNode (js-yaml) → encodeUtf8String (native);
 * (root) → (garbage collector); (root) → walk → walk (recursion, one function).
 */
const PROFILE: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 5, 6] },
    { id: 2, callFrame: frame('renderPage', SERVER_CHUNK, 9), children: [3] },
    { id: 3, callFrame: frame('composeNode', YAML, 99), children: [4] },
    { id: 4, callFrame: frame('encodeUtf8String', '') },
    { id: 5, callFrame: frame('(garbage collector)', '') },
    { id: 6, callFrame: frame('walk', SCOPED), children: [7] },
    { id: 7, callFrame: frame('walk', SCOPED) },
  ],
  startTime: 0,
  endTime: 7000,
  samples: [3, 4, 2, 5, 3, 7],
  timeDeltas: [100, 1000, 2000, 500, 1500, 900],
};

describe('sampleDurations', () => {
  it('gives each sample the time until the next one, and the last until the profile ends', () => {
    // Samples at 100, 1100, 3100, 3600, 5100 and 6000 µs; the profile ends at 7000.
    expect(sampleDurations(PROFILE)).toEqual([1000, 2000, 500, 1500, 900, 1000]);
  });
});

describe('ownerOf and functionOf', () => {
  it('names V8, native code, Node, packages, the build’s chunks and other files', () => {
    expect(ownerOf(frame('(garbage collector)', ''))).toBe('(garbage collector)');
    expect(ownerOf(frame('encodeUtf8String', ''))).toBe('native code');
    expect(ownerOf(frame('encode', 'node:internal/encoding'))).toBe('node:internal/encoding');
    expect(ownerOf(frame('f', 'file:///p/node_modules/a/node_modules/@s/p/index.js'))).toBe('@s/p');
    expect(ownerOf(frame('f', YAML))).toBe('js-yaml');
    expect(ownerOf(frame('f', SERVER_CHUNK))).toBe('chunk server');
    expect(ownerOf(frame('f', 'file:///p/dist/.prerender/chunks/_.._CSud6g96.mjs'))).toBe('chunk _..');
    expect(ownerOf(frame('f', 'file:///p/dist/.prerender/prerender-entry.C2umk3BY.mjs'))).toBe('chunk prerender-entry');
    expect(ownerOf(frame('f', 'file:///p/src/lib/cues.ts'))).toBe('cues.ts');
  });

  it('places a function in its file, with lines counted from 1', () => {
    expect(functionOf(frame('composeNode', YAML, 99))).toBe('composeNode js-yaml/dist/js-yaml.mjs:100');
    expect(functionOf(frame('renderPage', SERVER_CHUNK, 9))).toBe('renderPage chunk server:10');
    expect(functionOf(frame('', 'file:///p/src/lib/cues.ts', 4))).toBe('(anonymous) cues.ts:5');
    expect(functionOf(frame('encodeUtf8String', ''))).toBe('encodeUtf8String (native)');
    expect(functionOf(frame('(idle)', ''))).toBe('(idle)');
  });
});

describe('summarizeProfile', () => {
  const summary = summarizeProfile(PROFILE);

  it('sums every sample’s time, and each owner’s and function’s own time, largest first', () => {
    expect(summary.totalSeconds).toBeCloseTo(0.0069, 9);
    expect(summary.byOwner.map(([owner, seconds]) => [owner, Math.round(seconds * 1e6)])).toEqual([
      ['native code', 2000],
      ['js-yaml', 1900],
      ['(garbage collector)', 1500],
      ['@scope/pkg', 1000],
      ['chunk server', 500],
    ]);
    expect(summary.byFunction[0]?.[0]).toBe('encodeUtf8String (native)');
  });

  it('gives each function the time of what it called, once however deep it recurses, and leaves out the root', () => {
    expect(summary.byFunctionTotal.map(([fn, seconds]) => [fn, Math.round(seconds * 1e6)])).toEqual([
      ['renderPage chunk server:10', 4400],
      ['composeNode js-yaml/dist/js-yaml.mjs:100', 3900],
      ['encodeUtf8String (native)', 2000],
      ['(garbage collector)', 1500],
      ['walk @scope/pkg/walk.js:1', 1000],
    ]);
  });
});

describe('threadOf', () => {
  it('reads the thread from the name Node gives a profile', () => {
    expect(threadOf('CPU.20261129.124230.2101.0.001.cpuprofile')).toBe(0);
    expect(threadOf('CPU.20261129.124231.2101.3.004.cpuprofile')).toBe(3);
    expect(threadOf('build.log')).toBeUndefined();
  });
});

describe('profileTable', () => {
  it('lists the first rows with their share of the thread, escaping the table’s bars', () => {
    const table = profileTable(
      'code',
      [
        ['a|b', 3],
        ['c', 1],
        ['d', 0.5],
      ],
      4,
      2,
    );
    expect(table.split('\n')).toEqual([
      '| code | seconds | share |',
      '| --- | --: | --: |',
      '| a\\|b | 3.00 | 75.0% |',
      '| c | 1.00 | 25.0% |',
    ]);
  });
});
