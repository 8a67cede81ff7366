import { describe, expect, it } from 'vitest';
import { categoryForChain } from '../../src/lib/schema/source.ts';
import type { SourceData } from '../../src/lib/schema/source.ts';
import { foldName, SourceBook } from '../../src/lib/draft/source-book.ts';

const existing: { id: string; data: SourceData }[] = [
  { id: 'rbc-ukraine', data: { type: 'outlet', name: 'RBC-Ukraine', shortName: 'RBC-Ukraine' } },
  { id: 'wsj', data: { type: 'outlet', name: 'The Wall Street Journal', shortName: 'WSJ' } },
  { id: 'vladimir-putin', data: { type: 'person', name: 'Vladimir Putin', role: 'President', affiliation: 'Kremlin' } },
  {
    id: 'senior-us-official',
    data: { type: 'group', name: 'a senior US official', sourcing: 'anonymous-official', role: 'official', side: 'US' },
  },
];

const ids = (chain: { id: string }[]) => chain.map((source) => source.id);

describe('SourceBook', () => {
  it('folds names for matching: case, determiners, possessives and punctuation aside', () => {
    expect(foldName('One of the Sources')).toBe('sources');
    expect(foldName("A senior U.S. official's")).toBe('senior u s official');
  });

  it('matches the publisher and outlets by name, short name or initials', () => {
    const book = new SourceBook(existing, 'rbc-ukraine');
    expect(book.publisher.id).toBe('rbc-ukraine');
    expect(ids(book.resolve({ kind: 'outlet', text: 'the WSJ', name: 'WSJ' }).chain)).toEqual(['rbc-ukraine', 'wsj']);
    const fresh = new SourceBook([], 'Coast Gazette');
    fresh.resolve({ kind: 'outlet', text: 'The New York Times', name: 'The New York Times' });
    const byInitials = fresh.resolve({ kind: 'outlet', text: 'the NYT', name: 'NYT' });
    expect(ids(byInitials.chain)).toEqual(['coast-gazette', 'new-york-times']);
    expect(byInitials.category).toBe('outlet');
  });

  it('matches people by full name or surname, and remembers names met in the text', () => {
    const book = new SourceBook(existing, 'RBC-Ukraine');
    expect(ids(book.resolve({ kind: 'person', text: 'Putin', name: 'Putin' }).chain)).toEqual([
      'rbc-ukraine',
      'vladimir-putin',
    ]);
    book.learnName('Tomas Reyes');
    const reyes = book.resolve({ kind: 'person', text: 'Reyes', name: 'Reyes' });
    expect(reyes.chain.at(-1)?.data).toMatchObject({ type: 'person', name: 'Tomas Reyes' });
    expect(reyes.category).toBe('named');
    // "he" points back to the last person quoted.
    expect(book.resolve({ kind: 'person', text: 'he', name: 'he', refersBack: true }).chain.at(-1)?.id).toBe(
      reyes.chain.at(-1)?.id,
    );
  });

  it('passes unnamed sources through the outlet the article re-reports', () => {
    const book = new SourceBook(existing, 'RBC-Ukraine');
    book.reReports = book.resolve({ kind: 'outlet', text: 'WSJ', name: 'WSJ' }).chain.at(-1);
    const official = book.resolve({ kind: 'official', text: 'A senior US official', name: 'a senior US official' });
    expect(ids(official.chain)).toEqual(['rbc-ukraine', 'wsj', 'senior-us-official']);
    expect(official.category).toBe('anonymous-official');
    const sources = book.resolve({ kind: 'unnamed', text: 'the sources', name: 'sources', refersBack: true });
    expect(sources.chain.at(-1)?.data).toMatchObject({
      type: 'group',
      name: 'WSJ sources',
      sourcing: 'anonymous-source',
    });
    // "WSJ sources" later is the same group.
    const again = book.resolve({ kind: 'unnamed', text: 'WSJ sources', name: 'WSJ sources', via: 'WSJ' });
    expect(again.chain.at(-1)?.id).toBe(sources.chain.at(-1)?.id);
    // "the official" points back to the last official group.
    expect(
      book.resolve({ kind: 'official', text: 'the official', name: 'the official', refersBack: true }).chain.at(-1)?.id,
    ).toBe('senior-us-official');
  });

  it('proposes new sources with every required field, and categories that agree with their chains', () => {
    const book = new SourceBook([], 'Northline Wire');
    const resolved = [
      book.resolve({ kind: 'institution', text: 'The port authority', name: 'port authority' }),
      book.resolve({
        kind: 'official',
        text: 'a senior official at the ministry',
        name: 'a senior official at the ministry',
      }),
      book.resolve({ kind: 'unnamed', text: 'grain traders', name: 'grain traders' }),
      book.resolve({ kind: 'person', text: 'Anja Holt', name: 'Anja Holt', role: 'farm union head' }),
    ];
    expect(resolved.map((entry) => entry.category)).toEqual([
      'named',
      'anonymous-official',
      'anonymous-source',
      'named',
    ]);
    for (const entry of resolved)
      expect(categoryForChain(entry.chain.map((source) => source.data))).toBe(entry.category);
    expect(book.proposed.map((source) => source.id)).toEqual([
      'northline-wire',
      'port-authority',
      'senior-official-at-the-ministry',
      'grain-traders',
      'anja-holt',
    ]);
    expect(book.proposed.every((source) => source.isNew)).toBe(true);
  });

  it('keeps new ids unique', () => {
    const book = new SourceBook([{ id: 'analysts', data: { type: 'outlet', name: 'Analysts Weekly' } }], 'X Daily');
    expect(book.resolve({ kind: 'unnamed', text: 'analysts', name: 'analysts' }).chain.at(-1)?.id).toBe('analysts-2');
  });
});
