import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { cachedFile, contentKey } from '../lib/publish/image-cache.ts';
import { renderShareImage, shareImageDesign, type ShareCard, type ShareFont } from '../lib/publish/share-image.ts';

/**
 * Share images as the build serves them: fonts read from the installed @fontsource/noto-sans package (no network),
 * and every picture kept in a content-addressed cache under node_modules/.cache/, which survives builds and goes
 * away with a clean install. Each key covers the card's words, the font files and the card's code.
 */

/**
 * Where cached images live. Astro builds run in the project's root; fixture builds in tests/ run in their own
 * folder, whose node_modules links to the project's, so they share one cache (safe: entries are content-addressed).
 */
const CACHE_DIRECTORY = join(process.cwd(), 'node_modules', '.cache', 'claimline', 'share-images');

/** Latin only: the seed and the cards' own words are English. Other scripts need their subsets added here. */
const FONT_FILES = [
  { weight: 400, file: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff' },
  { weight: 700, file: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff' },
] as const;

interface Fonts {
  fonts: ShareFont[];
  /** The part of every cache key that does not change from card to card. */
  keyPrefix: string;
}

let loaded: Promise<Fonts> | undefined;

async function load(): Promise<Fonts> {
  const require = createRequire(import.meta.url);
  const fonts = await Promise.all(
    FONT_FILES.map(async ({ weight, file }) => ({
      name: 'Noto Sans',
      data: await readFile(require.resolve(file)),
      weight,
      style: 'normal' as const,
    })),
  );
  return { fonts, keyPrefix: contentKey([shareImageDesign(), ...fonts.map((font) => font.data)]) };
}

/** A card as a PNG response, from the cache when the same card was drawn before. */
export async function shareImageResponse(card: ShareCard): Promise<Response> {
  loaded ??= load();
  const { fonts, keyPrefix } = await loaded;
  const key = contentKey([keyPrefix, JSON.stringify(card)]);
  const { bytes } = await cachedFile(CACHE_DIRECTORY, key, 'png', () => renderShareImage(card, fonts));
  return new Response(bytes, { headers: { 'Content-Type': 'image/png' } });
}
