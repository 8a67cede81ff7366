import { excerptRuns, resultsSummary, sitePath, type SearchHit } from '../lib/site/search-results.ts';
import { SEARCH_BUNDLE_PATH } from '../lib/site/routes.ts';
import { withBase } from '../lib/site/site-address.ts';

/**
 * The search page in the browser: loads Pagefind's own bundle from /pagefind/ under the site's base (written by the build, see
 * src/integrations/search-index.ts) when the page opens, searches as the reader types or submits, keeps the query in
 * the address (`?q=`, so a search can be bookmarked or shared) and writes the results with `textContent` only: an
 * excerpt is parsed by the browser into a separate document, and only its text and `<mark>` words are copied over.
 * Only the search page loads this file.
 */

interface PagefindResponse {
  results: { id: string; data: () => Promise<SearchHit> }[];
}

/** The part of Pagefind's browser API used here (https://pagefind.app/docs/api/). */
interface Pagefind {
  init: () => Promise<void>;
  debouncedSearch: (query: string, options?: object, wait?: number) => Promise<PagefindResponse | null>;
}

const MAX_SHOWN = 20;
/**
 * Kept in a variable so that the bundler leaves the import to the browser: the file exists only in dist/. Under the
 * site's base (`import.meta.env.BASE_URL`, "/" unless the site is published under a path of its host).
 */
const PAGEFIND_BUNDLE = withBase(SEARCH_BUNDLE_PATH, import.meta.env.BASE_URL);

const fallback = document.querySelector<HTMLElement>('#search-fallback');
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-query');
const status = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLOListElement>('#search-results');

function resultItem(hit: SearchHit): HTMLLIElement | undefined {
  // Records name pages from the site's root (src/lib/site/search-records.ts); Pagefind puts the base in front itself, taken
  // from where its bundle was loaded (its `baseUrl` defaults to the path before /pagefind/).
  const href = sitePath(hit.url);
  if (!href) return undefined;
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = href;
  link.textContent = hit.meta.title ?? href;
  item.append(link);
  if (hit.meta.type) {
    const type = document.createElement('span');
    type.className = 'type';
    type.textContent = ` (${hit.meta.type})`;
    item.append(type);
  }
  const excerpt = document.createElement('p');
  // A document of its own: nothing in it runs or loads, and only its text is taken from it.
  const parsed = new DOMParser().parseFromString(hit.excerpt, 'text/html').body;
  for (const run of excerptRuns(parsed)) {
    if (run.marked) {
      const mark = document.createElement('mark');
      mark.textContent = run.text;
      excerpt.append(mark);
    } else excerpt.append(run.text);
  }
  item.append(excerpt);
  return item;
}

async function start(): Promise<void> {
  if (!form || !input || !status || !list) return;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ PAGEFIND_BUNDLE)) as Pagefind;
    await pagefind.init();
  } catch {
    // The fallback paragraph stays: it already says where to go instead.
    return;
  }
  form.hidden = false;
  if (fallback) fallback.hidden = true;

  let latest = 0;
  async function run(query: string): Promise<void> {
    if (!status || !list) return;
    const ticket = ++latest;
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    if (!query.trim()) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const response = await pagefind.debouncedSearch(query, {}, 250);
    // A newer search has started (debouncedSearch answers null), or answered first.
    if (!response || ticket !== latest) return;
    const hits = await Promise.all(response.results.slice(0, MAX_SHOWN).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...hits.map(resultItem).filter((item) => item !== undefined));
    status.textContent = resultsSummary(response.results.length, query, hits.length);
  }

  input.addEventListener('input', () => void run(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  const initial = new URLSearchParams(window.location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

void start();
