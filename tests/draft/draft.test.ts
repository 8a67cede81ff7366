import { describe, expect, it } from 'vitest';
import { categoryForChain } from '../../src/lib/schema/source.ts';
import { eventAfterPublication } from '../../src/lib/content/review-check.ts';
import { precisionMismatch } from '../../src/lib/language/dates.ts';
import { draftClaims, type DraftRequest } from '../../src/lib/draft/draft.ts';

const request = (body: string, extra: Partial<DraftRequest> = {}): DraftRequest => ({
  articleId: 'test-article',
  title: 'A test article',
  body,
  published: '2025-06-18',
  publisher: 'Example Daily',
  url: 'https://example.com/a',
  language: 'en',
  sources: [],
  ...extra,
});

const summary = (body: string, extra: Partial<DraftRequest> = {}) =>
  draftClaims(request(body, extra)).claims.map((claim) => [
    claim.category,
    claim.chain.map((source) => source.id).join('>'),
    claim.kind,
  ]);

describe('draftClaims', () => {
  it('proposes one claim per sentence, numbered in reading order, with the exact sentence as excerpt', () => {
    const draft = draftClaims(request('First sentence here. Second one.\n\n## A cross-head\n\nThird sentence.\n'));
    expect(draft.claims.map((claim) => [claim.order, claim.name, claim.excerpt])).toEqual([
      [1, '01-first-sentence-here', 'First sentence here.'],
      [2, '02-second-one', 'Second one.'],
      [3, '03-third-sentence', 'Third sentence.'],
    ]);
  });

  it('continues an attribution within its paragraph while the sentence still reads as reported, and not past it', () => {
    expect(
      summary(
        'A senior official said the talks failed. The delegations could leave early.\n\nThe delegations could leave early again.\n',
      ),
    ).toEqual([
      ['anonymous-official', 'example-daily>senior-official', 'event'],
      ['anonymous-official', 'example-daily>senior-official', 'prediction'],
      ['unattributed', 'example-daily', 'prediction'],
    ]);
    // A plain past-tense sentence after someone's words is the reporter's own again.
    expect(summary('A senior official said the talks failed. The delegations left early.\n')[1]).toEqual([
      'unattributed',
      'example-daily',
      'event',
    ]);
  });

  it('lets a lede’s closing attribution cover the sentences before it, and only in the lede', () => {
    expect(
      summary(
        'Russia may offer a deal. It covers the east, reports The Daily Post.\n\nThe deal failed. Its terms were harsh, the Post reported.\n',
      ).map(([category]) => category),
    ).toEqual(['outlet', 'outlet', 'unattributed', 'outlet']);
  });

  it('passes the unnamed sources of a re-report through the outlet it re-reports', () => {
    const draft = draftClaims(
      request('Talks may resume, reports The Daily Post.\n\nAccording to the sources, the envoy flew in.\n'),
    );
    expect(draft.claims[1]?.chain.map((source) => source.data.name)).toEqual([
      'Example Daily',
      'Daily Post',
      'Daily Post sources',
    ]);
  });

  it('takes the publisher’s own name as its own voice', () => {
    expect(summary('Traders expect a cut, according to data compiled by Example Daily.\n')[0]?.[0]).toBe(
      'unattributed',
    );
  });

  it('dates a statement when it was said, and a claim by what it claims', () => {
    const draft = draftClaims(
      request(
        'Talks collapsed last week, Economy Minister Karl Berg told lawmakers on Tuesday.\n\nTwo officials said on Tuesday that talks collapsed last week.\n',
      ),
    );
    expect(draft.claims.map((claim) => [claim.kind, claim.date?.asWritten, claim.date?.start])).toEqual([
      ['statement', 'on Tuesday', '2025-06-17'],
      ['event', 'last week', '2025-06-09'],
    ]);
  });

  it('dates what has happened "this week" to the publication day, and what is to come to the whole week', () => {
    // Published Wednesday 18 June 2025: its week runs from Monday 16 to Sunday 22 June.
    const draft = draftClaims(
      request('Talks were held this week. The envoy will return this week. A vote follows next week.\n'),
    );
    expect(
      draft.claims.map((claim) => [claim.kind, claim.date?.precision, claim.date?.start, claim.date?.end]),
    ).toEqual([
      ['event', 'week', '2025-06-16', '2025-06-18'],
      ['prediction', 'week', '2025-06-16', '2025-06-22'],
      ['prediction', 'week', '2025-06-23', '2025-06-29'],
    ]);
    const warnings = draft.claims.map((claim) =>
      eventAfterPublication({ file: `${claim.name}.md`, data: claim }, draft.article.published, () => undefined),
    );
    expect(warnings).toEqual([undefined, undefined, undefined]);
  });

  it('says in its notes when a statement’s only date may date what was said', () => {
    const [claim] = draftClaims(request('Berg said inflation peaked in March.\n')).claims;
    expect(claim?.date?.start).toBe('2025-03-01');
    expect(claim?.notes.join(' ')).toMatch(/dated when it was said/);
  });

  it('gives every claim a category that agrees with its chain, and dates that fit their precision', () => {
    const draft = draftClaims(
      request(
        'NEW YORK (AP) — Stocks fell on Wednesday. Police said two people were hurt yesterday.\n\n' +
          '"It will pass," said Jane Doe, a spokeswoman for the ministry. She added that a reply was due by Friday.\n\n' +
          'Officials said the bridge would reopen next month, while analysts say it could take until next year.\n',
      ),
    );
    for (const claim of draft.claims) {
      expect(categoryForChain(claim.chain.map((source) => source.data))).toBe(claim.category);
      expect(claim.chain[0]?.id).toBe('example-daily');
      if (claim.date)
        expect(precisionMismatch(claim.date, claim.date.precision, draft.article.published)).toBeUndefined();
    }
    expect(draft.newSources.map((source) => source.id).sort()).toEqual(
      ['example-daily', 'jane-doe', 'officials', 'police'].sort(),
    );
  });
});
