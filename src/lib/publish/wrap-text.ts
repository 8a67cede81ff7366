/**
 * Greedy line breaking at spaces, as a browser sets `white-space: normal` text: each line takes as many words as
 * fit in `width`; a word wider than a whole line is broken between characters (CSS `overflow-wrap: anywhere`),
 * since a share card cannot scroll. Widths come from `measure`, so the rule is tested without fonts.
 *
 * @example wrapText('the quick brown fox', 10, (text) => text.length) // → ['the quick', 'brown fox']
 */
export function wrapText(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((part) => part.length > 0)) {
    const joined = line ? `${line} ${word}` : word;
    if (measure(joined) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    if (measure(word) <= width) {
      line = word;
      continue;
    }
    // A word longer than a line: as many characters as fit on each line, the rest carried on.
    for (const character of word) {
      if (line && measure(line + character) > width) {
        lines.push(line);
        line = '';
      }
      line += character;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * `text` on one line of at most `width`: whole when it fits, otherwise shortened at a word boundary with an
 * ellipsis (between characters when even its first word is too wide), so that a line of a share card ends in "…"
 * rather than being cut off at the card's edge. Punctuation left dangling before the ellipsis goes.
 *
 * @example fitLine('Claimline · The Northern Ledger, 8 Aug 2025', 30, (text) => text.length) // → 'Claimline · The Northern…'
 */
export function fitLine(text: string, width: number, measure: (text: string) => number): string {
  if (measure(text) <= width) return text;
  const words = text.split(/\s+/u).filter((part) => part.length > 0);
  for (let count = words.length - 1; count > 0; count--) {
    const shortened = `${words
      .slice(0, count)
      .join(' ')
      .replace(/[\s,;:·–—-]+$/u, '')}…`;
    if (measure(shortened) <= width) return shortened;
  }
  let line = '';
  for (const character of text) {
    if (measure(`${line}${character}…`) > width) break;
    line += character;
  }
  return `${line}…`;
}
