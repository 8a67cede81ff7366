import type { Nodes, Paragraph, Parent, Root, Text } from 'mdast';

/**
 * remark plugin: raw HTML in markdown is shown as the text it is, never parsed into elements. An inline `html`
 * node (`<script>`, `<a href=…>`) becomes a `text` node with the same characters; a block one (`<iframe …>` on
 * its own lines) becomes a paragraph holding that text. The HTML serialiser then escapes it: nothing an editor
 * wrote disappears, and none of it is live. It runs in the remark phase because Astro's unified pipeline parses
 * raw HTML (rehype-raw) after the rehype plugins, where a rehype plugin could no longer stop it.
 *
 * @example
 * // input (markdown)
 * Hello <b onclick="x()">there</b>
 *
 * <iframe src="https://evil.example"></iframe>
 * // output (HTML)
 * <p>Hello &#x3C;b onclick="x()">there&#x3C;/b></p>
 * <p>&#x3C;iframe src="https://evil.example">&#x3C;/iframe></p>
 */
export default function remarkEscapeRawHtml() {
  return (tree: Root): undefined => {
    escapeIn(tree);
  };
}

/** Parents whose children are blocks: raw HTML there is a block of its own and becomes a paragraph. */
const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

function escapeIn(node: Nodes): void {
  if (!('children' in node)) return;
  const parent: Parent = node;
  for (const [index, child] of parent.children.entries()) {
    if (child.type !== 'html') {
      escapeIn(child);
      continue;
    }
    const text: Text = { type: 'text', value: child.value };
    const paragraph: Paragraph = { type: 'paragraph', children: [text] };
    if (child.position) [text.position, paragraph.position] = [child.position, child.position];
    parent.children[index] = BLOCK_PARENTS.has(node.type) ? paragraph : text;
  }
}
