import { SHARE_IMAGE_HEIGHT, SHARE_IMAGE_WIDTH } from './share-image.ts';
import { SITE_NAME } from '../site/document-title.ts';
import { FEED_PATH } from '../site/routes.ts';
import { absoluteUrl } from '../site/site-address.ts';

/**
 * The head tags that let a page travel: its canonical address, Open Graph (https://ogp.me/) and Twitter card
 * tags for link previews, and the feed's discovery link. Every address is absolute, built on the site's URL.
 */

/** The title of the RSS feed of every claim. */
export const FEED_TITLE = `${SITE_NAME}: every claim`;

export interface ShareImage {
  /** The PNG's address from the site root. */
  path: string;
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
}

export interface PageMetaInput {
  /** The published site's root: astro.config.mjs `site` with its `base` (src/lib/site/site-address.ts `siteRoot`). */
  site: URL;
  /** The page's address from the site root. */
  path: string;
  title: string;
  description: string;
  /** `article` for a claim or an article (a dated piece with its own card), `website` for every other page. */
  type: 'website' | 'article';
  image: ShareImage;
  /** When the piece was published (`YYYY-MM-DD`), for `article:published_time`. */
  published?: string | undefined;
  /** False for pages that search engines should not list (the 404 page): no canonical link, `noindex`. */
  indexable: boolean;
}

export interface MetaTag {
  /** Open Graph tags use `property` (RDFa, as ogp.me writes them); others use `name`. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export interface PageMeta {
  canonical: string | undefined;
  feed: { href: string; title: string };
  tags: MetaTag[];
}

const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
const named = (key: string, content: string): MetaTag => ({ attribute: 'name', key, content });

export function pageMeta(input: PageMetaInput): PageMeta {
  const url = absoluteUrl(input.path, input.site).href;
  const image = absoluteUrl(input.image.path, input.site).href;
  const tags: MetaTag[] = [
    og('site_name', SITE_NAME),
    og('title', input.title),
    og('description', input.description),
    og('type', input.type),
    // A page that is not to be listed (the 404 page) has no address of its own to share.
    ...(input.indexable ? [og('url', url)] : []),
    og('image', image),
    og('image:type', 'image/png'),
    og('image:width', String(SHARE_IMAGE_WIDTH)),
    og('image:height', String(SHARE_IMAGE_HEIGHT)),
    og('image:alt', input.image.alt),
    ...(input.type === 'article' && input.published
      ? [{ attribute: 'property' as const, key: 'article:published_time', content: input.published }]
      : []),
    // X reads og:title, og:description and og:image when its own tags are missing, but not og:image:alt.
    named('twitter:card', 'summary_large_image'),
    named('twitter:image:alt', input.image.alt),
    ...(input.indexable ? [] : [named('robots', 'noindex')]),
  ];
  return {
    canonical: input.indexable ? url : undefined,
    feed: { href: absoluteUrl(FEED_PATH, input.site).href, title: FEED_TITLE },
    tags,
  };
}
