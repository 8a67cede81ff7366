import { toString } from 'mdast-util-to-string';
import { foldWhitespace, parseMarkdown } from './article-text.ts';

/**
 * Plain text for machines (meta descriptions, headlines, search text): the words of a markdown text with no
 * markdown syntax, raw HTML dropped, blocks joined by a space.
 *
 * @example plainText('Some **bold** [link](https://x.example) <b>raw</b>') // → 'Some bold link raw'
 */
export function plainText(markdown: string): string {
  const root = parseMarkdown(markdown);
  return foldWhitespace(root.children.map((node) => toString(node, { includeHtml: false })).join(' '));
}

/**
 * Cut a text to at most `max` characters at a word boundary, adding an ellipsis when it was cut.
 *
 * @example truncateAtWord('The harbour reopened on Monday', 20) // → 'The harbour…'
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
