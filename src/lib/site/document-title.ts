import { truncateAtWord } from '../language/plain-text.ts';

/** The site's name, added after a page's own title in the document title. */
export const SITE_NAME = 'Claimline';

/**
 * The longest document title: html-validate's `long-title` rule (recommended preset) allows 70 characters, about
 * what search results show before they cut a title. The page's heading keeps its whole title; only `<title>` is
 * bounded.
 */
export const MAX_TITLE_LENGTH = 70;

/**
 * How long a text is as Astro writes it into the page: it escapes `& < > " '` as character references
 * (`Putin's` → `Putin&#39;s`), and html-validate measures the title as written, references included.
 */
export function writtenLength(text: string): number {
  const references: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };
  return Array.from(text).reduce((sum, character) => sum + (references[character] ?? 1), 0);
}

/** The longest start of `text`, cut at a word with an ellipsis, whose written length is at most `max`. */
function fitAtWord(text: string, max: number): string {
  if (writtenLength(text) <= max) return text;
  for (let limit = Math.min(max, Array.from(text).length - 1); limit > 1; limit -= 1) {
    const cut = truncateAtWord(text, limit);
    if (writtenLength(cut) <= max) return cut;
  }
  return '…';
}

/**
 * A page's `<title>`: its own title followed by " · Claimline" when both fit, its own title alone when only it
 * fits (the page's words say more than the site's name), cut at a word with an ellipsis when even that is too
 * long. Lengths are measured as written in the page (see `writtenLength`). The home page's title already names
 * the site.
 *
 * @example documentTitle('Methodology', { home: false }) // → 'Methodology · Claimline'
 * @example documentTitle('Territory for peace? WSJ reveals Putin’s possible ultimatum to Trump', { home: false })
 *   // → the title alone (68 characters; with the site's name it would be 80)
 */
export function documentTitle(title: string, { home }: { home: boolean }, max = MAX_TITLE_LENGTH): string {
  const withSite = `${title} · ${SITE_NAME}`;
  if (!home && writtenLength(withSite) <= max) return withSite;
  return fitAtWord(title, max);
}
