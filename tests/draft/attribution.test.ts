import { describe, expect, it } from 'vitest';
import { readAttribution } from '../../src/lib/draft/attribution.ts';
import { classifyMention, type MentionContext } from '../../src/lib/draft/mentions.ts';

const OUTLETS = new Set(['the wall street journal', 'wsj', 'nyt', 'the new york times', 'coast gazette']);
const context: MentionContext = {
  isOutlet: (name) => OUTLETS.has(name.toLowerCase()),
  isKnownSurname: (word) => ['putin', 'reyes'].includes(word.toLowerCase()),
};

const mention = (phrase: string, atStart = false) => classifyMention(phrase, context, atStart);
const attribution = (sentence: string) => readAttribution(sentence, context);

describe('classifyMention: who a phrase names', () => {
  it('tells named people, with the title or role the text gives', () => {
    expect(mention("Putin's aide, Yuri Ushakov")).toMatchObject({
      kind: 'person',
      name: 'Yuri Ushakov',
      role: "Putin's aide",
    });
    expect(mention('Transport Minister Lena Varga')).toMatchObject({
      kind: 'person',
      name: 'Lena Varga',
      role: 'Transport Minister',
    });
    expect(mention('union leader Tomas Reyes')).toMatchObject({
      kind: 'person',
      name: 'Tomas Reyes',
      role: 'union leader',
    });
    expect(mention('Petra Lind, chief economist at Halden Bank')).toMatchObject({
      kind: 'person',
      name: 'Petra Lind',
      role: 'chief economist at Halden Bank',
    });
  });

  it('takes a lone capitalised word at the start of a sentence for a surname only when it is known', () => {
    expect(mention('Putin', true)).toMatchObject({ kind: 'person', name: 'Putin' });
    expect(mention('Critics', true)).toBeUndefined();
    expect(mention('Critics')).toMatchObject({ kind: 'person' });
  });

  it('tells outlets, known or by the words in their names', () => {
    expect(mention('The Wall Street Journal')).toMatchObject({ kind: 'outlet', name: 'The Wall Street Journal' });
    expect(mention('the NYT')).toMatchObject({ kind: 'outlet', name: 'NYT' });
    expect(mention('The Moscow Times')).toMatchObject({ kind: 'outlet' });
    expect(mention('Reuters')).toMatchObject({ kind: 'outlet' });
  });

  it('tells unnamed officials by office, and unnamed sources with no office', () => {
    expect(mention('A senior US official', true)).toMatchObject({ kind: 'official', name: 'a senior US official' });
    expect(mention('a senior European diplomat and a Ukrainian official')).toMatchObject({ kind: 'official' });
    expect(mention('a senior official at the transport ministry')).toMatchObject({ kind: 'official' });
    expect(mention('the official')).toMatchObject({ kind: 'official', refersBack: true });
    expect(mention('the sources')).toMatchObject({ kind: 'unnamed', refersBack: true });
    expect(mention('One of the sources', true)).toMatchObject({ kind: 'unnamed', refersBack: true });
    expect(mention('WSJ sources')).toMatchObject({ kind: 'unnamed', via: 'WSJ', refersBack: false });
    expect(mention('two people familiar with the talks')).toMatchObject({ kind: 'unnamed' });
    expect(mention('analysts')).toMatchObject({ kind: 'unnamed' });
  });

  it('tells institutions that speak on the record, and reads through documents to who issued them', () => {
    expect(mention('The port authority', true)).toMatchObject({ kind: 'institution', name: 'port authority' });
    expect(mention('the Ministry of Defence')).toMatchObject({ kind: 'institution', name: 'Ministry of Defence' });
    expect(mention('Police', true)).toMatchObject({ kind: 'institution', name: 'police' });
    expect(mention('data compiled by Coast Gazette')).toMatchObject({ kind: 'outlet', name: 'Coast Gazette' });
    expect(mention('a statement from the ministry')).toMatchObject({ kind: 'institution' });
  });

  it('names no source for descriptions of people who are not sources, or for pronouns it cannot place', () => {
    expect(mention('the US president')).toBeUndefined();
    expect(mention('nine')).toBeUndefined();
    expect(mention('she')).toMatchObject({ kind: 'person', refersBack: true });
  });
});

describe('readAttribution: the attribution a sentence gives itself', () => {
  it('reads "according to X" at the start', () => {
    expect(attribution('According to the NYT, Trump intends to meet Putin.').attribution).toMatchObject({
      position: 'leading',
      verb: false,
      mention: { kind: 'outlet', name: 'NYT' },
    });
  });

  it('reads a closing "reports X" and ", X said"', () => {
    expect(
      attribution('It is about recognizing the occupied territories, reports The Wall Street Journal.').attribution,
    ).toMatchObject({ position: 'trailing', mention: { kind: 'outlet' } });
    expect(attribution('The bank will hold rates, analysts say.').attribution).toMatchObject({
      position: 'trailing',
      mention: { kind: 'unnamed', name: 'analysts' },
    });
    expect(
      attribution('Talks broke up without a deal, union leader Tomas Reyes told reporters on Thursday.').attribution,
    ).toMatchObject({ position: 'trailing', mention: { kind: 'person', name: 'Tomas Reyes' } });
  });

  it('reads a speaker after a quotation', () => {
    expect(
      attribution('"We will not back down," said Jane Doe, a spokeswoman for the ministry.').attribution,
    ).toMatchObject({
      mention: { kind: 'person', name: 'Jane Doe', role: 'a spokeswoman for the ministry' },
    });
    expect(attribution('"We are not going back," Reyes said.').attribution).toMatchObject({
      mention: { kind: 'person', name: 'Reyes' },
    });
  });

  it('reads a speaker in apposition, or past a relative clause', () => {
    expect(attribution("Putin's aide, Yuri Ushakov, said that a meeting was agreed.").attribution).toMatchObject({
      position: 'leading',
      mention: { kind: 'person', name: 'Yuri Ushakov' },
    });
    expect(
      attribution('A senior official, who asked not to be named because the talks are private, said the talks failed.')
        .attribution,
    ).toMatchObject({ mention: { kind: 'official', name: 'a senior official' } });
  });

  it('reads the subject of a coordinated speech verb', () => {
    expect(
      attribution('Transport Minister Lena Varga declined to comment but said on Wednesday that talks would go on.')
        .attribution,
    ).toMatchObject({ mention: { kind: 'person', name: 'Lena Varga' } });
  });

  it('reads "X reported, citing Y" as Y passed on by X', () => {
    expect(
      attribution('Reuters reported on Tuesday, citing three people familiar with the matter, that a deal was close.')
        .attribution,
    ).toMatchObject({ mention: { kind: 'unnamed', via: 'Reuters' } });
  });

  it('takes speech by someone who is no source for speech inside the claim', () => {
    const reading = attribution('During the discussions, the US president often said that he wanted better relations.');
    expect(reading.attribution).toBeUndefined();
    expect(reading.speechInClaim).toBe(true);
  });

  it('finds no attribution where there is none', () => {
    expect(attribution('This week, US special envoy Steve Witkoff visited Moscow.')).toEqual({
      attribution: undefined,
      speechInClaim: false,
    });
  });
});
