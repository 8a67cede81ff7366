/**
 * Quotations that run over several sentences. News copy attributes a quotation once, often after its first
 * sentence (`“We are behind. We will catch up,” she said.`) and a paragraph that opens with a quotation and names
 * no speaker continues the speaker of the paragraph before. These helpers tell which sentences of a paragraph
 * belong to one quotation.
 */

/** Opening and closing marks: curly double quotes, straight double quotes, and the two-apostrophe style. */
const MARKS = /“|”|''|"|``/gu;

/** Whether a sentence opens with a quotation mark (after any bracket or dash). */
export function opensWithQuote(sentence: string): boolean {
  return /^[\s(—–-]*(?:“|"|''|``|‘)/u.test(sentence);
}

/**
 * For each sentence of a paragraph, the index of the quotation it belongs to, or undefined when it is in none. A
 * sentence belongs to a quotation when it opens one, holds one, or starts while one opened earlier is still open.
 */
export function quotationGroups(sentences: readonly string[]): (number | undefined)[] {
  let open = false;
  let group = -1;
  return sentences.map((sentence) => {
    const startsOpen = open;
    let touched = startsOpen;
    if (!startsOpen && opensWithQuote(sentence)) {
      group++;
      touched = true;
    }
    for (const match of sentence.matchAll(MARKS)) {
      const mark = match[0];
      if (mark === '“' || mark === '``') {
        if (!open && !touched) group++;
        open = true;
      } else if (mark === '”') open = false;
      else {
        if (!open && !touched) group++;
        open = !open;
      }
      touched = true;
    }
    // A quotation left open at the end of a paragraph is closed by it.
    return touched ? group : undefined;
  });
}
