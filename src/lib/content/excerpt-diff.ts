/**
 * What changed between an excerpt and the article it was copied from, word by word: after a copy-edit of the
 * article ("cargo" → "container"), the editor is told which words to update, not where a character first differs.
 */

/** Words, and each punctuation mark as a word of its own, so that "ships," and "ships." share "ships". */
export const words = (text: string): string[] =>
  text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) ?? [];

/** One place where the excerpt and the article part: the excerpt's words there, and the article's. */
export interface WordChange {
  excerpt: string[];
  article: string[];
}

/**
 * The longest common subsequence table of two word lists, for `wordChanges` and `similarity`: `at(i, j)` is the
 * length of the longest run the words from `a[i]` and `b[j]` on share.
 */
function lcsTable(a: readonly string[], b: readonly string[]): (i: number, j: number) => number {
  const width = b.length + 1;
  const table = new Int32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * width + j] =
        a[i] === b[j]
          ? (table[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(table[(i + 1) * width + j] ?? 0, table[i * width + j + 1] ?? 0);
    }
  }
  return (i, j) => table[i * width + j] ?? 0;
}

/** The runs of words where `excerpt` and `article` differ, in order. */
export function wordChanges(excerpt: readonly string[], article: readonly string[]): WordChange[] {
  const at = lcsTable(excerpt, article);
  const changes: WordChange[] = [];
  let open: WordChange | undefined;
  let i = 0;
  let j = 0;
  while (i < excerpt.length || j < article.length) {
    if (i < excerpt.length && j < article.length && excerpt[i] === article[j]) {
      open = undefined;
      i++;
      j++;
      continue;
    }
    if (!open) {
      open = { excerpt: [], article: [] };
      changes.push(open);
    }
    if (j >= article.length || (i < excerpt.length && at(i + 1, j) >= at(i, j + 1)))
      open.excerpt.push(excerpt[i++] ?? '');
    else open.article.push(article[j++] ?? '');
  }
  return changes;
}

/** Shared words over the longer of the two: 1 for the same words, 0 for none in common. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : lcsTable(a, b)(0, 0) / longest;
}

/** Words joined back for a message: no space before punctuation. */
const shown = (list: readonly string[]) => list.join(' ').replace(/ (?=[^\s\p{L}\p{N}])/gu, '');

/** Past this many places of difference, the words are not listed: the excerpt was rewritten, not copy-edited. */
const SHOWN_CHANGES = 3;

/** "the excerpt has 'cargo' where the article now has 'container'", one clause per change. */
export function describeChanges(changes: readonly WordChange[]): string {
  const clauses = changes.slice(0, SHOWN_CHANGES).map((change) => {
    if (change.article.length === 0)
      return `the excerpt has '${shown(change.excerpt)}' where the article now has nothing`;
    if (change.excerpt.length === 0)
      return `the article now has '${shown(change.article)}' where the excerpt has nothing`;
    return `the excerpt has '${shown(change.excerpt)}' where the article now has '${shown(change.article)}'`;
  });
  const more = changes.length > SHOWN_CHANGES ? `, and ${changes.length - SHOWN_CHANGES} more changes` : '';
  return `${clauses.join('; ')}${more}`;
}

/** At least this share of the excerpt's words in the same order: below it, it is another sentence, not a stale copy. */
const STALE_SIMILARITY = 0.6;

export interface StaleMatch {
  /** Indexes of the article sentences the excerpt was most likely copied from. */
  sentences: number[];
  changes: WordChange[];
}

/**
 * The run of consecutive article sentences (as many as the excerpt has) that the excerpt is a stale copy of: the
 * most similar run, if it shares enough of its words in order.
 */
export function staleMatch(
  excerptSentences: readonly string[],
  article: readonly { index: number; text: string }[],
): StaleMatch | undefined {
  const length = Math.max(1, excerptSentences.length);
  const excerpt = words(excerptSentences.join(' '));
  let best: { start: number; score: number; words: string[] } | undefined;
  for (let start = 0; start + length <= article.length; start++) {
    const run = words(
      article
        .slice(start, start + length)
        .map((sentence) => sentence.text)
        .join(' '),
    );
    const score = similarity(excerpt, run);
    if (!best || score > best.score) best = { start, score, words: run };
  }
  if (!best || best.score < STALE_SIMILARITY) return undefined;
  return {
    sentences: article.slice(best.start, best.start + length).map((sentence) => sentence.index),
    changes: wordChanges(excerpt, best.words),
  };
}
