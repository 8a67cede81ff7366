/**
 * `npm run measure:share-images [-- --runs N] [--build]`: what share images cost.
 *
 * Renders the seed's cards (every claim, every article, the site's) in-process, stage by stage (satori's layout
 * to SVG, resvg's rasterising, PNG encoding), with the options the README weighs: resvg's RGBA encoder or the
 * project's greyscale one, 1200 or 600 pixels wide, one font weight or two; then the cost of a cache hit. Each
 * figure is the median over the cards of each card's fastest of N runs (the machine is shared and noisy). With
 * `--build` it also times two whole `astro build`s, the first with the image cache emptied and the second with it
 * full, whose difference is what drawing the images costs a build.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { checkContent, toSiteContent } from '../src/lib/content-check.ts';
import { readContentFiles } from '../src/lib/content-files.ts';
import { cachedFile, contentKey } from '../src/lib/publish/image-cache.ts';
import { encodePng } from '../src/lib/publish/png.ts';
import { articleCard, claimCard, SITE_CARD } from '../src/lib/publish/share-cards.ts';
import { shareImageSvg, type ShareCard, type ShareFont } from '../src/lib/publish/share-image.ts';
import { factsOf, indexSite } from '../src/lib/site-index.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] ?? 3) || 3;
const require = createRequire(import.meta.url);

const font = (weight: 400 | 700): ShareFont => ({
  name: 'Noto Sans',
  data: readFileSync(require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${String(weight)}-normal.woff`)),
  weight,
  style: 'normal',
});
const twoWeights = [font(400), font(700)];
const oneWeight = [font(700)];

const index = indexSite(toSiteContent(checkContent(await readContentFiles(root)).content));
const cards: ShareCard[] = [
  ...index.timeline.map((claim) => {
    const facts = factsOf(index, claim.id);
    return claimCard(facts, index.sources.get(facts.article.publisher));
  }),
  ...index.content.articles.map((article) =>
    articleCard(article, index.byArticle.get(article.id) ?? [], index.sources.get(article.publisher)),
  ),
  SITE_CARD,
];

/** Milliseconds of one call; the fastest of `runs` calls per card, then the median over the cards. */
async function measure<T>(make: (card: ShareCard) => Promise<T> | T): Promise<{ ms: number; last: T[] }> {
  const fastest: number[] = [];
  const last: T[] = [];
  for (const card of cards) {
    let best = Infinity;
    let value: T | undefined;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      value = await make(card);
      best = Math.min(best, performance.now() - start);
    }
    fastest.push(best);
    if (value !== undefined) last.push(value);
  }
  fastest.sort((a, b) => a - b);
  return { ms: fastest[Math.floor(fastest.length / 2)] ?? NaN, last };
}

const svgs = new Map<ShareCard, string>();
for (const card of cards) svgs.set(card, await shareImageSvg(card, twoWeights));
// Warm up each library once, so the first card does not carry loading costs.
new Resvg(svgs.get(SITE_CARD) ?? '').render().asPng();

const rows: [string, number, string][] = [];
const satoriTwo = await measure((card) => shareImageSvg(card, twoWeights));
rows.push(['satori: layout to SVG, two weights (400, 700)', satoriTwo.ms, '']);
const satoriOne = await measure((card) => shareImageSvg(card, oneWeight));
rows.push(['satori: layout to SVG, one weight (700)', satoriOne.ms, '']);
const raster = await measure((card) => new Resvg(svgs.get(card) ?? '').render());
rows.push(['resvg: rasterise at 1200×630', raster.ms, '']);
const rasterSmall = await measure((card) =>
  new Resvg(svgs.get(card) ?? '', { fitTo: { mode: 'width', value: 600 } }).render(),
);
rows.push(['resvg: rasterise at 600×315', rasterSmall.ms, '']);
const images = new Map(cards.map((card, at) => [card, raster.last[at]]));
const kb = (sizes: number[]) => `${(sizes.reduce((sum, size) => sum + size, 0) / sizes.length / 1024).toFixed(1)} KB`;
const rgba = await measure((card) => images.get(card)?.asPng() ?? new Uint8Array());
rows.push(["encode: resvg's RGBA PNG", rgba.ms, kb(rgba.last.map((png) => png.length))]);
const grey = await measure((card) => {
  const image = images.get(card);
  return image ? encodePng(image.pixels, image.width, image.height) : new Uint8Array();
});
rows.push(['encode: greyscale PNG (png.ts), the site', grey.ms, kb(grey.last.map((png) => png.length))]);

const cache = mkdtempSync(join(tmpdir(), 'claimline-measure-'));
const keys = new Map(cards.map((card) => [card, contentKey([JSON.stringify(card)])]));
for (const [at, card] of cards.entries()) {
  const png = grey.last[at];
  if (png) await cachedFile(cache, keys.get(card) ?? '', 'png', () => Promise.resolve(png));
}
const hit = await measure((card) =>
  cachedFile(cache, contentKey([JSON.stringify(card)]), 'png', () => Promise.reject(new Error('miss'))),
);
rows.push(['cache hit: key and read', hit.ms, '']);
rmSync(cache, { recursive: true, force: true });

const site = satoriTwo.ms + raster.ms + grey.ms;
console.log(`share images: ${String(cards.length)} seed cards, median of each card's fastest of ${String(runs)} runs`);
for (const [what, ms, size] of rows) console.log(`  ${what.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms  ${size}`);
console.log(`  ${'drawn, as the site does (satori + 1200 + grey)'.padEnd(48)} ${site.toFixed(2).padStart(7)} ms`);
console.log(
  `  ${"with resvg's RGBA encoder instead".padEnd(48)} ${(satoriTwo.ms + raster.ms + rgba.ms).toFixed(2).padStart(7)} ms`,
);
console.log(
  `  seed, ${String(cards.length)} images: ${((site * cards.length) / 1000).toFixed(2)} s drawn, ` +
    `${((hit.ms * cards.length) / 1000).toFixed(3)} s from the cache`,
);
console.log(
  `  10,000 claims: ${((site * 10_000) / 1000).toFixed(0)} s drawn, ${((hit.ms * 10_000) / 1000).toFixed(1)} s from the cache`,
);

if (args.includes('--build')) {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const build = () => {
    const start = performance.now();
    execFileSync(process.execPath, [astro, 'build'], { cwd: root, stdio: 'ignore' });
    return (performance.now() - start) / 1000;
  };
  rmSync(join(root, 'node_modules', '.cache', 'claimline', 'share-images'), { recursive: true, force: true });
  const cold = build();
  const warm = build();
  console.log(
    `astro build: ${cold.toFixed(1)} s with the image cache empty, ${warm.toFixed(1)} s with it full; ` +
      `drawing ${String(cards.length)} images cost the build ${(cold - warm).toFixed(1)} s`,
  );
}
