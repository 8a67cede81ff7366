import { describe, expect, it } from 'vitest';
import {
  allCorrections,
  correctionEntries,
  correctionFeedItems,
  correctionPlace,
  correctionSummary,
  withHistory,
  type LoadedContent,
} from '../../src/lib/site/corrections.ts';
import { article, sources } from '../helpers/site-model.ts';

const loaded = (): LoadedContent => ({
  articles: [article('a')],
  sources,
  claims: [
    {
      id: 'a/01-x',
      article: 'a',
      order: 1,
      excerpt: 'One.',
      kind: 'event',
      attribution: { category: 'unattributed', chain: ['gazette'] },
      hedges: [],
      corrections: [
        { date: '2025-04-01', fields: ['kind'], from: 'event', to: 'statement', reason: 'Said, not done.' },
      ],
    },
    {
      id: 'a/02-y',
      article: 'a',
      order: 2,
      excerpt: 'Two.',
      kind: 'prediction',
      attribution: { category: 'unattributed', chain: ['gazette'] },
      hedges: [],
    },
  ],
  followUps: [
    {
      id: 'later',
      date: '2025-04-02',
      summary: 'It happened.',
      citations: [],
      resolves: [{ claim: 'a/02-y', outcome: 'refuted', reason: 'No.' }],
      corrections: [{ date: '2025-05-01', claim: 'a/02-y', from: 'confirmed', to: 'refuted', reason: 'Misread.' }],
    },
  ],
});

describe('withHistory', () => {
  it('dates a claim by its file’s first-published day, and gives none that history does not know', () => {
    const site = withHistory(loaded(), { 'content/claims/a/01-x.md': '2025-03-14' });
    expect(site.claims.map((claim) => claim.firstPublished)).toEqual(['2025-03-14', undefined]);
    expect(withHistory(loaded(), undefined).claims.every((claim) => claim.firstPublished === undefined)).toBe(true);
  });

  it('gives each claim its own corrections and those of follow-ups’ outcomes for it', () => {
    const [first, second] = withHistory(loaded(), {}).claims;
    expect(first?.corrections).toEqual([
      {
        claim: 'a/01-x',
        date: '2025-04-01',
        fields: ['kind'],
        from: 'event',
        to: 'statement',
        reason: 'Said, not done.',
      },
    ]);
    expect(second?.corrections).toEqual([
      {
        claim: 'a/02-y',
        date: '2025-05-01',
        fields: ['outcome'],
        from: 'confirmed',
        to: 'refuted',
        reason: 'Misread.',
        followUp: 'later',
      },
    ]);
  });
});

describe('the corrections listing and feed', () => {
  const claims = withHistory(loaded(), {}).claims;

  it('lists every correction newest first, linked to its place on the claim page', () => {
    expect(allCorrections(claims).map((correction) => correction.date)).toEqual(['2025-05-01', '2025-04-01']);
    expect(correctionEntries(claims).map((entry) => entry.href)).toEqual([
      '/claims/a/02-y/#correction-1',
      '/claims/a/01-x/#correction-1',
    ]);
  });

  it('says what changed from what to what', () => {
    const [outcome, kind] = allCorrections(claims);
    expect(kind && correctionSummary(kind)).toBe('Kind of claim corrected from “event” to “statement”.');
    expect(
      correctionSummary({
        claim: 'x',
        date: '2025-01-01',
        fields: ['attribution.category', 'attribution.chain', 'date'],
        reason: 'r',
      }),
    ).toBe('Sourcing category, attribution chain and date corrected.');
    expect(outcome && correctionPlace(outcome)).toBe('outcome');
    expect(kind && correctionPlace(kind)).toBe('quote');
  });

  it('makes one feed item per correction, dated by the correction’s day', () => {
    const [item] = correctionFeedItems(correctionEntries(claims));
    expect(item).toEqual({
      title: 'Correction: Two.',
      link: '/claims/a/02-y/#correction-1',
      pubDate: new Date('2025-05-01T00:00:00Z'),
      description: 'Outcome corrected from “confirmed” to “refuted”. Misread.',
    });
  });
});
