/**
 * `npm run gate:links [-- --dist <folder>]`: every link of the built site resolves. linkinator crawls every
 * HTML page of the build, served as a static host serves it, and checks each internal link, asset (`src`,
 * `srcset`, stylesheets, URLs inside CSS) and `#fragment` (the id must be on the target page). External links
 * are listed and skipped, never fetched: the gate runs without a network. When the build has a sitemap, its
 * host (the build's `site`) counts as the site itself: canonical links, sitemap entries and absolute asset
 * addresses are checked against the local build, and every page the sitemap lists must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { addressOfFile, fileOfAddress, pagesToAudit, sitemapLocations } from './pages.ts';
import { filesUnder, secondsSince, serveFolder } from './shared.ts';
import { linksCommand } from './options.ts';

const start = performance.now();
const { dist } = readCommandLine(linksCommand);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: build the site first`);
const files = filesUnder(dist);
const read = (file: string) => (existsSync(join(dist, file)) ? readFileSync(join(dist, file), 'utf8') : undefined);
const problems: string[] = [];

// The sitemap's host is the site's own address: links written absolute (canonical, og:url) point into the build.
const sitemap = ['sitemap-index.xml', 'sitemap.xml'].map(read).find((xml) => xml !== undefined);
const siteOrigin = sitemap ? new URL(sitemapLocations(sitemap)[0] ?? '/', 'http://localhost/').origin : undefined;
if (sitemap) {
  for (const address of pagesToAudit(files, read).addresses) {
    if (!files.includes(fileOfAddress(address))) problems.push(`sitemap: lists ${address}, which the build lacks`);
  }
}

const server = await serveFolder(dist);
const external = new Set<string>();
try {
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => server.origin + addressOfFile(file));
  const result = await check({
    path: pages,
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    timeout: 10_000,
    urlRewriteExpressions: siteOrigin
      ? [
          {
            pattern: new RegExp(`^${siteOrigin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`),
            replacement: server.origin,
          },
        ]
      : [],
    // Anything not on the local server is external: recorded, never requested. linkinator asks before it
    // rewrites the site's own address to the local server's, so that address is not external either.
    linksToSkip: (link) => {
      const ours = [server.origin, siteOrigin].some(
        (origin) => origin && (link === origin || link.startsWith(`${origin}/`)),
      );
      const skip = !ours;
      if (skip) external.add(link);
      return Promise.resolve(skip);
    },
  });
  const local = result.links.filter((link) => link.state !== LinkState.SKIPPED);
  for (const link of result.links.filter((link) => link.state === LinkState.BROKEN)) {
    const where = link.parent ? link.parent.replace(server.origin, '') : '(start)';
    const why =
      link.failureDetails?.find((detail) => detail instanceof Error)?.message ?? `status ${String(link.status)}`;
    problems.push(`${where}: ${link.url.replace(server.origin, '')}: ${why}`);
  }
  const http = [...external].filter((link) => /^https?:/i.test(link));
  console.log(
    `links: ${pages.length} pages crawled, ${local.length} local addresses (pages, assets) and their #anchors checked; ` +
      `${http.length} external addresses skipped (no network), ${external.size - http.length} other schemes ` +
      `(mailto:, tel:) skipped${siteOrigin ? `; ${siteOrigin} checked as the local build` : ''}`,
  );
  for (const link of http.sort()) console.log(`  skipped: ${link}`);
} finally {
  server.stop();
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`broken: ${problem}`);
  console.error(`links: FAILED, ${problems.length} broken (${secondsSince(start)} s)`);
  process.exitCode = 1;
} else {
  console.log(`links: passed, 0 broken (${secondsSince(start)} s)`);
}
