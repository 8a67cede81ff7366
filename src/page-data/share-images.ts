import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ShareFonts } from '../lib/publish/share-image.ts';

/**
 * The share cards' fonts, read from the installed @fontsource/noto-sans package (no network during a build): Noto
 * Sans in each script subset Fontsource ships that needs no shaping, Latin first (the seed and the cards' own
 * words), then Latin Extended, Cyrillic, Greek and Vietnamese, so that a quote naming Київ or Łódź is drawn rather
 * than shown as boxes. Devanagari is left out: its letters combine and reorder, which the cards' per-character
 * layout cannot do (src/lib/publish/glyph-atlas.ts).
 */
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'greek-ext', 'vietnamese'] as const;

const files = (weight: 400 | 700) =>
  SUBSETS.map((subset) => `@fontsource/noto-sans/files/noto-sans-${subset}-${String(weight)}-normal.woff`);

export function shareFonts(): ShareFonts {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(file));
  return { regular: files(400).map(read), bold: files(700).map(read) };
}
