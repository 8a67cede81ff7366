import { describe, expect, it } from 'vitest';
import { kindCueMessages, type ClaimCues } from '../../src/lib/content/cue-warnings.ts';

const claim = (kind: ClaimCues['kind'], excerpt: string, rest: Partial<ClaimCues> = {}): ClaimCues => ({
  kind,
  excerpt,
  category: 'unattributed',
  ...rest,
});

describe('kindCueMessages', () => {
  it('questions an event the text hedges', () => {
    expect(kindCueMessages(claim('event', 'The minister allegedly resigned on Monday.'))).toEqual([
      'is event, but "allegedly" in the excerpt hedges it: the text does not vouch that it happened; check the kind, or say in rationale why it stands',
    ]);
    expect(kindCueMessages(claim('event', 'The talks may resume next week.'))).toEqual([
      'is event, but "may" in the excerpt looks forward: the text expects this rather than reports that it happened; is it a prediction?',
    ]);
  });

  it('leaves an event alone when a hedge only qualifies a noun or looks back', () => {
    expect(kindCueMessages(claim('event', 'They started talking about a possible meeting.'))).toEqual([]);
    expect(kindCueMessages(claim('event', 'Police arrested the alleged ringleader.'))).toEqual([]);
    expect(kindCueMessages(claim('event', 'In May, the harbour reopened.'))).toEqual([]);
  });

  it('questions context that looks forward, not context that is merely hedged', () => {
    expect(kindCueMessages(claim('context', 'The region is expected to vote in June.'))[0]).toMatch(
      /^is context, but "expected to" in the excerpt looks forward/,
    );
    expect(kindCueMessages(claim('context', 'The region was reportedly annexed in 2014.'))).toEqual([]);
  });

  it('asks a prediction for a forward cue or a date after publication', () => {
    const bare = claim('prediction', 'It is about recognizing the occupied territories.', { published: '2025-08-08' });
    expect(kindCueMessages(bare)[0]).toMatch(/^is prediction, but the excerpt has no forward-looking cue/);
    expect(kindCueMessages({ ...bare, dateEnd: '2025-08-17' })).toEqual([]);
    expect(kindCueMessages({ ...bare, dateEnd: '2025-08-08' })).toHaveLength(1);
    expect(kindCueMessages(claim('prediction', 'A possible meeting was discussed.'))).toEqual([]);
  });

  it("reads a named source's words on the record as a statement, and only a named source's", () => {
    const named = claim('event', 'Yuri Ushakov said the meeting was agreed.', { category: 'named' });
    expect(kindCueMessages(named)).toEqual([
      'is event, but the excerpt reports a named source\'s words on the record ("said"): that someone said something is a statement, dated when it was said',
    ]);
    expect(kindCueMessages({ ...named, kind: 'statement' })).toEqual([]);
    expect(kindCueMessages({ ...named, kind: 'assessment', category: 'anonymous-official' })).toEqual([]);
  });

  it('asks a statement for a verb of saying or "according to"', () => {
    expect(kindCueMessages(claim('statement', 'Russia and Ukraine agreed to talk.'))[0]).toMatch(
      /^is statement, but the excerpt has no verb of saying/,
    );
    expect(kindCueMessages(claim('statement', 'According to Ushakov, the venue is set.'))).toEqual([]);
    expect(kindCueMessages(claim('statement', 'Putin, in turn, spoke about his demands.'))).toEqual([]);
  });
});
