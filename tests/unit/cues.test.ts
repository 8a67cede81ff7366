import { describe, expect, it } from 'vitest';
import { findAttributionCues, findHedges, hedgeList } from '../../src/lib/cues.ts';

describe('hedge cues', () => {
  it('finds whole-word cues with their positions, case-insensitively', () => {
    expect(findHedges('May officials may agree.')).toEqual([
      { cue: 'may', text: 'May', start: 0, end: 3 },
      { cue: 'may', text: 'may', start: 14, end: 17 },
    ]);
  });

  it('ignores cues inside longer words', () => {
    expect(findHedges('The Mayor was unlikelyish in Couldron.')).toEqual([]);
  });

  it('matches multi-word cues across any white space, longest first', () => {
    expect(hedgeList('He is expected\nto win and is likely to.')).toEqual(['expected to', 'likely']);
  });

  it('lists distinct cues in order of first appearance', () => {
    expect(hedgeList('This would likely play into his hands, as Trump could accuse Ukraine; likely so.')).toEqual([
      'would',
      'likely',
      'could',
    ]);
  });
});

describe('attribution cues', () => {
  it('finds introducers, verbs and anonymous-source words', () => {
    expect(findAttributionCues('According to the sources, Trump said so.').map((match) => match.cue)).toEqual([
      'according to',
      'sources',
      'said',
    ]);
  });
});
