import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * What in an HTML page could run or load something a content author put there: script-capable elements, event
 * handler attributes, addresses with a scheme other than the web, e-mail or telephone, and CSS that loads
 * `javascript:`/`data:` addresses or runs `expression()`. Pages are read as a browser would parse them
 * (hast-util-from-html follows the HTML parsing algorithm), so escaped text such as `&lt;script&gt;` does not count
 * and a real element always does. `npm run measure:markdown` checks each pipeline's notes with it, and the tests of
 * safe rendering (tests/markdown/, tests/build/hostile-note.test.ts) check notes and built pages.
 */
const LIVE_ELEMENTS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form']);
const URL_PROPERTIES = new Set([
  'href',
  'src',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'data',
  'cite',
  'background',
]);
const WEB_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const LIVE_CSS = /url\s*\(\s*['"]?\s*(?:javascript|vbscript|data):|expression\s*\(|@import/i;

export function liveHazards(html: string): string[] {
  const hazards: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') inspect(node, hazards);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromHtml(html));
  return hazards;
}

function inspect(element: Element, hazards: string[]) {
  const where = `<${element.tagName}>`;
  // A JSON-LD script is a data block, never run (HTML Living Standard, "Data blocks"); had content closed it early,
  // what followed would be parsed as elements and flagged here.
  const dataBlock = element.tagName === 'script' && element.properties.type === 'application/ld+json';
  if (LIVE_ELEMENTS.has(element.tagName) && !dataBlock) hazards.push(`${where} element`);
  if (element.tagName === 'style' && LIVE_CSS.test(textOf(element))) hazards.push(`${where} loads or runs code`);
  if (element.tagName === 'meta' && typeof element.properties.httpEquiv !== 'undefined')
    hazards.push(`${where} http-equiv`);
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) hazards.push(`${where} ${name} handler`);
    if (name === 'style' && LIVE_CSS.test(String(value))) hazards.push(`${where} style loads or runs code`);
    if (URL_PROPERTIES.has(name) && value !== undefined && value !== null) {
      const address = String(value);
      const protocol = URL.canParse(address, 'https://site.invalid/')
        ? new URL(address, 'https://site.invalid/').protocol
        : 'unparsable';
      if (!WEB_SCHEMES.has(protocol)) hazards.push(`${where} ${name}="${address}"`);
    }
    if (name === 'srcSet' && /(?:javascript|vbscript|data):/i.test(String(value))) hazards.push(`${where} srcset`);
  }
}

/** The text under a node, as a browser's `textContent` reads it. */
export function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}
