import type { Nodes, Root } from 'hast';
import { externalRel, isExternalUrl } from './url-policy.ts';

/**
 * rehype plugin: a link that leaves the site gets `rel="noopener noreferrer"`, so the page it opens cannot reach
 * back through `window.opener` and is not told which claim the reader came from. Links inside the site, fragments,
 * `mailto:` and `tel:` are left alone; `rel` tokens already present are kept.
 *
 * @example
 * // input (markdown)
 * [WSJ](https://www.wsj.com/) and [home](/)
 * // output (HTML)
 * <p><a href="https://www.wsj.com/" rel="noopener noreferrer">WSJ</a> and <a href="/">home</a></p>
 */
export default function rehypeExternalLinkRel() {
  return (tree: Root): undefined => {
    mark(tree);
  };
}

function mark(node: Nodes): void {
  if (node.type === 'element' && node.tagName === 'a') {
    const href = node.properties.href;
    if (typeof href === 'string' && isExternalUrl(href)) node.properties.rel = externalRel(node.properties.rel);
  }
  if ('children' in node) for (const child of node.children) mark(child);
}
