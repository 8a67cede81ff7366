import { defineHastPlugin } from 'satteri';

/**
 * Sätteri hast plugin: raw HTML in markdown is shown as the text it is, never emitted as markup. Sätteri keeps raw
 * HTML as opaque `raw` nodes (with its `rawHtml` feature off, as src/markdown/safe-satteri.ts sets it) and writes
 * them out verbatim; this turns each into a `text` node, which Sätteri escapes. A block of raw HTML directly in
 * the document or a quotation becomes a paragraph. The twin of remark-escape-raw-html.ts for Astro's default
 * processor.
 *
 * @example
 * // input (markdown)
 * Hello <b onclick="x()">there</b>
 *
 * <iframe src="https://evil.example"></iframe>
 * // output (HTML)
 * <p>Hello &lt;b onclick="x()"&gt;there&lt;/b&gt;</p>
 * <p>&lt;iframe src="https://evil.example"&gt;&lt;/iframe&gt;</p>
 */
const satteriEscapeRawHtml = defineHastPlugin({
  name: 'claimline-escape-raw-html',
  raw(node, ctx) {
    const text = { type: 'text' as const, value: node.value };
    const parent = ctx.parent(node);
    const block = parent.type === 'root' || (parent.type === 'element' && parent.tagName === 'blockquote');
    ctx.replaceNode(node, block ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text);
  },
});

export default satteriEscapeRawHtml;
