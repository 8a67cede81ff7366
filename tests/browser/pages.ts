import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The pages the browser tests (site.spec.ts) and the screenshots (screenshots.ts) visit: one of each kind, picked
 * from the build's dist/claims.json rather than named here, so that they follow the content.
 */

export const root = join(import.meta.dirname, '..', '..');
const exported = JSON.parse(readFileSync(join(root, 'dist', 'claims.json'), 'utf8')) as {
  articles: { id: string }[];
  sources: { id: string }[];
  claims: {
    id: string;
    url: string;
    kind: string;
    attribution: { chain: string[] };
    date: { precision: string; asWritten: string | null } | null;
  }[];
  followUps: { id: string; resolves: { claim: string; outcome: string }[] }[];
};
const weekClaim = exported.claims.find((claim) => claim.date?.precision === 'week' && claim.date.asWritten);
// The prediction with the longest attribution chain shows the most of a claim page.
const prediction = exported.claims
  .filter((claim) => claim.kind === 'prediction')
  .sort((a, b) => b.attribution.chain.length - a.attribution.chain.length)[0];
const firstArticle = exported.articles[0];
const anonymous = exported.sources.find((source) => source.id !== firstArticle?.id);
// A claim a follow-up settled, refuted if any was: the outcome most worth checking in both colour schemes.
const resolutions = exported.followUps.flatMap((followUp) => followUp.resolves);
const resolution = resolutions.find((entry) => entry.outcome === 'refuted') ?? resolutions[0];
const resolved = exported.claims.find((claim) => claim.id === resolution?.claim);
const firstFollowUp = exported.followUps[0];
if (!weekClaim || !prediction || !firstArticle || !anonymous || !resolved || !firstFollowUp) {
  throw new Error('dist/claims.json lacks the seed');
}

/** The picks that tests look at more closely than the list below does. */
export const picked = { prediction, firstArticle, resolved };

export const pages = [
  { name: 'home', path: '/' },
  { name: 'claim', path: weekClaim.url },
  { name: 'prediction', path: prediction.url },
  { name: 'source', path: `/sources/${anonymous.id}/` },
  { name: 'sources', path: '/sources/' },
  { name: 'article', path: `/articles/${firstArticle.id}/` },
  { name: 'articles', path: '/articles/' },
  { name: 'methodology', path: '/methodology/' },
  { name: 'filter', path: '/timeline/category/anonymous-source/' },
  { name: 'resolved', path: resolved.url },
  { name: 'follow-up', path: `/follow-ups/${firstFollowUp.id}/` },
  { name: 'follow-ups', path: '/follow-ups/' },
  { name: 'search', path: '/search/' },
];
