import { describe, expect, it } from 'vitest';
import { draftClaims } from '../../src/lib/draft/draft.ts';
import { opensWithQuote, quotationGroups } from '../../src/lib/draft/quotations.ts';

const draft = (body: string) =>
  draftClaims({
    articleId: 'q',
    title: 'Q',
    body,
    published: '2025-06-18',
    publisher: 'Example Daily',
    url: 'https://example.com/q',
    language: 'en',
    sources: [],
  });

describe('quotations over several sentences', () => {
  it('groups the sentences of one quotation, in any quoting style', () => {
    expect(quotationGroups(['“We are behind.', 'We will catch up,” she said.', 'Nothing else.'])).toEqual([
      0,
      0,
      undefined,
    ]);
    expect(quotationGroups(["''First.", "Second,'' he said."])).toEqual([0, 0]);
    expect(quotationGroups(['"One."', 'Plain.', '"Two."'])).toEqual([0, undefined, 1]);
    expect(opensWithQuote('(“Maybe.”)')).toBe(true);
    expect(opensWithQuote('Maybe.')).toBe(false);
  });

  it('attributes a quotation’s first sentence to the speaker named after it', () => {
    const claims = draft(
      'Mayor Ada Brun spoke on Monday.\n\n“The bridge is safe. We checked it twice,” she said.\n',
    ).claims;
    expect(claims.map((claim) => [claim.category, claim.chain.at(-1)?.data.name])).toEqual([
      ['named', 'Ada Brun'],
      ['named', 'Ada Brun'],
      ['named', 'Ada Brun'],
    ]);
  });

  it('lets a paragraph that opens with an unattributed quotation continue the speaker just quoted', () => {
    const claims = draft(
      '“We will appeal,” said Ada Brun, the mayor.\n\n“The ruling is wrong.”\n\nThe court sits again in May.\n',
    ).claims;
    expect(claims.map((claim) => claim.category)).toEqual(['named', 'named', 'unattributed']);
  });

  it('after someone’s words, a plain sentence is the publisher’s again; one that quotes still continues', () => {
    const claims = draft(
      'Ada Brun said the bridge was safe. The bridge opened in 1974. She called it "our best work".\n',
    ).claims;
    expect(claims.map((claim) => claim.category)).toEqual(['named', 'unattributed', 'named']);
  });
});
