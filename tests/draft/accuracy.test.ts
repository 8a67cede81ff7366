import { beforeAll, describe, expect, it } from 'vitest';
import { percent, ratio } from '../../src/lib/draft/score.ts';
import { measureAccuracy, pooled, type AccuracyResult } from '../../tools/measure/draft-accuracy.ts';

/**
 * The drafter against labels an editor wrote, from real runs of `claims:draft --json` (the figures docs/drafter.md
 * reports; `npm run claims:accuracy` prints them). "Carries a date" is defined in src/lib/draft/score.ts: the
 * label records the sentence's own date phrase (`date.asWritten`).
 */

let results: AccuracyResult[] = [];

beforeAll(async () => {
  results = await measureAccuracy();
  for (const { name, score } of results) {
    console.log(
      `${name}: category ${percent(score.category)}, date ${percent(score.date)}, ` +
        `strict date ${percent(score.dateStrict)}, kind ${percent(score.kind)}`,
    );
  }
}, 120_000);

const byName = (prefix: string) => results.filter((result) => result.name.startsWith(prefix));

describe('the drafter on the seed article, against its hand-made claims (never every article in content/)', () => {
  it('runs on the seed, sentence for sentence, with and without sources to match', () => {
    const articles = byName('content:');
    expect(articles.map((result) => result.name)).toEqual([
      'content: territory-for-peace',
      'content: territory-for-peace (no sources to match)',
    ]);
    for (const { score } of articles) expect(score.misaligned).toBe(0);
  });

  // The seed's labels carry two corrections the text alone cannot give (content/claims/territory-for-peace/: the
  // 3 July call moved to the WSJ's word, three past events dated 6 Aug from later reporting), so its bars sit below
  // the fixtures' 90% (below; docs/drafter.md).
  it('agrees on the sourcing category for at least 85% of sentences', () => {
    for (const { name, score } of byName('content:')) expect(ratio(score.category), name).toBeGreaterThanOrEqual(0.85);
  });

  it('agrees on the date range for at least 75% of the sentences that carry a date', () => {
    for (const { name, score } of byName('content:')) {
      expect(score.date.total, name).toBeGreaterThan(0);
      expect(ratio(score.date), name).toBeGreaterThanOrEqual(0.75);
    }
  });

  it('stays at 60% or more on dates when every date it proposes is counted too', () => {
    for (const { name, score } of byName('content:')) expect(ratio(score.dateStrict), name).toBeGreaterThanOrEqual(0.6);
  });
});

describe('the drafter on articles it was not tuned on (tests/fixtures/draft/)', () => {
  it('covers at least two other styles, sentence for sentence', () => {
    const fixtures = byName('fixture:');
    expect(fixtures.length).toBeGreaterThanOrEqual(2);
    for (const { score } of fixtures) expect(score.misaligned).toBe(0);
  });

  // Floors under what the first runs measured (tests/fixtures/draft/FIRST-RUN.md), to catch a regression; they are
  // not targets, and the rules were not tuned to reach them.
  // Categories: the target of issue 14 (at least 90% over the fixtures), not only a floor.
  it('agrees on at least 90% of categories over all of them, and keeps dates at least 85%', () => {
    const fixtures = byName('fixture:');
    expect(ratio(pooled(fixtures, (score) => score.category))).toBeGreaterThanOrEqual(0.9);
    expect(ratio(pooled(fixtures, (score) => score.date))).toBeGreaterThanOrEqual(0.85);
  });

  it('keeps a floor on each: categories at least 75%, dates at least 60%', () => {
    for (const { name, score } of byName('fixture:')) {
      expect(ratio(score.category), name).toBeGreaterThanOrEqual(0.75);
      expect(ratio(score.date), name).toBeGreaterThanOrEqual(0.6);
    }
  });
});
