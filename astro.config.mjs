// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import process from 'node:process';
import atomicDist from './src/integrations/atomic-dist.ts';
import contentIntegrity from './src/integrations/content-integrity.ts';
import searchIndex from './src/integrations/search-index.ts';
import shareImages from './src/integrations/share-images.ts';
import { safeSatteri } from './src/markdown/safe-satteri.ts';

/**
 * The production address, set once: the feed, the sitemap, canonical links, share tags and the export's CSV use
 * it for absolute links. `CLAIMLINE_SITE_URL=https://… npm run build` publishes elsewhere; the default is a
 * placeholder in the `.example` domain (RFC 2606) until the site has a home.
 */
const site = process.env.CLAIMLINE_SITE_URL ?? 'https://claimline.example/';

/**
 * The path the site is published under on its host: "/" (the default) for a host of its own, "/claimline/" for a
 * GitHub Pages project site (`CLAIMLINE_BASE_PATH`, which .github/workflows/ci.yml sets from GitHub's answer). Pages
 * write their links from the site's root; src/middleware.ts puts the base in front as each page is made.
 */
const base = process.env.CLAIMLINE_BASE_PATH ?? '/';

const dist = atomicDist();
const content = contentIntegrity();
const search = searchIndex({ content: content.checkedContent });

/**
 * The pages alone, without the two integrations that work alongside them: `npm run bench` times such a build to tell
 * what the pages cost from what the search index and the share images add (tools/bench/cli.ts), and tests that read
 * only pages, feeds and exports build their sites so. A site built so lacks both: never publish one.
 */
const pagesOnly = process.env.CLAIMLINE_PAGES_ONLY === '1';
const alongside = pagesOnly ? [] : [search, shareImages({ content: content.checkedContent, after: search.settled })];

export default defineConfig({
  site,
  base,
  // The content check runs first and hands what it read to the search index and then the share images, made in
  // worker threads, one after the other, alongside the pages. Around them all, the build's lock and its staging
  // folder: dist.guard first, dist.swap last, after everything else has written its part (docs/building.md).
  integrations: [dist.guard, content, ...alongside, sitemap(), dist.swap],
  // Every page is plain HTML; links stay relative to the site root.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Notes and article bodies are content, not trusted HTML: raw HTML is shown as text, unsafe addresses are
    // removed and external links get rel="noopener noreferrer" (src/markdown/). Sätteri over unified by
    // measurement (docs/decisions/0002-markdown-processor.md).
    processor: safeSatteri(),
    // Notes hold prose, not code: no highlighter to load, and no inline colour styles in the pages.
    syntaxHighlight: false,
  },
});
