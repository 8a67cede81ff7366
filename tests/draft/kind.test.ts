import { describe, expect, it } from 'vitest';
import { draftKind, forwardCues, type KindSignals } from '../../src/lib/draft/kind.ts';

const kind = (sentence: string, signals: Partial<KindSignals> = {}) =>
  draftKind({
    sentence,
    namedSpeaker: false,
    speechInClaim: false,
    datedAhead: false,
    category: 'outlet',
    dated: false,
    ...signals,
  }).kind;

describe('draftKind', () => {
  it('makes a named speaker’s words a statement, even when they hedge', () => {
    expect(kind('Putin himself noted that it could take place in the UAE.', { namedSpeaker: true })).toBe('statement');
  });

  it('makes forward-pointing hedges and the future a prediction', () => {
    expect(kind('Putin may issue an ultimatum.')).toBe('prediction');
    expect(kind('Ukraine is likely to reject the plan.')).toBe('prediction');
    expect(kind('Trump allegedly intends to meet Putin.')).toBe('prediction');
    expect(kind('The bridge will reopen.')).toBe('prediction');
    expect(kind('The vote takes place then.', { datedAhead: true })).toBe('prediction');
  });

  it('does not read a hedge that qualifies a noun as a prediction', () => {
    expect(forwardCues('They started talking about a possible meeting.')).toEqual([]);
    expect(kind('They started talking about a possible meeting.', { category: 'unattributed' })).toBe('event');
  });

  it('makes reported speech a statement, judgement words an assessment', () => {
    expect(kind('He often said that he wanted better relations.', { speechInClaim: true })).toBe('statement');
    expect(kind('The conversations were usually friendly.')).toBe('assessment');
    expect(kind('There are concerns that Putin wants pressure, not peace.')).toBe('assessment');
    expect(kind('The plan apparently failed.')).toBe('assessment');
  });

  it('makes the publisher’s present-tense background context, and the rest events', () => {
    expect(kind('Halvik is the country’s largest port.', { category: 'unattributed' })).toBe('context');
    expect(kind('Halvik is the country’s largest port.', { category: 'outlet' })).toBe('event');
    expect(kind('Witkoff visited Moscow.', { category: 'unattributed' })).toBe('event');
    // "reportedly" says who vouches, it weighs nothing: still an event.
    expect(kind('Witkoff reportedly visited Moscow.')).toBe('event');
  });
});
