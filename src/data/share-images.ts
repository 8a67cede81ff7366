import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ShareFonts } from '../lib/publish/share-image.ts';

/**
 * The share cards' fonts, read from the installed @fontsource/noto-sans package (no network during a build).
 * Latin only: the seed and the cards' own words are English. Other scripts need their subsets added here.
 */
const FONT_FILES = {
  regular: '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff',
  bold: '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff',
} as const;

export function shareFonts(): ShareFonts {
  const require = createRequire(import.meta.url);
  return {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
}
