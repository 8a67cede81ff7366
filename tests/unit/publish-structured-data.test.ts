import { describe, expect, it } from 'vitest';
import { claimAuthor, claimLd, jsonLdText, newsArticleLd } from '../../src/lib/publish/structured-data.ts';
import type { Article, Claim, Source } from '../../src/lib/site/model.ts';

const sources: Source[] = [
  { id: 'pub', type: 'outlet', name: 'The Publisher', homepage: 'https://pub.example/' },
  { id: 'wire', type: 'outlet', name: 'The Wire' },
  {
    id: 'official',
    type: 'group',
    name: 'a senior official',
    sourcing: 'anonymous-official',
    role: 'official',
    side: 'US',
  },
  { id: 'mayor', type: 'person', name: 'Ana Ruiz', role: 'Mayor', affiliation: 'Town council' },
];
const lookup = (id: string) => sources.find((source) => source.id === id);
const article: Article = {
  id: 'story',
  title: 'A story',
  publisher: 'pub',
  published: '2025-08-08',
  url: 'https://pub.example/story',
  language: 'en',
  reReports: { outlet: 'wire', title: 'The original', published: '2025-08-07' },
  body: '',
};
const claim = (chain: string[]): Claim => ({
  id: 'story/01-a',
  article: 'story',
  order: 1,
  excerpt: 'Something </script><script>alert(1)</script> happened.',
  kind: 'event',
  attribution: { category: 'outlet', chain },
  hedges: [],
  corrections: [],
});

describe('claimAuthor', () => {
  it('is the named person when there is one', () => {
    expect(claimAuthor(claim(['pub', 'mayor']), lookup)).toMatchObject({ '@type': 'Person', name: 'Ana Ruiz' });
  });

  it('is the innermost outlet when the speaker is anonymous', () => {
    expect(claimAuthor(claim(['pub', 'wire', 'official']), lookup)).toMatchObject({
      '@type': 'NewsMediaOrganization',
      name: 'The Wire',
    });
    expect(claimAuthor(claim(['pub']), lookup)).toMatchObject({ name: 'The Publisher' });
  });
});

describe('JSON-LD', () => {
  it('describes an article with the story it re-reports as isBasedOn', () => {
    const ld = newsArticleLd(article, new URL('https://claimline.example/articles/story/'), lookup);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2025-08-08',
      publisher: { name: 'The Publisher' },
      isBasedOn: { '@type': 'NewsArticle', headline: 'The original', publisher: { name: 'The Wire' } },
    });
  });

  it('describes a claim with its author, appearance and date, and no rating', () => {
    const ld = claimLd(
      claim(['pub', 'mayor']),
      article,
      new URL('https://claimline.example/claims/story/01-a/'),
      lookup,
    );
    expect(ld).toMatchObject({
      '@type': 'Claim',
      author: { name: 'Ana Ruiz' },
      datePublished: '2025-08-08',
      appearance: { url: 'https://pub.example/story' },
      firstAppearance: { url: 'https://pub.example/story' },
    });
    expect(JSON.stringify(ld)).not.toMatch(/reviewRating|ClaimReview/);
  });

  it('cannot close its script element early', () => {
    const text = jsonLdText(claimLd(claim(['pub']), article, new URL('https://claimline.example/x/'), lookup));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toMatchObject({ text: claim(['pub']).excerpt });
  });
});
