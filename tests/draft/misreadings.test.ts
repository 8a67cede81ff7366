import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hedgeList } from '../../src/lib/language/cues.ts';
import { draftClaims, type DraftedClaim } from '../../src/lib/draft/draft.ts';
import { projectRoot } from '../helpers/fixtures.ts';

/**
 * The misreadings an editor met on an unseen wire story (issue 14), each written again in our own words in
 * tests/fixtures/draft/misreadings/article.md, one sentence per misreading. Each rule is about English, not the
 * sentence: the fixture names other places, people and outlets than the story did.
 */

const text = readFileSync(join(projectRoot, 'tests', 'fixtures', 'draft', 'misreadings', 'article.md'), 'utf8');
const [heading = '', ...rest] = text.split('\n');
const draft = draftClaims({
  articleId: 'skelder-ferry-talks',
  title: heading.replace(/^#\s*/u, ''),
  body: rest.join('\n').trimStart(),
  published: '2025-10-15',
  publisher: 'Baltic Ledger',
  url: 'https://example.com/skelder',
  language: 'en',
  sources: [],
});

function claimWith(words: string): DraftedClaim {
  const claim = draft.claims.find((candidate) => candidate.excerpt.includes(words));
  if (!claim) throw new Error(`no claim holds "${words}"`);
  return claim;
}

const innermost = (claim: DraftedClaim) => claim.chain.at(-1)?.data;

describe('the misreadings of issue 14, as rules about English', () => {
  it('skips a participle clause between the speaker and "said", and a weekday is never the speaker', () => {
    const claim = claimWith('speaking on condition of anonymity');
    expect(claim.category).toBe('anonymous-official');
    expect(innermost(claim)).toMatchObject({ type: 'group', name: 'a senior transport ministry official' });
    // "as early as Friday" looks ahead of the Wednesday it was written on.
    expect(claim.date).toMatchObject({ start: '2025-10-17', asWritten: 'as early as Friday' });
  });

  it('reads "according to … data compiled by X" as X speaking, and X as an institution', () => {
    const claim = claimWith('vessel-tracking data');
    expect(claim.category).toBe('named');
    expect(innermost(claim)).toEqual({ type: 'institution', name: 'Port authority' });
  });

  it('drafts an association speaking in a statement as an institution on the record', () => {
    const claim = claimWith('Terminal Operators');
    expect(claim.category).toBe('named');
    expect(innermost(claim)).toEqual({ type: 'institution', name: "Terminal Operators' Association" });
    expect(
      draft.newSources.filter((source) => source.data.type === 'person').map((source) => source.data.name),
    ).toEqual(['Marta Ilves']);
  });

  it('reads the publisher naming itself as its own voice, and "could not verify" as no forecast', () => {
    const claim = claimWith('could not independently verify');
    expect(claim.category).toBe('unattributed');
    expect(claim.chain.map((source) => source.data.name)).toEqual(['Baltic Ledger']);
    expect(claim.kind).not.toBe('prediction');
    expect(claim.hedges).toEqual([]);
  });

  it('does not mark reported speech’s "would" as a hedge', () => {
    const claim = claimWith('would not return');
    expect(claim.hedges).toEqual([]);
    expect(hedgeList('The crews would not return without a written offer.')).toEqual(['would']);
  });

  it('keeps a wire dateline out of the first claim’s excerpt and file name', () => {
    expect(draft.claims[0]?.excerpt).toBe(
      'Ferry crews in Skelder stayed ashore on Wednesday as talks with the operators stalled.',
    );
    expect(draft.claims[0]?.name).toBe('01-ferry-crews-skelder-stayed');
    // No claim is drafted from the dateline, and no excerpt holds it.
    expect(draft.claims.some((claim) => /SKELDER|Oct 15/u.test(claim.excerpt))).toBe(false);
    expect(draft.claims).toHaveLength(9);
  });

  it('gives a continuing sentence with no date phrase the date of the sentence it continues', () => {
    const call = claimWith('the last call between the two sides');
    expect(call.date).toMatchObject({ start: '2025-07-03', basis: 'stated' });
    const continuing = claimWith('One of the sources said');
    expect(continuing.date).toEqual({ start: '2025-07-03', end: '2025-07-03', precision: 'day', basis: 'inferred' });
    expect(continuing.chain.at(-1)).toBe(call.chain.at(-1));
    expect(continuing.notes.join(' ')).toMatch(/carries on sentence 8/u);
  });
});
