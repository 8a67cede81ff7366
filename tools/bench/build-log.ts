import { stripVTControlCharacters } from 'node:util';

/**
 * Where a build's time went, read from the log `astro build` prints (and the lines Claimline's integrations add), so
 * that `npm run bench` can show the phases of the builds it timed side by side. Pure: log text in, seconds out.
 *
 * The lines it reads, as Astro 7 prints them:
 *
 * ```
 * 10:04:42 [types] Generated 13.14s                  content sync and type generation
 * 10:04:42 [build] ✓ Completed in 16.29s.            everything before Vite: start-up, content check, sync, types
 * 10:04:45 [vite] ✓ built in 2.94s                   the server and client bundles (one line each)
 * 10:04:46   ├─ /claims/a/b/index.html (+2ms)        one page and its time
 * 10:05:22 ✓ Completed in 36.23s.                    every page
 * 10:05:22 [build] 11283 page(s) built in 56.19s     the whole build, as Astro times it
 * 10:05:22 [claimline:share-images] drew 10267 share images in 38.2 s, alongside the pages
 * ```
 */

export interface BuildPhases {
  /** Start-up and the content check, before content sync (Astro's "Collecting build info" less sync and types). */
  beforeSyncSeconds: number;
  /** Content sync and type generation. */
  syncSeconds: number;
  /** Vite's bundles. */
  viteSeconds: number;
  /** Rendering and writing every page. */
  pagesSeconds: number;
  /** What follows the pages: integrations' `astro:build:done` (sitemap, staged outputs moved into dist/). */
  afterPagesSeconds: number;
  /** The build as Astro times it. */
  totalSeconds: number;
  /** Per group of pages (`groupOf`): how many pages, and their summed time. */
  routes: Map<string, { pages: number; seconds: number }>;
  /** Work done in worker threads alongside the pages, by what it made ("search index", "share images"), in seconds. */
  alongside: Map<string, number>;
}

/** Astro's durations: "16.29s", "49ms", "1m 2s". */
function seconds(text: string): number {
  const minutes = /(\d+)m\s*(\d+(?:\.\d+)?)s/.exec(text);
  if (minutes) return Number(minutes[1]) * 60 + Number(minutes[2]);
  const milliseconds = /(\d+(?:\.\d+)?)ms/.exec(text);
  if (milliseconds) return Number(milliseconds[1]) / 1000;
  const plain = /(\d+(?:\.\d+)?)s/.exec(text);
  return plain ? Number(plain[1]) : 0;
}

const DURATION = String.raw`(\d+m\s*\d+(?:\.\d+)?s|\d+(?:\.\d+)?m?s)`;
const TYPES = new RegExp(String.raw`\[types\] Generated ${DURATION}`);
const COLLECTED = new RegExp(String.raw`\[build\] ✓ Completed in ${DURATION}`);
const PAGES = new RegExp(String.raw`^\S*\s*✓ Completed in ${DURATION}`);
const TOTAL = new RegExp(String.raw`\[build\] \d+ page\(s\) built in ${DURATION}`);
const VITE = new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`);
const PAGE = /[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)ms\)/;
const WORKER = /\[claimline:[a-z-]+\] (?:indexed|drew) .*? in (\d+(?:\.\d+)?) s/;

/**
 * A page's group: its first path segment ("/claims/a/b/index.html" → "/claims/"), or "/" for a file at the root
 * ("/feed.xml", "/index.html").
 */
export const firstSegment = (path: string): string => {
  const segment = /^\/([^/]+)\//.exec(path)?.[1];
  return segment === undefined ? '/' : `/${segment}/`;
};

/**
 * The phases of one build log; a phase whose line is missing counts 0. Pages are summed by `groupOf` their path
 * (Astro 7 logs pages, not the routes that made them).
 */
export function readBuildLog(log: string, groupOf: (path: string) => string = firstSegment): BuildPhases {
  // Astro colours its log whenever FORCE_COLOR is set, as CI runners and Vitest's workers may do, even into a file.
  const lines = stripVTControlCharacters(log).split('\n');
  const first = (pattern: RegExp) => {
    for (const line of lines) {
      const match = pattern.exec(line);
      if (match) return seconds(match[1] ?? '');
    }
    return 0;
  };
  const syncSeconds = first(TYPES);
  const collected = first(COLLECTED);
  const pagesSeconds = first(PAGES);
  const totalSeconds = first(TOTAL);
  let viteSeconds = 0;
  const routes = new Map<string, { pages: number; seconds: number }>();
  const alongside = new Map<string, number>();
  for (const line of lines) {
    const vite = VITE.exec(line);
    if (vite) viteSeconds += seconds(vite[1] ?? '');
    const page = PAGE.exec(line);
    if (page) {
      const group = groupOf(page[1] ?? '/');
      const sum = routes.get(group) ?? { pages: 0, seconds: 0 };
      routes.set(group, { pages: sum.pages + 1, seconds: sum.seconds + Number(page[2]) / 1000 });
    }
    const worker = WORKER.exec(line);
    if (worker) alongside.set(line.includes('share images') ? 'share images' : 'search index', Number(worker[1]));
  }
  const beforeSyncSeconds = Math.max(0, collected - syncSeconds);
  return {
    beforeSyncSeconds,
    syncSeconds,
    viteSeconds,
    pagesSeconds,
    afterPagesSeconds: Math.max(0, totalSeconds - collected - viteSeconds - pagesSeconds),
    totalSeconds,
    routes,
    alongside,
  };
}

/**
 * The phases of several builds as a markdown table, one column per build: the fixed phases, then each route with
 * its pages and milliseconds a page, then the work done alongside.
 */
export function phaseTable(builds: readonly { name: string; phases: BuildPhases }[]): string {
  const cell = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(1)} s`);
  const rows: [string, (phases: BuildPhases) => string][] = [
    ['start-up and content check', (phases) => cell(phases.beforeSyncSeconds)],
    ['content sync and types', (phases) => cell(phases.syncSeconds)],
    ['Vite bundles', (phases) => cell(phases.viteSeconds)],
    ['all pages', (phases) => cell(phases.pagesSeconds)],
  ];
  const routes = [...new Set(builds.flatMap(({ phases }) => [...phases.routes.keys()]))].sort();
  for (const route of routes) {
    rows.push([
      `  pages under ${route}`,
      (phases) => {
        const found = phases.routes.get(route);
        if (!found) return '–';
        const each = ((found.seconds / found.pages) * 1000).toFixed(2);
        return `${found.seconds.toFixed(1)} s (${String(found.pages)} × ${each} ms)`;
      },
    ]);
  }
  rows.push(['after the pages', (phases) => cell(phases.afterPagesSeconds)]);
  rows.push(['whole build (Astro)', (phases) => cell(phases.totalSeconds)]);
  const kinds = [...new Set(builds.flatMap(({ phases }) => [...phases.alongside.keys()]))].sort();
  for (const kind of kinds) rows.push([`${kind}, alongside`, (phases) => cell(phases.alongside.get(kind))]);
  return [
    `| phase | ${builds.map(({ name }) => name).join(' | ')} |`,
    `| --- | ${builds.map(() => '--:').join(' | ')} |`,
    ...rows.map(([label, value]) => `| ${label} | ${builds.map(({ phases }) => value(phases)).join(' | ')} |`),
  ].join('\n');
}
