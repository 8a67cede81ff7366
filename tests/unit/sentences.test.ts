import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSentences, readArticle } from '../../src/lib/article-text.ts';
import { splitSentences } from '../../src/lib/sentences.ts';

const split = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('keeps abbreviations, titles and initials inside the sentence', () => {
    expect(split('The U.S. president met Dr. Smith on Aug. 6 in Washington. He left.')).toEqual([
      'The U.S. president met Dr. Smith on Aug. 6 in Washington.',
      'He left.',
    ]);
    expect(split('Then J. R. R. Tolkien wrote it. Sen. Graham agreed.')).toEqual([
      'Then J. R. R. Tolkien wrote it.',
      'Sen. Graham agreed.',
    ]);
    expect(split('The U.S. Army said so. No. 10 Downing St. said nothing.')).toEqual([
      'The U.S. Army said so.',
      'No. 10 Downing St. said nothing.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a new sentence opens', () => {
    expect(split('He moved to the U.S. The talks went on.')).toEqual(['He moved to the U.S.', 'The talks went on.']);
  });

  it('keeps decimals whole', () => {
    expect(split('Growth was 3.5 percent. The dollar fell to $1.05 on Monday.')).toEqual([
      'Growth was 3.5 percent.',
      'The dollar fell to $1.05 on Monday.',
    ]);
  });

  it('ends a sentence after a quotation that closes inside its quotes', () => {
    expect(split('Trump ended the conversation, "surprised." WSJ sources said that.')).toEqual([
      'Trump ended the conversation, "surprised."',
      'WSJ sources said that.',
    ]);
    expect(split('He said “it will happen.” Then “Really?” she asked.')).toEqual([
      'He said “it will happen.”',
      'Then “Really?” she asked.',
    ]);
  });

  it('does not end a sentence at an ellipsis followed by lower case', () => {
    expect(split('He paused... and then it ended. Next one?')).toEqual([
      'He paused... and then it ended.',
      'Next one?',
    ]);
  });

  it('reports offsets into the input', () => {
    const text = 'One.  Two three.';
    const [, second] = splitSentences(text);
    expect(second).toEqual({ text: 'Two three.', start: 6, end: 16 });
  });
});

describe('readArticle', () => {
  it('keeps headings out of the sentences and counts lines', () => {
    const blocks = readArticle('First one. Second\none.\n\n## A heading\n\nThird one.\n');
    expect(blocks.map((block) => block.type)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(articleSentences(blocks).map((sentence) => [sentence.text, sentence.line, sentence.paragraph])).toEqual([
      ['First one.', 1, 0],
      ['Second one.', 1, 0],
      ['Third one.', 6, 1],
    ]);
  });

  it('splits the seed article into the 23 sentences a reader sees', () => {
    const source = readFileSync(join(import.meta.dirname, '../../content/articles/territory-for-peace.md'), 'utf8');
    const body = source.slice(source.indexOf('\n---\n', 4) + 5);
    const sentences = articleSentences(readArticle(body)).map((sentence) => sentence.text);
    expect(sentences).toHaveLength(23);
    expect(sentences[0]).toBe(
      'Russian president Vladimir Putin may issue an ultimatum on Ukraine at a meeting with US President Donald Trump.',
    );
    expect(sentences[10]).toBe('Trump ended the conversation, "surprised."');
    expect(sentences[22]).toBe('Putin himself noted that it could take place in the United Arab Emirates.');
    // No heading leaks into a sentence.
    expect(sentences.some((sentence) => sentence.includes("Putin's ultimatum WSJ"))).toBe(false);
  });
});
