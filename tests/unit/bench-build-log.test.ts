import { describe, expect, it } from 'vitest';
import { firstSegment, phaseTable, readBuildLog } from '../../tools/bench/build-log.ts';

/** A Claimline build's log as Astro 7 prints it, cut to a few pages of each kind. */
const SITE_LOG = `10:04:28 [WARN] [claimline:content-integrity] content/claims/a/05-x.md:6: kind: warning: is event, but "would" looks forward
10:04:31 [content] Syncing content
10:04:42 [content] Synced content
10:04:42 [types] Generated 13.14s
10:04:42 [build] output: "static"
10:04:42 [build] Collecting build info...
10:04:42 [build] ✓ Completed in 16.29s.
10:04:42 [build] Building static entrypoints...
10:04:45 [vite] ✓ built in 2.94s
10:04:46 [vite] ✓ built in 49ms
10:04:46 [build] Rearranging server assets...

 generating static routes 
10:04:46   └─ /404.html (+31ms) 
10:04:46   ├─ /claims/a/01-x/index.html (+2ms) 
10:04:46   ├─ /claims/a/02-y/index.html (+3ms) 
10:04:46   └─ /claims/b/01-z/index.html (+1ms) 
10:04:47   └─ /feed.xml (+702ms) 
10:04:47   ├─ /timeline/kind/event/index.html (+9ms) 
10:04:47   └─ /timeline/page/2/index.html (+8ms) 
10:05:22 ✓ Completed in 36.23s.

10:05:22 [build] ✓ Completed in 39.44s.
10:05:22 [claimline:search-index] indexed 10627 claims, articles and sources in 13.2 s
10:05:22 [claimline:share-images] drew 10267 share images in 38.2 s, alongside the pages
10:05:22 [@astrojs/sitemap] \`sitemap-index.xml\` created at \`dist\`
10:05:22 [build] 11283 page(s) built in 56.19s
10:05:22 [build] Complete!
`;

describe('readBuildLog', () => {
  const phases = readBuildLog(SITE_LOG);

  it('splits the build into its phases', () => {
    expect(phases.syncSeconds).toBe(13.14);
    // "Collecting build info" took 16.29 s, 13.14 of them content sync and types.
    expect(phases.beforeSyncSeconds).toBeCloseTo(3.15, 6);
    expect(phases.viteSeconds).toBeCloseTo(2.989, 6);
    expect(phases.pagesSeconds).toBe(36.23);
    expect(phases.totalSeconds).toBe(56.19);
    expect(phases.afterPagesSeconds).toBeCloseTo(56.19 - 16.29 - 2.989 - 36.23, 6);
  });

  it('sums the pages of each group, by first path segment unless told otherwise', () => {
    expect(Object.fromEntries(phases.routes)).toEqual({
      '/': { pages: 2, seconds: 0.733 },
      '/claims/': { pages: 3, seconds: 0.006 },
      '/timeline/': { pages: 2, seconds: 0.017 },
    });
    expect(Object.fromEntries(readBuildLog(SITE_LOG, () => 'all').routes)).toEqual({
      all: { pages: 7, seconds: 0.756 },
    });
    expect([firstSegment('/claims/a/b/index.html'), firstSegment('/feed.xml'), firstSegment('/index.html')]).toEqual([
      '/claims/',
      '/',
      '/',
    ]);
  });

  it('reads what the worker threads did alongside', () => {
    expect(Object.fromEntries(phases.alongside)).toEqual({ 'search index': 13.2, 'share images': 38.2 });
  });

  it('reads a log Astro coloured for a terminal (FORCE_COLOR) as it reads a plain one', () => {
    // Astro's colours as it prints them with FORCE_COLOR=1: dim times and durations, blue labels, green ticks.
    const coloured = SITE_LOG.replaceAll(/^(\d\d:\d\d:\d\d)/gm, '\u001b[2m$1\u001b[22m')
      .replaceAll(/(\[[a-z:@/-]+\])/g, '\u001b[34m$1\u001b[39m')
      .replaceAll('✓', '\u001b[32m✓\u001b[39m')
      .replaceAll(/(\d+(?:\.\d+)?m?s)\b/g, '\u001b[2m$1\u001b[22m');
    expect(coloured).not.toBe(SITE_LOG);
    expect(readBuildLog(coloured)).toEqual(phases);
  });

  it('reads durations over a minute, and counts a missing phase as 0', () => {
    const long = readBuildLog('10:05:22 [build] 11283 page(s) built in 1m 2s\n');
    expect(long.totalSeconds).toBe(62);
    expect(long.syncSeconds).toBe(0);
    expect(long.routes.size).toBe(0);
    expect(long.alongside.size).toBe(0);
  });
});

describe('phaseTable', () => {
  it('puts builds side by side, a dash where a build has no such phase', () => {
    const bare = readBuildLog(`10:05:34 [types] Generated 5.96s
10:05:34 [build] ✓ Completed in 6.01s.
10:05:36 [vite] ✓ built in 1.66s
10:05:36   ├─ /a/one/index.html (+1ms)
10:05:47 ✓ Completed in 11.29s.
10:05:47 [build] 10000 page(s) built in 19.12s
`);
    const table = phaseTable([
      { name: 'Claimline', phases: readBuildLog(SITE_LOG) },
      { name: 'baseline', phases: bare },
    ]).split('\n');
    expect(table[0]).toBe('| phase | Claimline | baseline |');
    expect(table).toContain('| content sync and types | 13.1 s | 6.0 s |');
    expect(table).toContain('|   pages under /claims/ | 0.0 s (3 × 2.00 ms) | – |');
    expect(table).toContain('|   pages under /a/ | – | 0.0 s (1 × 1.00 ms) |');
    expect(table).toContain('| share images, alongside | 38.2 s | – |');
    expect(table.at(-3)).toBe('| whole build (Astro) | 56.2 s | 19.1 s |');
  });
});
