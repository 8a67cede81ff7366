import { describe, expect, it } from 'vitest';
import { checkFollowUps, isFollowUpPath, type FollowUpContext } from '../../src/lib/content/follow-up-check.ts';
import { looksLikeSourceId, toCitation } from '../../src/lib/site/model.ts';
import type { Problem } from '../../src/lib/content/problems.ts';

const context: FollowUpContext = {
  sources: new Map([['gazette', {}]]),
  articles: new Map([['report', { data: { published: '2025-03-14' } }]]),
  claims: [{ id: 'report/01-forecast', data: { article: 'report' } }],
  claimFiles: ['content/claims/report/01-forecast.md', 'content/claims/report/02-broken.md'],
  unreadableSources: new Set(['broken-wire']),
};

function followUp(name: string, date: string, claim: string, outcome = 'confirmed') {
  const text = [
    '---',
    `date: ${date}`,
    'summary: It happened.',
    'citations:',
    '  - outlet: gazette',
    '    url: https://example.org/it-happened',
    `    published: ${date}`,
    'resolves:',
    `  - claim: ${claim}`,
    `    outcome: ${outcome}`,
    '    reason: It happened.',
    '---',
    '',
    'A note.',
  ].join('\n');
  return { path: `content/follow-ups/${name}.md`, bytes: new TextEncoder().encode(text) };
}

function run(...files: ReturnType<typeof followUp>[]) {
  const problems: Problem[] = [];
  const checked = checkFollowUps(files, context, problems);
  return { checked, problems };
}

describe('checkFollowUps', () => {
  it('accepts a follow-up dated the day its claim was reported, keeping its note', () => {
    const { checked, problems } = run(followUp('same-day', '2025-03-14', 'report/01-forecast'));
    expect(problems).toEqual([]);
    expect(checked).toMatchObject([{ id: 'same-day', note: 'A note.', data: { date: '2025-03-14' } }]);
  });

  it('rejects one dated the day before', () => {
    const { problems } = run(followUp('too-early', '2025-03-13', 'report/01-forecast'));
    expect(problems).toMatchObject([{ file: 'content/follow-ups/too-early.md', line: 2, field: 'date' }]);
  });

  it('lets a later follow-up change an outcome, but not one of the same day', () => {
    const later = run(
      followUp('a-first', '2025-03-15', 'report/01-forecast', 'open'),
      followUp('b-second', '2025-03-20', 'report/01-forecast', 'refuted'),
    );
    expect(later.problems).toEqual([]);
    const sameDay = run(
      followUp('a-first', '2025-03-15', 'report/01-forecast', 'open'),
      followUp('b-second', '2025-03-15', 'report/01-forecast', 'refuted'),
    );
    expect(sameDay.problems).toMatchObject([
      { file: 'content/follow-ups/b-second.md', line: 10, field: 'resolves[0].outcome' },
    ]);
  });

  it('stays quiet about a claim whose file exists but could not be read', () => {
    expect(run(followUp('x', '2025-03-15', 'report/02-broken')).problems).toEqual([]);
    expect(run(followUp('x', '2025-03-15', 'report/03-missing')).problems).toMatchObject([
      { field: 'resolves[0].claim' },
    ]);
  });

  it('rejects a file name that cannot be an id', () => {
    expect(run(followUp('Big_News', '2025-03-15', 'report/01-forecast')).problems).toMatchObject([{ field: 'file' }]);
  });

  it('orders what it returns by date, then id', () => {
    const { checked } = run(
      followUp('b', '2025-03-16', 'report/01-forecast'),
      followUp('c', '2025-03-15', 'report/01-forecast'),
      followUp('a', '2025-03-16', 'report/01-forecast'),
    );
    expect(checked.map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('follow-up paths and citations', () => {
  it('takes only markdown files directly in content/follow-ups/', () => {
    expect(isFollowUpPath('content/follow-ups/summit.md'.split('/'))).toBe(true);
    expect(isFollowUpPath('content/follow-ups/report/summit.md'.split('/'))).toBe(false);
    expect(isFollowUpPath('content/follow-ups/summit.yaml'.split('/'))).toBe(false);
  });

  it('reads an outlet written like an id as a source, and anything else as a name', () => {
    expect([looksLikeSourceId('wsj'), looksLikeSourceId('The Irish Times'), looksLikeSourceId('WION')]).toEqual([
      true,
      false,
      false,
    ]);
    const sources = [{ id: 'wsj', type: 'outlet' as const, name: 'The Wall Street Journal' }];
    const cite = (outlet: string) =>
      toCitation({ outlet, url: 'https://example.org/', published: '2025-08-16' }, sources);
    expect(cite('wsj')).toMatchObject({ outlet: 'The Wall Street Journal', source: 'wsj' });
    expect(cite('WION')).toMatchObject({ outlet: 'WION', source: undefined });
  });
});
