import type { Claim as ClaimLd, NewsArticle, Organization, Person, WithContext } from 'schema-dts';
import { correctionSummary } from '../site/corrections.ts';
import type { Article, Claim, Source } from '../site/model.ts';

/**
 * schema.org JSON-LD for machine readers. Google retired ClaimReview rich results in 2025, so claims are
 * described as `Claim` (https://schema.org/Claim) with no rating: Claimline records who said what, it does not
 * rate it.
 */

type Lookup = (id: string) => Source | undefined;

function organization(source: Source | undefined, fallbackName: string): Organization {
  if (source?.type === 'outlet') {
    return {
      '@type': 'NewsMediaOrganization',
      name: source.name,
      ...(source.homepage ? { url: source.homepage } : {}),
    };
  }
  return { '@type': 'Organization', name: source?.name ?? fallbackName };
}

/** The speaker a claim rests on: the named person or institution, or else the innermost outlet of the chain. */
export function claimAuthor(claim: Claim, lookup: Lookup): Person | Organization {
  const innermost = lookup(claim.attribution.chain.at(-1) ?? '');
  if (innermost?.type === 'person') {
    return {
      '@type': 'Person',
      name: innermost.name,
      jobTitle: innermost.role,
      affiliation: { '@type': 'Organization', name: innermost.affiliation },
    };
  }
  if (innermost?.type === 'institution') {
    return {
      '@type': 'Organization',
      name: innermost.name,
      ...(innermost.homepage ? { url: innermost.homepage } : {}),
    };
  }
  const outlet = [...claim.attribution.chain]
    .reverse()
    .map(lookup)
    .find((source) => source?.type === 'outlet');
  return organization(outlet, claim.attribution.chain[0] ?? '');
}

export function newsArticleLd(article: Article, pageUrl: URL, lookup: Lookup): WithContext<NewsArticle> {
  const original = article.reReports;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    url: article.url,
    mainEntityOfPage: pageUrl.href,
    datePublished: article.published,
    inLanguage: article.language,
    publisher: organization(lookup(article.publisher), article.publisher),
    ...(original
      ? {
          isBasedOn: {
            '@type': 'NewsArticle',
            headline: original.title,
            datePublished: original.published,
            publisher: organization(lookup(original.outlet), original.outlet),
            ...(original.url ? { url: original.url } : {}),
          },
        }
      : {}),
  };
}

export function claimLd(claim: Claim, article: Article, pageUrl: URL, lookup: Lookup): WithContext<ClaimLd> {
  const appearance: NewsArticle = {
    '@type': 'NewsArticle',
    headline: article.title,
    url: article.url,
    datePublished: article.published,
    publisher: organization(lookup(article.publisher), article.publisher),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    url: pageUrl.href,
    text: claim.excerpt,
    ...(claim.headline ? { name: claim.headline } : {}),
    author: claimAuthor(claim, lookup),
    datePublished: article.published,
    appearance,
    firstAppearance: appearance,
    // schema.org's `correction` on the corrected work: what changed, why and when (docs/corrections.md).
    ...(claim.corrections.length > 0
      ? {
          correction: claim.corrections.map((correction) => ({
            '@type': 'CorrectionComment' as const,
            datePublished: correction.date,
            text: `${correctionSummary(correction)} ${correction.reason}`,
          })),
        }
      : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element. `<` is written as `\u003c` so that no text from
 * content can close the element early (HTML Living Standard, "Restrictions for contents of script elements").
 */
export function jsonLdText(data: object): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
