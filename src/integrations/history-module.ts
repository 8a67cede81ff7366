import type { Plugin } from 'vite';

/**
 * `virtual:claimline/history`: the first-published days the content check read from git, handed to the pages
 * (src/data/site-content.ts) as a module, so that git is read once per build, before Astro loads any content.
 */
const ID = 'virtual:claimline/history';
const RESOLVED = `\0${ID}`;

export function historyModule(firstPublished: Readonly<Record<string, string>>): Plugin {
  return {
    name: 'claimline:history',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export const firstPublished = ${JSON.stringify(firstPublished)};\n` : undefined),
  };
}
