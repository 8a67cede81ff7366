import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { textOf } from '../../tools/measure/live-html.ts';

/**
 * Pages read back as a browser parses them, for the tests of safe rendering; what could run in them is
 * `liveHazards` (tools/measure/live-html.ts, shared with `npm run measure:markdown`).
 */

/** The page's links as `[text, href, rel]`, to check what became of each link in a note. */
export function linksOf(html: string): [string, string, string][] {
  const links: [string, string, string][] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const rel = node.properties.rel;
      links.push([textOf(node), node.properties.href ?? '', Array.isArray(rel) ? rel.join(' ') : '']);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return links;
}

/** The page's visible text, white space folded. */
export function textOfHtml(html: string): string {
  return textOf(fromHtml(html)).replace(/\s+/g, ' ').trim();
}
