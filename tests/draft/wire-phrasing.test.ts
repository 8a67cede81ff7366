import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { kindCueMessages } from '../../src/lib/content/cue-warnings.ts';
import { readAttribution } from '../../src/lib/draft/attribution.ts';
import { draftClaims, type DraftedClaim } from '../../src/lib/draft/draft.ts';
import { forwardCues } from '../../src/lib/draft/kind.ts';
import { classifyMention, type MentionContext } from '../../src/lib/draft/mentions.ts';
import { sourceFile, withArticle } from '../../src/lib/draft/render.ts';
import { reportsForecast } from '../../src/lib/language/reported-speech.ts';

/**
 * Common wire phrasing the drafter misread on an article it had never seen, each written again here as a rule about
 * English in sentences of our own: a title before a name, an unnamed group's expectation, reported speech's "would"
 * inside a clause of its own, and the article before a source type in the drafter's notes.
 */

const nobody: MentionContext = { isOutlet: () => false, isKnownSurname: () => false };

function draft(body: string, published = '2025-09-18') {
  return draftClaims({
    articleId: 'quay',
    title: 'Quay',
    body,
    published,
    publisher: 'Example Daily',
    url: 'https://example.com/quay',
    language: 'en',
    sources: [],
  });
}

function claimWith(claims: readonly DraftedClaim[], words: string): DraftedClaim {
  const claim = claims.find((candidate) => candidate.excerpt.includes(words));
  if (!claim) throw new Error(`no claim holds "${words}"`);
  return claim;
}

const innermost = (claim: DraftedClaim) => claim.chain.at(-1)?.data;

/** Where a word stands in a text, and where it ends. */
function at(text: string, word: string): [number, number] {
  const start = text.indexOf(word);
  return [start, start + word.length];
}

describe('a title before a name', () => {
  it('takes every capitalised word up to the last title noun as the role, whatever its modifiers', () => {
    expect(classifyMention('Deputy Fisheries Commissioner Ines Kallas', nobody, true)).toMatchObject({
      kind: 'person',
      name: 'Ines Kallas',
      role: 'Deputy Fisheries Commissioner',
    });
    expect(classifyMention('Harbour Board Chairman Piet Olsen', nobody)).toMatchObject({
      name: 'Piet Olsen',
      role: 'Harbour Board Chairman',
    });
    expect(classifyMention('Acting Chief Financial Officer Mara Lind', nobody)).toMatchObject({
      name: 'Mara Lind',
      role: 'Acting Chief Financial Officer',
    });
  });

  it('keeps an office’s "of" complement in the role and leaves the name its two words', () => {
    expect(classifyMention('Secretary of Labour Tomas Reyes', nobody)).toMatchObject({
      name: 'Tomas Reyes',
      role: 'Secretary of Labour',
    });
  });

  it('leaves an organisation named after an office whole, and a courtesy title out of the role', () => {
    expect(classifyMention('the Fisheries Ministry', nobody)).toMatchObject({
      kind: 'institution',
      name: 'Fisheries Ministry',
    });
    expect(classifyMention('Ms. Kallas', nobody, true)).toEqual({ kind: 'person', text: 'Ms. Kallas', name: 'Kallas' });
    // After "Mr." a surname follows, even one that is a title word elsewhere.
    expect(classifyMention('Mr. Judge', nobody, true)).toMatchObject({ kind: 'person', name: 'Judge' });
  });

  it('drafts the person by name with the title as role, and a later surname as the same person', () => {
    const { claims, newSources } = draft(
      'Assistant Fisheries Minister Ines Kallas told reporters the quota talks had stalled.\n\n' +
        'Kallas said the fleet had stayed in port.\n',
    );
    const people = newSources.filter((source) => source.data.type === 'person').map((source) => source.data);
    expect(people).toEqual([
      {
        type: 'person',
        name: 'Ines Kallas',
        role: 'Assistant Fisheries Minister',
        affiliation: 'not given in the article',
      },
    ]);
    expect(claims.map((claim) => innermost(claim)?.name)).toEqual(['Ines Kallas', 'Ines Kallas']);
  });
});

describe('an unnamed group’s expectation or belief', () => {
  it('is attributed to the group when a plural unnamed group is the subject', () => {
    const context = nobody;
    expect(readAttribution('Economists forecast slower growth in the winter.', context).attribution).toMatchObject({
      mention: { kind: 'unnamed', name: 'economists' },
      cue: 'forecast',
      position: 'leading',
    });
    expect(readAttribution('Some traders believe the quay has reopened.', context).attribution?.mention.name).toBe(
      'some traders',
    );
    expect(readAttribution('Experts warn that the dredging is late.', context).attribution?.cue).toBe('warn');
  });

  it('attributes nothing when the verb compares an outcome, or has no unnamed group as subject', () => {
    expect(readAttribution('Freight rose faster than analysts expect.', nobody).attribution).toBeUndefined();
    expect(readAttribution('Prices will ease, as investors predict.', nobody).attribution).toBeUndefined();
    expect(readAttribution('The harbour board expects to finish the pier.', nobody).attribution).toBeUndefined();
    expect(readAttribution('We believe the quay is safe.', nobody).attribution).toBeUndefined();
  });

  it('drafts a forecast as a prediction resting on unnamed sources, which the content check accepts', () => {
    const { claims, newSources } = draft(
      'Investors expect the central bank to hold its rate when it meets.\n\n' +
        'Traders believe the strike is already priced in.\n',
    );
    const forecast = claimWith(claims, 'Investors expect');
    expect(forecast.category).toBe('anonymous-source');
    expect(forecast.kind).toBe('prediction');
    expect(innermost(forecast)).toMatchObject({ type: 'group', name: 'investors', sourcing: 'anonymous-source' });
    expect(kindCueMessages({ kind: forecast.kind, excerpt: forecast.excerpt, category: forecast.category })).toEqual(
      [],
    );
    // Belief is not a forecast: no prediction unless the words look ahead.
    const belief = claimWith(claims, 'Traders believe');
    expect(belief.category).toBe('anonymous-source');
    expect(belief.kind).not.toBe('prediction');
    expect(newSources.map((source) => source.data.name)).toEqual(['Example Daily', 'investors', 'traders']);
  });
});

describe('reported speech’s "would" inside a clause of its own', () => {
  it('is tense, not a forecast, after "who", "what" or "whether" inside what was said', () => {
    const inner = 'Two negotiators said the crews had accepted the rota but not who would cover the night shifts.';
    expect(reportsForecast(inner, ...at(inner, 'would'))).toBe(false);
    expect(forwardCues(inner)).toEqual([]);
    const question = 'The union said it was unclear whether members would vote again.';
    expect(reportsForecast(question, ...at(question, 'would'))).toBe(false);
    // What was said itself looks ahead: a reported forecast.
    const forecast = 'Two negotiators said the crews would accept the rota.';
    expect(reportsForecast(forecast, ...at(forecast, 'would'))).toBe(true);
    expect(forwardCues(forecast)).toEqual(['would']);
  });

  it('leaves a past reported clause looking back: a past "this week" is the week so far', () => {
    // 2025-09-18 is a Thursday.
    const { claims } = draft(
      'Two negotiators said the crews had accepted the rota this week but not who would cover the night shifts.\n',
    );
    expect(claims[0]?.kind).not.toBe('prediction');
    expect(claims[0]?.date).toMatchObject({ start: '2025-09-15', end: '2025-09-18', precision: 'week' });
  });
});

describe('the drafter’s note on a new source', () => {
  it('puts "an" before a vowel sound and "a" before the rest', () => {
    expect(['outlet', 'institution', 'person', 'group'].map(withArticle)).toEqual([
      'an outlet',
      'an institution',
      'a person',
      'a group',
    ]);
    const outlet = draft('Stocks fell.\n').newSources.find((source) => source.data.type === 'outlet');
    if (!outlet) throw new Error('no outlet drafted');
    expect((parse(sourceFile(outlet).text) as { drafterNotes: string[] }).drafterNotes).toContain(
      'Drafted from "Example Daily" as an outlet.',
    );
  });
});
