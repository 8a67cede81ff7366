/**
 * `npm run measure:share-images [-- --runs N]`: what share images cost, stage by stage.
 *
 * Draws the seed's cards (every claim, every article, the site's) in-process as the build's worker threads do
 * (src/integrations/share-images-worker.ts): the glyph atlases once, then per card the layout, the drawing and the
 * PNG encoding, at the deflate level the site uses and at zlib's default for comparison. Each per-card figure is
 * the median over the cards of each card's fastest of N runs (the machine is shared and noisy), and the last lines
 * scale it to the seed and to 10,000 claims.
 */
import { shareFonts } from '../../src/page-data/share-images.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { encodePalettePng, PNG_DEFLATE_LEVEL } from '../../src/lib/publish/png.ts';
import { shareImageJobs } from '../../src/lib/publish/share-cards.ts';
import {
  CARD_GREYS,
  cardFaces,
  drawCard,
  layoutCard,
  type CardFaces,
  type ShareCard,
} from '../../src/lib/publish/share-image.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { join } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { shareImagesCommand } from './options.ts';

const root = join(import.meta.dirname, '..', '..');
const { runs } = readCommandLine(shareImagesCommand);

const cards = shareImageJobs(indexSite(toSiteContent(checkContent(await readContentFiles(root)).content))).map(
  (job) => job.card,
);

const fonts = shareFonts();
const atlasStart = performance.now();
const faces: CardFaces = cardFaces(fonts);
const atlasMs = performance.now() - atlasStart;

/** Milliseconds of one call; the fastest of `runs` calls per card, then the median over the cards. */
function measure<T>(make: (card: ShareCard, at: number) => T): { ms: number; last: T[] } {
  const fastest: number[] = [];
  const last: T[] = [];
  cards.forEach((card, at) => {
    let best = Infinity;
    let value: T | undefined;
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      value = make(card, at);
      best = Math.min(best, performance.now() - start);
    }
    fastest.push(best);
    if (value !== undefined) last.push(value);
  });
  fastest.sort((a, b) => a - b);
  return { ms: fastest[Math.floor(fastest.length / 2)] ?? NaN, last };
}

const kb = (sizes: number[]) => `${(sizes.reduce((sum, size) => sum + size, 0) / sizes.length / 1000).toFixed(1)} KB`;
const layout = measure((card) => layoutCard(card, faces));
// Shared pieces (eyebrows, badges, dates) are drawn once and copied after, as in the build's renderer.
const pieces = new Map<string, Uint8Array>();
const draw = measure((card, at) => drawCard(layout.last[at] ?? layoutCard(card, faces), pieces));
const pixels = (at: number) => draw.last[at] ?? new Uint8Array();
const encode = measure((_, at) => encodePalettePng(pixels(at), 1200, 630, CARD_GREYS));
const encodeDefault = measure((_, at) => encodePalettePng(pixels(at), 1200, 630, CARD_GREYS, 6));

const perCard = layout.ms + draw.ms + encode.ms;
const rows: [string, number, string][] = [
  ['layout: wrap and place the text', layout.ms, ''],
  ['draw: copy shared pieces, stamp the quote', draw.ms, ''],
  [
    `encode: 4-bit PNG, deflate level ${String(PNG_DEFLATE_LEVEL)} (the site)`,
    encode.ms,
    kb(encode.last.map((png) => png.length)),
  ],
  ['encode: 4-bit PNG, deflate level 6', encodeDefault.ms, kb(encodeDefault.last.map((png) => png.length))],
];
console.log(`share images: ${String(cards.length)} seed cards, median of each card's fastest of ${String(runs)} runs`);
console.log(`  ${'glyph atlases, once per thread'.padEnd(48)} ${atlasMs.toFixed(0).padStart(7)} ms`);
for (const [what, ms, size] of rows) console.log(`  ${what.padEnd(48)} ${ms.toFixed(2).padStart(7)} ms  ${size}`);
console.log(`  ${'a card, as the site draws it'.padEnd(48)} ${perCard.toFixed(2).padStart(7)} ms`);
console.log(
  `  seed, ${String(cards.length)} images: ${((atlasMs + perCard * cards.length) / 1000).toFixed(2)} s on one thread`,
);
console.log(`  10,000 claims: ${((atlasMs + perCard * 10_000) / 1000).toFixed(1)} s on one thread`);
