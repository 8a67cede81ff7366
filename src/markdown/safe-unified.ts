import { unified } from '@astrojs/markdown-remark';
import rehypeDropUnsafeUrls from './rehype-drop-unsafe-urls.ts';
import rehypeExternalLinkRel from './rehype-external-link-rel.ts';
import remarkEscapeRawHtml from './remark-escape-raw-html.ts';

/**
 * Astro's unified (remark and rehype) markdown processor made safe for content: raw HTML shown as text, unsafe
 * addresses removed, external links marked. The escape runs on mdast, before remark-rehype, because Astro's
 * unified pipeline parses raw HTML (rehype-raw) after every rehype plugin.
 */
export function safeUnified() {
  return unified({
    remarkPlugins: [remarkEscapeRawHtml],
    rehypePlugins: [rehypeDropUnsafeUrls, rehypeExternalLinkRel],
  });
}
