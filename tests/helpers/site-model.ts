import type { Article, Claim, SiteContent, Source } from '../../src/lib/site/model.ts';

/** Small plain models for unit tests of the site's page logic. */

export function claim(id: string, fields: Partial<Omit<Claim, 'id'>> = {}): Claim {
  return {
    id,
    article: id.split('/')[0] ?? 'a',
    order: Number(/\/(\d+)/.exec(id)?.[1] ?? 1),
    excerpt: `Sentence ${id}.`,
    kind: 'event',
    attribution: { category: 'unattributed', chain: ['gazette'] },
    hedges: [],
    corrections: [],
    ...fields,
  };
}

export const week = (start: string, end: string, asWritten?: string) =>
  ({ start, end, precision: 'week', basis: 'inferred', asWritten }) as const;
export const day = (value: string) => ({ start: value, end: value, precision: 'day', basis: 'stated' }) as const;
export const year = (value: string) =>
  ({ start: `${value}-01-01`, end: `${value}-12-31`, precision: 'year', basis: 'inferred' }) as const;

export const sources: Source[] = [
  { id: 'gazette', type: 'outlet', name: 'The Gazette', shortName: 'Gazette', country: 'Testland' },
  { id: 'herald', type: 'outlet', name: 'The Herald' },
  { id: 'ana', type: 'person', name: 'Ana Ruiz', role: 'Mayor', affiliation: 'Town hall' },
  {
    id: 'officials',
    type: 'group',
    name: 'port officials',
    sourcing: 'anonymous-official',
    role: 'officials',
    side: 'port',
  },
];

export function article(id: string, published = '2025-03-14'): Article {
  return {
    id,
    title: `Article ${id}`,
    publisher: 'gazette',
    published,
    url: 'https://example.org/',
    language: 'en',
    body: '',
  };
}

export function site(claims: Claim[], articles = [article('a')]): SiteContent {
  return { articles, sources, claims, followUps: [] };
}
