import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildClaimsExport, serializeExport } from '../../src/lib/publish/claims-export.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { readHistory } from '../../src/lib/content/git-history.ts';
import { PUBLISHED_BRANCH } from '../../src/lib/content/history.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { inSeed, SEED_ARTICLE } from '../helpers/seed.ts';

const raw = readFileSync(join(projectRoot, 'dist', 'claims.json'), 'utf8');
const exported = JSON.parse(raw) as ReturnType<typeof buildClaimsExport>;
const checked = checkContent(await readContentFiles(projectRoot));
// The seed's own claims: an article an editor adds is exported beside them (tests/helpers/seed.ts).
const seedClaims = exported.claims.filter(inSeed);
// The days the build read from git, as the build hands them to the site (src/integrations/content-integrity.ts).
const { history } = await readHistory(projectRoot, PUBLISHED_BRANCH);
checked.content.firstPublished = history.available ? Object.fromEntries(history.firstPublished) : {};

describe('dist/claims.json', () => {
  it('lists every seed claim with every field of the contract', () => {
    expect(exported.schemaVersion).toBe(1);
    expect(seedClaims).toHaveLength(23);
    for (const claim of exported.claims) {
      expect(Object.keys(claim)).toEqual([
        'id',
        'url',
        'article',
        'order',
        'excerpt',
        'kind',
        'attribution',
        'date',
        'hedges',
        'firstPublished',
        'corrections',
      ]);
      expect(claim.url).toBe(`/claims/${claim.id}/`);
      expect(Object.keys(claim.attribution)).toEqual(['category', 'chain']);
      // `date` is null where the article gives none (the contract allows it); every claim of the seed is dated.
      if (claim.date !== null || inSeed(claim)) {
        expect(claim.date && Object.keys(claim.date)).toEqual(['start', 'end', 'precision', 'asWritten', 'basis']);
      }
    }
    for (const article of exported.articles) {
      expect([typeof article.id, typeof article.title, typeof article.publisher]).toEqual([
        'string',
        'string',
        'string',
      ]);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const source of exported.sources) expect(typeof source.named).toBe('boolean');
  });

  it('holds every body sentence of the seed in exactly one excerpt', () => {
    const sentences = checked.content.articles.get(SEED_ARTICLE)?.sentences.map((sentence) => sentence.text) ?? [];
    const excerpts = seedClaims.map((claim) => claim.excerpt);
    for (const sentence of sentences) expect(excerpts.filter((excerpt) => excerpt.includes(sentence))).toHaveLength(1);
    expect(excerpts.join(' ')).toBe(sentences.join(' '));
  });

  it('lists the hedge cues of the hedged sentences', () => {
    const hedges = new Map(seedClaims.map((claim) => [claim.order, claim.hedges]));
    expect(hedges.get(1)).toEqual(['may']);
    expect(hedges.get(16)).toEqual(['likely']);
    expect(hedges.get(17)).toEqual(['would', 'likely', 'could']);
    expect(hedges.get(21)).toEqual(['allegedly', 'intends']);
    expect(hedges.get(23)).toEqual(['could']);
    expect(hedges.get(9)).toEqual([]);
    expect(hedges.get(14)).toEqual(['may']);
    expect(hedges.get(22)).toEqual(['allegedly']);
    expect(new Set(seedClaims.flatMap((claim) => claim.hedges))).toEqual(
      new Set(['may', 'likely', 'would', 'could', 'possible', 'allegedly', 'intends']),
    );
  });

  it('lists the follow-ups with the fields of the contract, in date order, each naming exported claims', () => {
    expect(exported.followUps.length).toBeGreaterThan(0);
    const claimIds = new Set(exported.claims.map((claim) => claim.id));
    for (const followUp of exported.followUps) {
      expect(Object.keys(followUp)).toEqual(['id', 'date', 'summary', 'citations', 'resolves']);
      expect(followUp.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const citation of followUp.citations) {
        expect(Object.keys(citation).slice(0, 2)).toEqual(['outlet', 'url']);
        expect(citation.url).toMatch(/^https?:\/\//);
      }
      for (const resolution of followUp.resolves) {
        expect(Object.keys(resolution).slice(0, 2)).toEqual(['claim', 'outcome']);
        expect(claimIds.has(resolution.claim), resolution.claim).toBe(true);
        expect(['confirmed', 'partly', 'refuted', 'open']).toContain(resolution.outcome);
      }
    }
    const order = exported.followUps.map((followUp) => `${followUp.date} ${followUp.id}`);
    expect(order).toEqual([...order].sort());
  });

  it('is byte for byte what the content check computes from the same files', () => {
    expect(raw).toBe(serializeExport(buildClaimsExport(toSiteContent(checked.content))));
  });
});
