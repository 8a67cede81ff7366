import { describe, expect, it } from 'vitest';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { claimTitle, searchRecords } from '../../src/lib/site/search-records.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

const checked = checkContent(fixtureFiles('base')).content;
const index = indexSite(toSiteContent(checked));
const notes = new Map(checked.claims.map((claim) => [claim.id, claim.note]));
const records = searchRecords(index, notes);

describe('searchRecords', () => {
  it('makes one record per claim, article and source, at its page', () => {
    expect(records.map((record) => record.url).sort()).toEqual(
      [
        ...index.content.claims.map((claim) => `/claims/${claim.id}/`),
        ...index.content.articles.map((article) => `/articles/${article.id}/`),
        ...index.content.sources.map((source) => `/sources/${source.id}/`),
      ].sort(),
    );
    expect(new Set(records.map((record) => record.meta.type))).toEqual(new Set(['Claim', 'Article', 'Source']));
  });

  it("indexes a claim's excerpt, the sources of its chain and its note as plain text, under its page title", () => {
    for (const claim of index.content.claims) {
      const record = records.find((each) => each.url === `/claims/${claim.id}/`);
      expect(record?.meta.title).toBe(claimTitle(claim));
      expect(record?.content).toContain(claim.excerpt);
      for (const id of claim.attribution.chain) expect(record?.content).toContain(index.sources.get(id)?.name);
      expect(record?.content).not.toMatch(/\*\*|\]\(|^#/u);
    }
  });

  it('takes a note’s words without its markup', () => {
    const [claim] = index.content.claims;
    if (!claim) throw new Error('the base fixture has claims');
    const marked = searchRecords(index, new Map([[claim.id, 'A **bold** [claim](https://example.org/) <b>raw</b>']]));
    expect(marked.find((record) => record.url === `/claims/${claim.id}/`)?.content).toMatch(/A bold claim raw$/u);
  });

  it('titles a claim by its headline, or else the start of its excerpt', () => {
    expect(claimTitle({ headline: 'Short', excerpt: 'Long excerpt.' })).toBe('Short');
    expect(claimTitle({ excerpt: 'word '.repeat(40).trim() }).length).toBeLessThanOrEqual(90);
  });
});
