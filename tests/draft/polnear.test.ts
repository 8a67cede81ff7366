import { describe, expect, it } from 'vitest';
import {
  drafterInput,
  isPronounSource,
  isSpeechCue,
  lemmaCandidates,
  locateSentences,
  parseAnnotations,
  parseMetadata,
  scoreArticle,
  speakersMatch,
  totals,
  type SpeechCues,
} from '../../tools/measure/polnear.ts';

/** A tiny corpus made here, in PolNeAR's brat standoff format: offsets are code points into the whole file. */
const cues: SpeechCues = {
  keep_lemmas: ['say', 'tell', 'write'],
  keep_phrases: ['according to'],
  exclude_lemmas: ['believe', 'show'],
};

const text = 'Mayor wins vote.\n\nThe mayor won the vote, Ada Brun said. Polls show she is liked. It rained all day.\n';
const span = (words: string) => {
  const start = Array.from(text).join('').indexOf(words);
  return `${start} ${start + words.length}`;
};
const ann = [
  `T1\tContent ${span('The mayor won the vote')}\tThe mayor won the vote`,
  `T2\tSource ${span('Ada Brun')}\tAda Brun`,
  `T3\tCue ${span('said')}\tsaid`,
  `T4\tAttribution ${span('said')}\tsaid`,
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  `T5\tSource ${span('Polls')}\tPolls`,
  `T6\tCue ${span('show')}\tshow`,
  `T7\tContent ${span('she is liked')}\tshe is liked`,
  `T8\tAttribution ${span('show')}\tshow`,
  'E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5',
].join('\n');

describe('reading PolNeAR', () => {
  it('parses brat standoff spans and events, discontinuous spans and text running over a newline', () => {
    const parsed = parseAnnotations(
      'T1\tSource 0 3;8 11\tone two\nT2\tContent 12 30\tfirst line\nsecond line\nT3\tCue 4 8\tsaid\nE1\tAttribution:T3 Content:T2 Cue:T3 Source:T1\n',
    );
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.source?.ranges).toEqual([
      [0, 3],
      [8, 11],
    ]);
    expect(parsed[0]?.contents[0]?.text).toBe('first line\nsecond line');
  });

  it('tells speech and report cues from thoughts and evidence, through their lemmas', () => {
    expect(lemmaCandidates('said')).toContain('say');
    expect(lemmaCandidates('writes')).toContain('write');
    expect(isSpeechCue('has said', cues)).toBe(true);
    expect(isSpeechCue('According to', cues)).toBe(true);
    expect(isSpeechCue('show', cues)).toBe(false);
    expect(isSpeechCue('said he believes', cues)).toBe(false);
  });

  it('gives the drafter each line as a paragraph with nothing read as markup', () => {
    expect(drafterInput('Title.\n\n# Not a heading *really*\n1. Not a list\n')).toEqual({
      title: 'Title.',
      body: '\\# Not a heading \\*really\\*\n\n1\\. Not a list\n',
    });
  });

  it('finds sentences in the text by code points, whatever the white space', () => {
    const emoji = '😀 One  two.\nThree four.';
    expect(locateSentences(emoji, ['😀 One two.', 'Three four.'])).toEqual([
      { start: 0, end: 11 },
      { start: 12, end: 23 },
    ]);
  });

  it('scores sourced sentences (speech cues only) and the speaker against the Source span', () => {
    const score = scoreArticle(
      text,
      ann,
      [
        { text: 'Mayor wins vote.', sourced: false },
        { text: 'The mayor won the vote, Ada Brun said.', sourced: true, speaker: 'Ada Brun' },
        { text: 'Polls show she is liked.', sourced: true, speaker: 'polls' },
        { text: 'It rained all day.', sourced: false },
      ],
      cues,
    );
    // "Polls show" is evidence, not speech: that sentence is not sourced, so the drafter's call is a false positive.
    expect(score).toMatchObject({ truePositive: 1, falsePositive: 1, falseNegative: 0, trueNegative: 2 });
    expect(score.speakerAgree).toBe(1);
    expect(score.speakerTotal).toBe(1);
    const sum = totals([score]);
    expect(sum.precision).toBe(0.5);
    expect(sum.recall).toBe(1);
    expect(sum.f1).toBeCloseTo(2 / 3, 10);
  });

  it('matches speakers by a shared content word, generic words in full, or initials', () => {
    expect(speakersMatch('Ada Brun', 'Mayor Ada Brun')).toBe(true);
    expect(speakersMatch('Brun', 'Ms. Brun')).toBe(true);
    expect(speakersMatch('officials', 'senior administration officials')).toBe(true);
    expect(speakersMatch('officials', 'Ada Brun')).toBe(false);
    expect(speakersMatch('senior officials', 'campaign officials')).toBe(false);
    expect(speakersMatch('WSJ', 'The Wall Street Journal')).toBe(true);
    expect(speakersMatch('Ada Brun', 'Tom Ellery')).toBe(false);
    expect(isPronounSource('she')).toBe(true);
    expect(isPronounSource('she and Ada Brun')).toBe(false);
  });

  it('reads the metadata rows with the publishers’ own names', () => {
    const rows = parseMetadata(
      'compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\n' +
        'dev\tnyt_2016-01-02_x\t1\tab\tnyt\t2016-01-02\n',
    );
    expect(rows).toEqual([
      { filename: 'nyt_2016-01-02_x', compartment: 'dev', publisher: 'The New York Times', published: '2016-01-02' },
    ]);
  });
});
