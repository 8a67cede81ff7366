/**
 * The search page's words and the safe reading of Pagefind's results. Pagefind's excerpts are HTML: the page's
 * text with the matched words in `<mark>`. They are read here into plain runs of text, so that the page builds
 * them with `textContent` and nothing from an index ever reaches the page as markup.
 */

/** The part of a Pagefind result the page shows (Pagefind's `result.data()`, https://pagefind.app/docs/api/). */
export interface SearchHit {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface ExcerptRun {
  text: string;
  /** A matched word, shown in `<mark>`. */
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with HTML character references turned back into characters; an unknown reference stays as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * An excerpt as runs of plain text, the runs inside `<mark>…</mark>` marked. Any other tag is dropped.
 *
 * @example excerptRuns('said <mark>Ushakov</mark> &amp; others')
 * // → [{ text: 'said ', marked: false }, { text: 'Ushakov', marked: true }, { text: ' & others', marked: false }]
 */
export function excerptRuns(excerpt: string): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  let marked = false;
  for (const part of excerpt.split(/(<\/?[a-z][^>]*>)/iu)) {
    if (/^<\/?mark\b/iu.test(part)) {
      marked = !part.startsWith('</');
      continue;
    }
    if (part.startsWith('<') && part.endsWith('>')) continue;
    const text = decodeEntities(part);
    if (text.length === 0) continue;
    const last = runs.at(-1);
    if (last?.marked === marked) last.text += text;
    else runs.push({ text, marked });
  }
  return runs;
}

/** A result's address, only when it is a path on this site (never `javascript:` or another host). */
export function sitePath(url: string): string | undefined {
  return url.startsWith('/') && !url.startsWith('//') && !url.includes('\\') ? url : undefined;
}

/**
 * What the live region says once a search is done.
 *
 * @example resultsSummary(1, 'Ushakov') // → '1 result for “Ushakov”.'
 */
export function resultsSummary(count: number, query: string, shown = count): string {
  const what = `for “${query.trim()}”`;
  if (count === 0) return `No results ${what}. Try another word, or browse the timeline.`;
  const results = `${String(count)} ${count === 1 ? 'result' : 'results'} ${what}`;
  return shown < count ? `${results}; the first ${String(shown)} are shown.` : `${results}.`;
}
