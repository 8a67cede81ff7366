import type { ElementContent, Root, RootContent } from 'hast';
import { isSafeUrl } from './url-policy.ts';

/**
 * rehype plugin: no `javascript:`, `vbscript:`, `data:` or other unsafe address survives in a link or an image,
 * whichever markdown wrote it (inline `[x](…)`, reference `[x][r]` with its definition, autolink `<…>`, image
 * `![x](…)`). A link with an unsafe address is unwrapped to its words; an image with one is replaced by its alt
 * text. Raw HTML never becomes elements (remark-escape-raw-html.ts), so links and images are the only elements
 * markdown gives an address. What is safe is decided by src/markdown/url-policy.ts.
 *
 * @example
 * // input (markdown)
 * [click](javascript:alert(1)) and ![pic](data:image/png;base64,AAAA) and [ok](https://example.com)
 * // output (HTML)
 * <p>click and pic and <a href="https://example.com">ok</a></p>
 */
export default function rehypeDropUnsafeUrls() {
  return (tree: Root): undefined => {
    tree.children = tree.children.flatMap((child) => clean(child));
  };
}

function clean<Child extends RootContent>(node: Child): (Child | ElementContent)[] {
  if (node.type !== 'element') return [node];
  node.children = node.children.flatMap((child) => clean(child));
  const attribute = node.tagName === 'a' ? 'href' : node.tagName === 'img' ? 'src' : undefined;
  const address = attribute === undefined ? undefined : node.properties[attribute];
  if (address === undefined || isSafeUrl(address)) return [node];
  if (node.tagName === 'a') return node.children;
  const alt = node.properties.alt;
  return typeof alt === 'string' && alt !== '' ? [{ type: 'text', value: alt }] : [];
}
