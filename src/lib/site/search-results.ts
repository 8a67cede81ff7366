/**
 * The search page's words and the safe reading of Pagefind's results. Pagefind's excerpts are HTML: the page's
 * text with the matched words in `<mark>`. The browser parses an excerpt into a document of its own, never the
 * page's (src/browser/search-page.ts), and it is read here into plain runs of text, so that the page builds them
 * with `textContent` and nothing from an index ever reaches the page as markup.
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

/** What is read of a parsed excerpt: the DOM's nodes as the browser's HTML parser makes them, or a stand-in. */
export interface ExcerptNode {
  /** 3 for text (the DOM's `Node.TEXT_NODE`); only text is ever read. */
  readonly nodeType: number;
  /** An element's tag name, upper case in an HTML document ("MARK"). */
  readonly nodeName: string;
  /** A text node's text, character references already decoded by the parser. */
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<ExcerptNode>;
}

const TEXT_NODE = 3;

/**
 * A parsed excerpt as runs of plain text, those inside `<mark>` marked. Of any other element only its text is kept;
 * comments and attributes are dropped.
 *
 * @example excerptRuns(parsed('said <mark>Ushakov</mark> &amp; others'))
 * // → [{ text: 'said ', marked: false }, { text: 'Ushakov', marked: true }, { text: ' & others', marked: false }]
 */
export function excerptRuns(root: ExcerptNode): ExcerptRun[] {
  const runs: ExcerptRun[] = [];
  const visit = (node: ExcerptNode, marked: boolean) => {
    const text = node.nodeType === TEXT_NODE ? node.nodeValue : null;
    const last = runs.at(-1);
    if (text && last?.marked === marked) last.text += text;
    else if (text) runs.push({ text, marked });
    for (const child of Array.from(node.childNodes)) visit(child, marked || node.nodeName === 'MARK');
  };
  visit(root, false);
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
