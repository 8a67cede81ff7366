import { describe, expect, it } from 'vitest';
import type { Claim, FollowUp } from '../../src/lib/site/model.ts';
import type { SourcingCategory } from '../../src/lib/schema/claim.ts';
import type { Outcome } from '../../src/lib/schema/follow-up.ts';
import { articleScorecard, claimOutcomes, SCORECARD_OUTCOMES, sourceScorecard } from '../../src/lib/site/scorecard.ts';

const claim = (order: number, kind: Claim['kind'], category: SourcingCategory, article = 'report'): Claim => ({
  id: `${article}/${String(order).padStart(2, '0')}-claim`,
  article,
  order,
  excerpt: `Sentence ${order}.`,
  kind,
  attribution: { category, chain: ['gazette'] },
  hedges: [],
  corrections: [],
});

const followUp = (id: string, date: string, resolves: [Claim, Outcome][]): FollowUp => ({
  id,
  date,
  summary: `${id} happened.`,
  citations: [{ outlet: 'Gazette', url: `https://example.org/${id}`, published: date }],
  resolves: resolves.map(([target, outcome]) => ({ claim: target.id, outcome, reason: 'Because.' })),
});

const p1 = claim(1, 'prediction', 'named');
const p2 = claim(2, 'prediction', 'anonymous-source');
const p3 = claim(3, 'prediction', 'anonymous-source');
const p4 = claim(4, 'prediction', 'outlet');
const s5 = claim(5, 'statement', 'named');
const other = claim(1, 'prediction', 'named', 'another-report');

describe('claimOutcomes', () => {
  it('gives each claim its follow-ups oldest first, and the latest outcome as the one that stands', () => {
    const later = followUp('b-later', '2025-03-20', [[p2, 'confirmed']]);
    const earlier = followUp('a-earlier', '2025-03-10', [
      [p2, 'open'],
      [p1, 'refuted'],
    ]);
    const outcomes = claimOutcomes([later, earlier]);
    expect(outcomes.get(p2.id)?.outcome).toBe('confirmed');
    expect(outcomes.get(p2.id)?.followUps.map((entry) => entry.followUp.id)).toEqual(['a-earlier', 'b-later']);
    expect(outcomes.get(p1.id)?.outcome).toBe('refuted');
    expect(outcomes.has(p3.id)).toBe(false);
  });

  it('breaks a tie of dates by id, so the order never depends on the order files were read', () => {
    const a = followUp('a', '2025-03-10', [[p1, 'partly']]);
    const b = followUp('b', '2025-03-10', [[p1, 'partly']]);
    expect(
      claimOutcomes([b, a])
        .get(p1.id)
        ?.followUps.map((entry) => entry.followUp.id),
    ).toEqual(['a', 'b']);
  });
});

describe('articleScorecard', () => {
  const claims = [p1, p2, p3, p4, s5, other];
  const followUps = [
    followUp('first', '2025-03-10', [
      [p1, 'confirmed'],
      [p2, 'refuted'],
      [s5, 'refuted'],
      [other, 'confirmed'],
    ]),
    followUp('second', '2025-03-12', [[p3, 'open']]),
  ];
  const card = articleScorecard({ claims, followUps }, 'report');

  it("counts only the article's predictions, by latest outcome, with the unjudged ones apart", () => {
    expect(card.overall).toEqual({ confirmed: 1, partly: 0, refuted: 1, open: 1, unresolved: 1, total: 4 });
    expect(card.predictions.map((entry) => [entry.claim.order, entry.outcome])).toEqual([
      [1, 'confirmed'],
      [2, 'refuted'],
      [3, 'open'],
      [4, undefined],
    ]);
  });

  it('breaks the counts down by sourcing category, every category listed in badge order', () => {
    expect(card.byCategory.map((entry) => entry.category)).toEqual([
      'named',
      'anonymous-official',
      'anonymous-source',
      'outlet',
      'unattributed',
    ]);
    const counts = new Map(card.byCategory.map((entry) => [entry.category, entry.counts]));
    expect(counts.get('named')).toMatchObject({ confirmed: 1, total: 1 });
    expect(counts.get('anonymous-source')).toMatchObject({ refuted: 1, open: 1, total: 2 });
    expect(counts.get('outlet')).toMatchObject({ unresolved: 1, total: 1 });
    expect(counts.get('unattributed')?.total).toBe(0);
  });

  it('adds up: the categories sum to the overall counts, and the outcomes to the total', () => {
    for (const key of [...SCORECARD_OUTCOMES, 'total'] as const) {
      expect(card.byCategory.reduce((sum, entry) => sum + entry.counts[key], 0)).toBe(card.overall[key]);
    }
    expect(SCORECARD_OUTCOMES.reduce((sum, key) => sum + card.overall[key], 0)).toBe(card.overall.total);
  });

  it('moves a prediction when a later follow-up settles it', () => {
    const settled = articleScorecard(
      { claims, followUps: [...followUps, followUp('third', '2025-04-01', [[p3, 'partly']])] },
      'report',
    );
    expect(settled.overall).toMatchObject({ open: 0, partly: 1, total: 4 });
  });

  it('is empty, not missing, for an article without predictions', () => {
    expect(articleScorecard({ claims: [s5], followUps }, 'report').overall.total).toBe(0);
  });
});

describe('sourceScorecard', () => {
  const through = (base: Claim, chain: string[]): Claim => ({ ...base, attribution: { ...base.attribution, chain } });
  // The wire's predictions: as publisher, as an outlet in the middle, as the original speaker; and one it is not in.
  const asPublisher = through(p1, ['wire', 'official']);
  const inTheMiddle = through(p2, ['gazette', 'wire', 'sources']);
  const asSpeaker = through(p3, ['gazette', 'wire']);
  const elsewhere = through(p4, ['gazette', 'sources']);
  const statement = through(s5, ['wire']);
  const claims = [asPublisher, inTheMiddle, asSpeaker, elsewhere, statement];
  const followUps = [
    followUp('first', '2025-03-10', [
      [asPublisher, 'confirmed'],
      [inTheMiddle, 'refuted'],
      [elsewhere, 'confirmed'],
      [statement, 'refuted'],
    ]),
  ];
  const card = sourceScorecard({ claims, followUps }, 'wire');

  it('counts the predictions whose chain names the source, wherever in the chain, and no other claim', () => {
    expect(card.predictions.map((entry) => [entry.claim.id, entry.outcome])).toEqual([
      [asPublisher.id, 'confirmed'],
      [inTheMiddle.id, 'refuted'],
      [asSpeaker.id, undefined],
    ]);
    expect(card.overall).toEqual({ confirmed: 1, partly: 0, refuted: 1, open: 0, unresolved: 1, total: 3 });
  });

  it('breaks them down by the sourcing each prediction rests on', () => {
    const counts = new Map(card.byCategory.map((entry) => [entry.category, entry.counts.total]));
    expect(Object.fromEntries(counts)).toEqual({
      named: 1,
      'anonymous-official': 0,
      'anonymous-source': 2,
      outlet: 0,
      unattributed: 0,
    });
  });

  it('is empty for a source no prediction passes through', () => {
    expect(sourceScorecard({ claims, followUps }, 'nobody').overall.total).toBe(0);
  });
});
