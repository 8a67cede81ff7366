import { satteri } from '@astrojs/markdown-satteri';
import satteriDropUnsafeUrls from './satteri-drop-unsafe-urls.ts';
import satteriEscapeRawHtml from './satteri-escape-raw-html.ts';
import satteriExternalLinkRel from './satteri-external-link-rel.ts';

/**
 * Astro's default markdown processor, Sätteri, made safe for content: raw HTML shown as text, unsafe addresses
 * removed, external links marked. `rawHtml` stays off so that raw HTML reaches the escape plugin as opaque `raw`
 * nodes rather than as parsed elements.
 */
export function safeSatteri() {
  return satteri({
    hastPlugins: [satteriEscapeRawHtml, satteriDropUnsafeUrls, satteriExternalLinkRel],
    features: { rawHtml: false },
  });
}
