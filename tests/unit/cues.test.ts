import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { findAttributionCues, findHedges, hedgeList } from '../../src/lib/language/cues.ts';
import { ATTRIBUTION_CUES } from '../../src/lib/language/lexicon/attribution-cues.ts';
import { HEDGE_CUES } from '../../src/lib/language/lexicon/hedge-cues.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const cues = (text: string) => findHedges(text).map((match) => match.cue);

describe('hedge cues', () => {
  it('finds whole-word cues with their positions', () => {
    expect(findHedges('Officials may agree, and could sign.')).toEqual([
      { cue: 'may', text: 'may', start: 10, end: 13, forward: true, scope: 'claim' },
      { cue: 'could', text: 'could', start: 25, end: 30, forward: true, scope: 'claim' },
    ]);
  });

  it('matches case-insensitively, except "May", which capitalised is the month or a name', () => {
    expect(cues('Allegedly, it Could happen.')).toEqual(['allegedly', 'could']);
    expect(cues('In May, Theresa May said talks may resume.')).toEqual(['may']);
  });

  it('ignores cues inside longer words', () => {
    expect(findHedges('The Mayor was unlikelyish in Couldron, a would-be town.')).toEqual([]);
  });

  it('matches multi-word cues across any white space, longest first', () => {
    expect(hedgeList('He is expected\nto win and is likely to.')).toEqual(['expected to', 'likely']);
    expect(cues('The deal is set to close. Talks are set  to resume.')).toEqual(['is set to', 'are set to']);
  });

  it('reads "expect … to" as a forward cue, with the object between, but not "expect" without "to"', () => {
    expect(findHedges('Buyers expect the new terminal fees to rise.')).toEqual([
      { cue: 'expect', text: 'expect', start: 7, end: 13, forward: true, scope: 'claim' },
    ]);
    expect(cues('The board expects to sign in spring.')).toEqual(['expects']);
    expect(cues('Nobody can expect miracles. Do not expect, either, to win.')).toEqual([]);
  });

  it('tells a plan from a clause opener', () => {
    expect(cues('Considering the risk, the bank is considering a cut.')).toEqual(['is considering']);
  });

  it('reads a modal before "have" as looking back, not forward', () => {
    expect(findHedges('He may have known. He may know.').map((match) => [match.cue, match.forward])).toEqual([
      ['may', false],
      ['may', true],
    ]);
  });

  it('tells cues that weaken the claim from those that qualify a noun', () => {
    expect(findHedges('Talks began on a possible meeting; the alleged plot reportedly failed.')).toMatchObject([
      { cue: 'possible', scope: 'phrase' },
      { cue: 'alleged', scope: 'phrase' },
      { cue: 'reportedly', scope: 'claim' },
    ]);
  });

  it('lists distinct cues in order of first appearance', () => {
    expect(hedgeList('This would likely play into his hands, as Trump could accuse Ukraine; likely so.')).toEqual([
      'would',
      'likely',
      'could',
    ]);
  });

  it('finds the hedges of a newswire text', () => {
    const text = readFileSync(join(projectRoot, 'tests/fixtures/text/newswire.md'), 'utf8');
    // "Graham … said the U.S. would not lift sanctions": reported speech's "would" is tense, not a hedge.
    expect(hedgeList(text)).toEqual(['maybe', 'are set to', 'expected to', 'may']);
  });

  it('has one entry per cue, each in lower case', () => {
    for (const lexicon of [HEDGE_CUES, ATTRIBUTION_CUES]) {
      const list = lexicon.map((entry) => entry.cue);
      expect(new Set(list).size).toBe(list.length);
      for (const cue of list) expect(cue).toBe(cue.toLowerCase());
    }
  });
});

describe('the seed article', () => {
  const folder = 'content/claims/territory-for-peace';
  const excerpts = readdirSync(join(projectRoot, folder))
    .sort()
    .map((name) => {
      const read = readMarkdownFile(`${folder}/${name}`, readFileSync(join(projectRoot, folder, name)));
      return (read.file?.data as { excerpt: string }).excerpt;
    });

  it('has its hedged sentences list "may", "allegedly", "likely" and "could"', () => {
    const hedged = excerpts.map((excerpt, index) => [index + 1, hedgeList(excerpt)] as const);
    expect(hedged.filter(([, list]) => list.length > 0)).toEqual([
      [1, ['may']],
      [14, ['may']],
      [15, ['may']],
      [16, ['likely']],
      [17, ['would', 'likely', 'could']],
      [20, ['possible']],
      [21, ['allegedly', 'intends']],
      [22, ['allegedly']],
      [23, ['could']],
    ]);
  });

  it('has an attribution cue in every sentence that names its source', () => {
    const roles = excerpts.map((excerpt) => findAttributionCues(excerpt).map((match) => `${match.role}:${match.cue}`));
    expect(roles[1]).toEqual(['verb:reports']);
    expect(roles[2]).toEqual(['introducer:according to', 'anonymous-source:sources']);
    expect(roles[3]).toEqual(['anonymous-official:official', 'verb:said']);
    expect(roles[5]).toEqual(['verb:spoke']);
    expect(roles[7]).toEqual(['introducer:according to', 'anonymous-official:officials']);
    expect(roles[21]).toEqual(['verb:said']);
    expect(roles[22]).toEqual(['verb:noted']);
    // The publisher's own voice carries no cue.
    expect(roles[17]).toEqual([]);
  });
});

describe('attribution cues', () => {
  it('finds introducers, verbs and anonymous-source words with their roles', () => {
    expect(findAttributionCues('According to the sources, Trump said so.')).toEqual([
      { cue: 'according to', text: 'According to', start: 0, end: 12, role: 'introducer' },
      { cue: 'sources', text: 'sources', start: 17, end: 24, role: 'anonymous-source' },
      { cue: 'said', text: 'said', start: 32, end: 36, role: 'verb' },
    ]);
    expect(
      findAttributionCues('people familiar with the talks and a person familiar\nwith it').map((m) => m.cue),
    ).toEqual(['people familiar with', 'person familiar with']);
  });
});
