import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { projectRoot } from './fixtures.ts';

/**
 * The built site in dist/, read back for the tests in tests/build/ with a real HTML parser: its files, its pages
 * by address, and the text a reader sees on them.
 */

export const dist = join(projectRoot, 'dist');

/** A file of dist/ as text, by its path under dist/. */
export const readDist = (path: string) => readFileSync(join(dist, path), 'utf8');

/** Every file under `dir` ending in `extension`, as paths relative to dist/ with forward slashes. */
export function distFiles(extension: string, dir = dist): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return distFiles(extension, path);
    return entry.name.endsWith(extension) ? [relative(dist, path).split(sep).join('/')] : [];
  });
}

/** Every page of dist/, parsed, by its path under dist/ (`claims/a/b/index.html`). */
export const builtPages = (): Map<string, HTMLElement> =>
  new Map(distFiles('.html').map((file) => [file, parse(readDist(file))]));

/** The page at a site address (`/claims/a/b/`; `/404/` is the file 404.html), or an error naming the file. */
export function pageAt(pages: ReadonlyMap<string, HTMLElement>, address: string): HTMLElement {
  const file = address === '/404/' ? '404.html' : `${address.slice(1)}index.html`;
  const root = pages.get(file);
  if (!root) throw new Error(`no page at ${address} (dist/${file})`);
  return root;
}

/** Runs of white space folded to one space, and the ends trimmed. */
export const squash = (value: string) => value.replace(/\s+/g, ' ').trim();

/** An element's text with runs of white space folded to one space. */
export const text = (element: HTMLElement | null | undefined) => squash(element?.textContent ?? '');

/** The text a sighted reader sees, without the visually hidden words for screen readers (a hedge mark's "(hedge)"). */
export function visibleText(element: HTMLElement | null | undefined): string {
  const copy = parse(element?.outerHTML ?? '');
  for (const hidden of copy.querySelectorAll('.vh')) hidden.remove();
  return text(copy);
}

/** Every page of a listing, from its first, following its "next page" links. */
export function listing(pages: ReadonlyMap<string, HTMLElement>, first: string): HTMLElement[] {
  const out = [pageAt(pages, first)];
  for (;;) {
    const next = out.at(-1)?.querySelector('a[rel="next"]')?.getAttribute('href');
    if (!next) return out;
    out.push(pageAt(pages, next));
  }
}
