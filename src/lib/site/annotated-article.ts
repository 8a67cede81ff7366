import { foldWhitespace, type ArticleBlock, type ArticleSentence } from '../language/article-text.ts';
import { splitSentences } from '../language/sentences.ts';

/**
 * The annotated article: each paragraph of the body cut into runs of sentences, one run per claim. A claim's
 * excerpt is one or more consecutive whole sentences of one paragraph, and claims follow the text (the content
 * check enforces both), so walking the sentences and the claims side by side pairs them up. Headings and a wire
 * dateline are kept as they are: no claim holds them.
 */

export interface ClaimLike {
  id: string;
  order: number;
  excerpt: string;
}

export interface ClaimRun<C extends ClaimLike> {
  claim: C;
  sentences: ArticleSentence[];
}

export type AnnotatedBlock<C extends ClaimLike> =
  { type: 'heading'; text: string } | { type: 'dateline'; text: string } | { type: 'paragraph'; runs: ClaimRun<C>[] };

/**
 * Pair an article's sentences with the claims whose excerpts hold them.
 *
 * @example
 * annotateArticle(readArticle('One. Two.\n\nThree.'), [
 *   { id: 'a/1', order: 1, excerpt: 'One. Two.' },
 *   { id: 'a/2', order: 2, excerpt: 'Three.' },
 * ])
 * // → [{ type: 'paragraph', runs: [{ claim: a/1, sentences: [One., Two.] }] },
 * //    { type: 'paragraph', runs: [{ claim: a/2, sentences: [Three.] }] }]
 * @throws when the excerpts do not cover the body sentence by sentence, in order (content the check would refuse).
 */
export function annotateArticle<C extends ClaimLike>(
  blocks: readonly ArticleBlock[],
  claims: readonly C[],
): AnnotatedBlock<C>[] {
  const queue = [...claims].sort((a, b) => a.order - b.order);
  let claimIndex = 0;
  // Sentences of the current claim's excerpt not yet matched to the article.
  let pending: string[] = [];
  let current: C | undefined;

  const out: AnnotatedBlock<C>[] = [];
  for (const block of blocks) {
    if (block.type !== 'paragraph') {
      out.push({ type: block.type, text: block.text });
      continue;
    }
    const runs: ClaimRun<C>[] = [];
    for (const sentence of block.sentences) {
      if (pending.length === 0) {
        current = queue[claimIndex++];
        if (!current) throw new Error(`sentence ${sentence.index + 1} is in no claim: "${sentence.text}"`);
        pending = splitSentences(foldWhitespace(current.excerpt)).map((part) => part.text);
        runs.push({ claim: current, sentences: [] });
      } else if (runs.length === 0) {
        throw new Error(`the excerpt of ${current?.id ?? '?'} runs across two paragraphs`);
      }
      if (pending[0] !== sentence.text) {
        throw new Error(
          `sentence ${sentence.index + 1} ("${sentence.text}") is not the next sentence of ${current?.id ?? '?'}'s excerpt ("${pending[0] ?? ''}")`,
        );
      }
      pending.shift();
      runs.at(-1)?.sentences.push(sentence);
    }
    if (pending.length > 0) throw new Error(`the excerpt of ${current?.id ?? '?'} runs past its paragraph`);
    out.push({ type: 'paragraph', runs });
  }
  const unused = queue.slice(claimIndex);
  if (unused.length > 0)
    throw new Error(`claims not found in the article: ${unused.map((claim) => claim.id).join(', ')}`);
  return out;
}

/** Fragment id of a sentence on the annotated article page ("s-12" for the 12th sentence, 1-based). */
export const sentenceAnchor = (sentence: Pick<ArticleSentence, 'index'>) => `s-${sentence.index + 1}`;

/**
 * Fragment id of a claim's run of sentences on the annotated article page, from the claim's file name
 * (`territory-for-peace/01-ultimatum-lede` → "claim-01-ultimatum-lede"); it marks the claim's first sentence.
 */
export const claimAnchor = (claimId: string) => `claim-${claimId.slice(claimId.indexOf('/') + 1)}`;
