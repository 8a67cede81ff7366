import { describe, expect, it } from 'vitest';
import { describeChanges, similarity, staleMatch, wordChanges, words } from '../../src/lib/content/excerpt-diff.ts';

describe('words', () => {
  it('keeps punctuation apart from words, and apostrophes inside them', () => {
    expect(words("The union's ships, docked.")).toEqual(['The', "union's", 'ships', ',', 'docked', '.']);
  });
});

describe('wordChanges', () => {
  it('finds a replaced word', () => {
    const changes = wordChanges(
      words('More than 40 cargo ships waited.'),
      words('More than 40 container ships waited.'),
    );
    expect(changes).toEqual([{ excerpt: ['cargo'], article: ['container'] }]);
    expect(describeChanges(changes)).toBe("the excerpt has 'cargo' where the article now has 'container'");
  });

  it('says what was added and what was dropped', () => {
    const changes = wordChanges(words('Ships waited off the port.'), words('Ships waited for days off port.'));
    expect(describeChanges(changes)).toBe(
      "the article now has 'for days' where the excerpt has nothing; the excerpt has 'the' where the article now has nothing",
    );
  });
});

describe('staleMatch', () => {
  const article = [
    { index: 0, text: 'The harbour reopened on Monday.' },
    { index: 1, text: 'More than 40 container ships waited offshore.' },
    { index: 2, text: 'The mayor asked for aid.' },
  ];

  it('finds the sentence an excerpt was copied from before a copy-edit', () => {
    expect(staleMatch(['More than 40 cargo ships waited offshore.'], article)).toEqual({
      sentences: [1],
      changes: [{ excerpt: ['cargo'], article: ['container'] }],
    });
  });

  it('finds nothing for a sentence the article never had', () => {
    expect(staleMatch(['Port officials expect a strike next week.'], article)).toBeUndefined();
    expect(similarity(words('a b'), words('c d'))).toBe(0);
  });
});
