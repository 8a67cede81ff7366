import { defineHastPlugin } from 'satteri';
import { isSafeUrl } from './url-policy.ts';

/**
 * Sätteri hast plugin: no `javascript:`, `vbscript:`, `data:` or other unsafe address survives in a link or an
 * image, whichever markdown wrote it (inline, reference with its definition, autolink, image). A link with an
 * unsafe address is unwrapped to its words; an image with one is replaced by its alt text. Raw HTML never becomes
 * elements (satteri-escape-raw-html.ts), so links and images are the only elements markdown gives an address.
 * What is safe is decided by src/markdown/url-policy.ts. The twin of rehype-drop-unsafe-urls.ts.
 *
 * @example
 * // input (markdown)
 * [click](javascript:alert(1)) and ![pic](data:image/png;base64,AAAA) and [ok](https://example.com)
 * // output (HTML)
 * <p>click and pic and <a href="https://example.com">ok</a></p>
 */
const satteriDropUnsafeUrls = defineHastPlugin({
  name: 'claimline-drop-unsafe-urls',
  element: {
    filter: ['a', 'img'],
    visit(node, ctx) {
      const attribute = node.tagName === 'a' ? 'href' : 'src';
      const address = node.properties[attribute];
      if (address === undefined || isSafeUrl(address)) return;
      if (node.tagName === 'a') {
        ctx.replaceNode(node, node.children);
      } else {
        const alt = node.properties.alt;
        ctx.replaceNode(node, typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : []);
      }
    },
  },
});

export default satteriDropUnsafeUrls;
