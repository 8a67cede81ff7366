import { describe, expect, it } from 'vitest';
import { checkContent, toSiteContent, type RawFile } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { articleScorecard, claimOutcomes, SCORECARD_OUTCOMES } from '../../src/lib/site/scorecard.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';
import { readSeedFiles } from '../helpers/seed.ts';

const seedFiles = await readSeedFiles();
const seed = toSiteContent(checkContent(seedFiles).content);
const file = (path: string, text: string): RawFile => ({ path, bytes: new TextEncoder().encode(text) });

describe('the seed follow-ups', () => {
  it('give every prediction of every article an outcome', () => {
    const outcomes = claimOutcomes(seed.followUps);
    const predictions = seed.claims.filter((claim) => claim.kind === 'prediction');
    expect(predictions.length).toBeGreaterThan(0);
    const unresolved = predictions.filter((claim) => !outcomes.has(claim.id)).map((claim) => claim.id);
    expect(unresolved).toEqual([]);
  });

  it('cite each report with a web address and date each one on or after its article', () => {
    const published = new Map(seed.articles.map((article) => [article.id, article.published]));
    const articleOf = new Map(seed.claims.map((claim) => [claim.id, claim.article]));
    for (const followUp of seed.followUps) {
      for (const citation of followUp.citations) expect(citation.url).toMatch(/^https?:\/\//);
      for (const resolution of followUp.resolves) {
        expect(followUp.date >= (published.get(articleOf.get(resolution.claim) ?? '') ?? '\uffff')).toBe(true);
      }
    }
  });

  it("score each article's predictions from the content: every prediction counted once, by its outcome", () => {
    const outcomes = claimOutcomes(seed.followUps);
    for (const article of seed.articles) {
      const card = articleScorecard(seed, article.id);
      const predictions = seed.claims.filter((claim) => claim.article === article.id && claim.kind === 'prediction');
      expect(card.overall.total).toBe(predictions.length);
      for (const key of SCORECARD_OUTCOMES) {
        const expected = predictions.filter((claim) => (outcomes.get(claim.id)?.outcome ?? 'unresolved') === key);
        expect(card.overall[key], key).toBe(expected.length);
        expect(card.byCategory.reduce((sum, entry) => sum + entry.counts[key], 0)).toBe(expected.length);
      }
    }
  });

  it('move the scorecard when a follow-up is added, with no code change', () => {
    const card = articleScorecard(seed, 'territory-for-peace');
    const open = card.predictions.find((entry) => entry.outcome === 'open');
    expect(open, 'the seed has a prediction still open').toBeDefined();
    const settled = file(
      'content/follow-ups/later-settlement.md',
      [
        '---',
        'date: 2026-01-15',
        'summary: A later report settled the question.',
        'citations:',
        '  - outlet: Example News',
        '    url: https://example.org/settled',
        '    published: 2026-01-15',
        'resolves:',
        `  - claim: ${open?.claim.id ?? ''}`,
        '    outcome: refuted',
        '    reason: A later report settled it.',
        '---',
      ].join('\n'),
    );
    const checked = checkContent([...seedFiles, settled]);
    expect(checked.problems.map(formatProblem)).toEqual([]);
    const after = articleScorecard(toSiteContent(checked.content), 'territory-for-peace');
    expect(after.overall.open).toBe(card.overall.open - 1);
    expect(after.overall.refuted).toBe(card.overall.refuted + 1);
    expect(after.overall.total).toBe(card.overall.total);
  });
});

describe('follow-ups in the content check', () => {
  it('name a citation outlet by source id or by name, and the model gives readers the name', () => {
    const base = toSiteContent(checkContent(fixtureFiles('base')).content);
    expect(base.followUps.map((followUp) => followUp.citations[0])).toEqual([
      expect.objectContaining({ outlet: 'The Coast Gazette', source: 'coast-gazette' }),
    ]);
    const revised = toSiteContent(checkContent(fixtureFiles('good', 'follow-up-outcome-revised')).content);
    const radio = revised.followUps.find((followUp) => followUp.id === 'repairs-begin')?.citations[0];
    expect(radio).toMatchObject({ outlet: 'Harbour Radio', source: undefined });
  });

  it('come in date order, then by id', () => {
    const revised = checkContent(fixtureFiles('good', 'follow-up-outcome-revised')).content.followUps;
    expect(revised.map((followUp) => [followUp.data.date, followUp.id])).toEqual([
      ['2025-03-20', 'repairs-begin'],
      ['2025-04-02', 'repairs-finished'],
    ]);
  });

  it('suggest the full id when a claim is named by its file name alone', () => {
    const base = fixtureFiles('base');
    const follow = base.find((entry) => entry.path.startsWith('content/follow-ups/'));
    const text = new TextDecoder().decode(follow?.bytes).replace('claim: harbour-report/02-repairs', 'claim: 02-repairs');
    const { problems } = checkContent([
      ...base.filter((entry) => entry !== follow),
      file(follow?.path ?? '', text),
    ]);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/follow-ups\/repairs-finished\.md:10: resolves\[0\]\.claim: .*did you mean "harbour-report\/02-repairs"/),
    ]);
  });

  it('say nothing more when the claim a follow-up names could not be read: its own mistake is reported', () => {
    const { problems } = checkContent(fixtureFiles('bad', 'missing-field'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem.file.startsWith('content/follow-ups/'))).toEqual([]);
  });
});
