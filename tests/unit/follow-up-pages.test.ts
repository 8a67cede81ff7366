import { describe, expect, it } from 'vitest';
import {
  addressText,
  citationView,
  claimNext,
  followUpHeadline,
  followUpPages,
  followUpView,
  scorecardSentence,
  scorecardTable,
  siteScorecard,
} from '../../src/lib/site/follow-up-pages.ts';
import type { FollowUp, SiteContent } from '../../src/lib/site/model.ts';
import type { Outcome } from '../../src/lib/schema/follow-up.ts';
import { followUpPath } from '../../src/lib/site/routes.ts';
import { articleScorecard, outcomesOf } from '../../src/lib/site/scorecard.ts';
import { indexSite } from '../../src/lib/site/site-index.ts';
import { claim, site, week } from '../helpers/site-model.ts';

const next = week('2025-03-17', '2025-03-23', 'next week');
const claims = [
  claim('a/1', { kind: 'prediction', date: next, attribution: { category: 'named', chain: ['gazette', 'ana'] } }),
  claim('a/2', {
    kind: 'prediction',
    date: next,
    headline: 'Port to close',
    attribution: { category: 'anonymous-official', chain: ['gazette', 'officials'] },
  }),
  claim('a/3', { kind: 'prediction', date: next, attribution: { category: 'named', chain: ['gazette', 'ana'] } }),
  claim('a/4', { kind: 'statement', attribution: { category: 'named', chain: ['gazette', 'ana'] } }),
  claim('a/5', { kind: 'event' }),
];

const followUp = (id: string, date: string, resolves: [string, Outcome][], fields: Partial<FollowUp> = {}) => ({
  id,
  date,
  summary: `${id} happened on the day. Nothing else did.`,
  citations: [
    { outlet: 'The Herald', source: 'herald', url: `https://www.example.org/${id}/`, published: date },
    { outlet: 'Radio Town', url: `https://radio.example/${id}`, title: `${id}: the report`, published: date },
  ],
  resolves: resolves.map(([target, outcome]) => ({ claim: target, outcome, reason: `${id} says so.` })),
  ...fields,
});

function content(followUps: FollowUp[]): SiteContent {
  return { ...site(claims), followUps };
}

describe('follow-up words', () => {
  it('heads an entry with the first sentence of the summary and keeps the rest', () => {
    expect(followUpHeadline('They met in Alaska. No deal was reached.')).toEqual({
      headline: 'They met in Alaska.',
      rest: 'No deal was reached.',
    });
    expect(followUpHeadline('They met in\n  Alaska.')).toEqual({ headline: 'They met in Alaska.', rest: undefined });
  });

  it('shows an address without scheme, "www." or final slash when a report has no headline', () => {
    expect(addressText('https://www.irishtimes.com/world/europe/2025/08/18/')).toBe(
      'irishtimes.com/world/europe/2025/08/18',
    );
    expect(addressText('http://truthsocial.com/')).toBe('truthsocial.com');
  });

  it('links a citation to its report, and to the outlet’s page when the outlet is a source', () => {
    const [herald, radio] = followUp('x', '2025-03-20', []).citations;
    if (!herald || !radio) throw new Error('two citations');
    expect(citationView(herald)).toEqual({
      outlet: 'The Herald',
      sourceHref: '/sources/herald/',
      href: 'https://www.example.org/x/',
      linkText: 'example.org/x',
      isTitle: false,
      published: { datetime: '2025-03-20', text: '20 Mar 2025' },
    });
    expect(citationView(radio)).toMatchObject({ sourceHref: undefined, linkText: 'x: the report', isTitle: true });
  });
});

describe('followUpView', () => {
  it('names each claim it settles with its title, place, article and this follow-up’s outcome', () => {
    const index = indexSite(content([]));
    const view = followUpView(
      index,
      followUp('port', '2025-03-20', [
        ['a/2', 'refuted'],
        ['a/1', 'partly'],
      ]),
    );
    expect(view.href).toBe(followUpPath('port'));
    expect(view.headline).toBe('port happened on the day.');
    expect(view.settles.map((entry) => [entry.href, entry.title, entry.order, entry.outcome])).toEqual([
      ['/claims/a/2/', 'Port to close', 2, 'refuted'],
      ['/claims/a/1/', 'Sentence a/1.', 1, 'partly'],
    ]);
    expect(view.settles[0]?.article).toEqual({ id: 'a', title: 'Article a' });
  });

  it('refuses a follow-up naming a claim the site does not have', () => {
    expect(() => followUpView(indexSite(content([])), followUp('x', '2025-03-20', [['a/9', 'open']]))).toThrow(
      /unknown claim a\/9/,
    );
  });
});

describe('claimNext', () => {
  const index = indexSite(
    content([
      followUp('later', '2025-03-25', [['a/1', 'confirmed']]),
      followUp('earlier', '2025-03-18', [
        ['a/1', 'open'],
        ['a/4', 'refuted'],
      ]),
    ]),
  );

  it('gives the outcome that stands, as of the latest follow-up, and every follow-up oldest first', () => {
    const view = claimNext(index, 'a/1');
    expect(view?.outcome).toBe('confirmed');
    expect(view?.asOf).toEqual({ datetime: '2025-03-25', text: '25 Mar 2025' });
    expect(view?.followUps.map((entry) => [entry.id, entry.outcome, entry.reason])).toEqual([
      ['earlier', 'open', 'earlier says so.'],
      ['later', 'confirmed', 'later says so.'],
    ]);
    expect(view?.followUps[0]?.citations).toHaveLength(2);
  });

  it('shows a settled claim of any kind, an unjudged prediction as unresolved, and nothing for other claims', () => {
    expect(claimNext(index, 'a/4')?.outcome).toBe('refuted');
    expect(claimNext(index, 'a/2')).toEqual({ outcome: 'unresolved', asOf: undefined, followUps: [] });
    expect(claimNext(index, 'a/5')).toBeUndefined();
    expect(() => claimNext(index, 'a/9')).toThrow(/unknown claim/);
  });

  it('computes outcomes once per set of follow-ups', () => {
    expect(outcomesOf(index.content)).toBe(outcomesOf(index.content));
  });
});

describe('scorecardTable', () => {
  const followUps = [
    followUp('f', '2025-03-20', [
      ['a/1', 'confirmed'],
      ['a/3', 'refuted'],
      ['a/4', 'confirmed'],
    ]),
  ];

  it('has a row per category with predictions, in badge order, the outcome columns, and the total', () => {
    const table = scorecardTable(articleScorecard(content(followUps), 'a'));
    expect(table.columns.map((column) => column.label)).toEqual([
      'Confirmed',
      'Partly confirmed',
      'Refuted',
      'Still open',
      'No follow-up yet',
    ]);
    expect(table.rows.map((row) => [row.label, row.counts, row.total])).toEqual([
      ['Named', [1, 0, 1, 0, 0], 2],
      ['Anonymous official', [0, 0, 0, 0, 1], 1],
    ]);
    expect(table.total).toEqual({ counts: [1, 0, 1, 0, 1], total: 3 });
    expect(table.without).toEqual(['Anonymous source', 'Outlet', 'Unattributed']);
    expect(table.predictions.map((entry) => [entry.href, entry.outcome])).toEqual([
      ['/claims/a/1/', 'confirmed'],
      ['/claims/a/2/', 'unresolved'],
      ['/claims/a/3/', 'refuted'],
    ]);
  });

  it('is the same table from the site index', () => {
    const index = indexSite(content(followUps));
    expect(siteScorecard(index, 'a')).toEqual(scorecardTable(articleScorecard(index.content, 'a')));
  });

  it('sums itself up in one sentence', () => {
    expect(scorecardSentence(scorecardTable(articleScorecard(content(followUps), 'a')))).toBe(
      '3 predictions: 1 confirmed, 1 refuted, 1 with no follow-up yet.',
    );
    expect(scorecardSentence(scorecardTable(articleScorecard(content([]), 'none')))).toBe('No predictions.');
  });
});

describe('followUpPages', () => {
  const many = Array.from({ length: 5 }, (_, at) =>
    followUp(`f${String(at)}`, `2025-04-0${String(at + 1)}`, [['a/1', 'open']]),
  );
  const withMany = indexSite({ ...site(claims), followUps: many });

  it('lists the newest first, cut into pages of the given size, so that no page grows with the site', () => {
    const pages = followUpPages(withMany, 2);
    expect(pages.map((page) => page.items.map((item) => item.id))).toEqual([['f4', 'f3'], ['f2', 'f1'], ['f0']]);
    expect(pages.map((page) => [page.number, page.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('still has one (empty) page when there are no follow-ups', () => {
    expect(followUpPages(indexSite(site(claims)))).toEqual([{ number: 1, count: 1, items: [] }]);
  });
});
