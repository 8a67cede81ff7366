// @ts-check
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';
import { safeSatteri } from './src/markdown/safe-satteri.ts';

export default defineConfig({
  integrations: [contentIntegrity()],
  // Every page is plain HTML; links stay relative to the site root.
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Notes and article bodies are content, not trusted HTML: raw HTML is shown as text, unsafe addresses are
    // removed and external links get rel="noopener noreferrer" (src/markdown/). Sätteri over unified by
    // measurement (README, "Markdown analysis and safe rendering").
    processor: safeSatteri(),
    // Notes hold prose, not code: no highlighter to load, and no inline colour styles in the pages.
    syntaxHighlight: false,
  },
});
