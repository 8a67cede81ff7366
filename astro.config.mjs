// @ts-check
import { defineConfig } from 'astro/config';
import contentIntegrity from './src/integrations/content-integrity.ts';

export default defineConfig({
  integrations: [contentIntegrity()],
  // Every page is plain HTML; links stay relative to the site root.
  trailingSlash: 'always',
  build: { format: 'directory' },
});
