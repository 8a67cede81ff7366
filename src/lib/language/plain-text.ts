import type { Nodes } from 'mdast';
import { markdownToMdast } from 'satteri';
import { foldWhitespace } from './article-text.ts';

/**
 * Plain text for machines (meta descriptions, headlines, search text): the words of a markdown text with no
 * markdown syntax, taken from its mdast. The tree comes from Sätteri, the site's own markdown parser (GFM on, as
 * the pages render notes), which parses in native code, far faster than remark over a large site's notes (the
 * search records, src/lib/site/search-records.ts). Raw HTML, code blocks and footnote definitions are not
 * prose and are dropped; an image gives its alt text; blocks, list items and table cells are joined by a space so
 * that no two words run together. mdast-util-to-string joins them with nothing, which suits one paragraph
 * (src/lib/language/article-text.ts) but not a whole note.
 *
 * @example plainText('Some **bold** [link](https://x.example) <b>raw</b>\n\n- one\n- two') // → 'Some bold link raw one two'
 */
export function plainText(markdown: string): string {
  // Sätteri gives mdast's node types; positions are not read here, so not made.
  const tree = markdownToMdast(markdown, { features: { gfm: true, rawHtml: false }, position: false });
  return foldWhitespace(textOf(tree));
}

/** Parents whose children are blocks, rows or cells: their texts are separate words. */
const SPACED = new Set(['root', 'blockquote', 'list', 'listItem', 'table', 'tableRow', 'footnoteDefinition']);

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'html':
    case 'code':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'definition':
    case 'yaml':
      return '';
    case 'break':
      return ' ';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'text':
    case 'inlineCode':
      return node.value;
    default:
      return 'children' in node ? node.children.map(textOf).join(SPACED.has(node.type) ? ' ' : '') : '';
  }
}

/**
 * Cut a text to at most `max` characters at a word boundary, adding an ellipsis when it was cut. A word longer
 * than half the room is cut inside, between whole characters.
 *
 * @example truncateAtWord('The harbour reopened on Monday', 20) // → 'The harbour…'
 * @example truncateAtWord('The harbour reopened on Monday', 21) // → 'The harbour reopened…'
 */
export function truncateAtWord(text: string, max: number): string {
  const characters = Array.from(text);
  if (characters.length <= max) return text;
  // Room for the ellipsis; a boundary is a space at or before it, or the text's next character being one.
  const room = characters.slice(0, max - 1).join('');
  const boundary = /\s/.test(characters[max - 1] ?? '') ? room.length : room.search(/\s\S*$/);
  const cut = boundary > room.length / 2 ? room.slice(0, boundary) : room;
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`;
}
