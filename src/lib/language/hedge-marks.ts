import { findHedges, type HedgeMatch } from './cues.ts';

/**
 * Hedge cues marked in a text for the pages: the text cut into plain runs and hedge runs, so that a page wraps each
 * hedge in `<mark>` and Astro escapes every run as text (no `set:html`). The cues come from `findHedges`
 * (src/lib/language/cues.ts), the same reading that fills `hedges` in claims.json.
 */

/** A run of the text: plain, or one hedge cue with what the lexicon says of it. */
export type TextSegment = { text: string; hedge?: undefined } | { text: string; hedge: HedgeMatch };

/**
 * Cut a text at its hedge cues. Joining the segments' texts gives the text back unchanged; empty runs are left out.
 *
 * @example hedgeSegments('Putin may offer land.').map((segment) => segment.text) // → ['Putin ', 'may', ' offer land.']
 */
export function hedgeSegments(text: string, hedges: readonly HedgeMatch[] = findHedges(text)): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const hedge of [...hedges].sort((a, b) => a.start - b.start)) {
    // Matches never overlap (one regular expression, longest cue first); a stray overlap is left unmarked.
    if (hedge.start < at || hedge.end > text.length || text.slice(hedge.start, hedge.end) !== hedge.text) continue;
    if (hedge.start > at) segments.push({ text: text.slice(at, hedge.start) });
    segments.push({ text: hedge.text, hedge });
    at = hedge.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

/**
 * What one hedge cue does, in a reader's words, for the claim page's "How firmly" list.
 *
 * @example hedgeEffect({ forward: true, scope: 'claim' }) // → 'looks ahead: it makes the claim a forecast'
 */
export function hedgeEffect(hedge: Pick<HedgeMatch, 'forward' | 'scope'>): string {
  if (hedge.scope === 'phrase') {
    return 'qualifies only the words it stands before, not the whole claim';
  }
  return hedge.forward ? 'looks ahead: it makes the claim a forecast' : 'weakens the claim: it is not put as certain';
}

/**
 * Each hedge cue of a text with what it does there, in order of first appearance; a cue that does the same thing
 * twice is listed once, one that does two things ("may" ahead, "may have" looking back) twice.
 */
export function hedgeNotes(text: string): { cue: string; effect: string }[] {
  const seen = new Set<string>();
  return findHedges(text).flatMap((hedge) => {
    const effect = hedgeEffect(hedge);
    const key = `${hedge.cue}\n${effect}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ cue: hedge.cue, effect }];
  });
}
