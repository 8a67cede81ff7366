import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSentences, readArticle } from '../../src/lib/language/article-text.ts';
import { readMarkdownFile } from '../../src/lib/content/parse-file.ts';
import { splitSentences } from '../../src/lib/language/sentences.ts';
import { projectRoot } from '../helpers/fixtures.ts';

const split = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences: abbreviations', () => {
  it('keeps titles, months and dotted acronyms inside the sentence', () => {
    expect(split('The U.S. president met Dr. Smith on Aug. 6 in Washington. He left.')).toEqual([
      'The U.S. president met Dr. Smith on Aug. 6 in Washington.',
      'He left.',
    ]);
    expect(split('Sen. Graham, R-S.C., and Gov. Newsom spoke. Mrs. Jones and Prof. Lee did not.')).toEqual([
      'Sen. Graham, R-S.C., and Gov. Newsom spoke.',
      'Mrs. Jones and Prof. Lee did not.',
    ]);
    expect(split('The U.S. Army said so. No. 10 Downing St. said nothing.')).toEqual([
      'The U.S. Army said so.',
      'No. 10 Downing St. said nothing.',
    ]);
    expect(split('Apple Inc. said so. Smith Jr. agreed. The U.N. Security Council met.')).toEqual([
      'Apple Inc. said so.',
      'Smith Jr. agreed.',
      'The U.N. Security Council met.',
    ]);
  });

  it('ends a sentence after an abbreviation when a new sentence opens', () => {
    expect(split('He moved to the U.S. The talks went on.')).toEqual(['He moved to the U.S.', 'The talks went on.']);
    expect(split('Talks resume in the U.S. Officials gave no date.')).toEqual([
      'Talks resume in the U.S.',
      'Officials gave no date.',
    ]);
    expect(split('It starts at 9 a.m. Tuesday. It ends at 5 p.m. The rest is open.')).toEqual([
      'It starts at 9 a.m. Tuesday.',
      'It ends at 5 p.m.',
      'The rest is open.',
    ]);
    expect(split('They sold cars, boats, etc. The market fell.')).toEqual([
      'They sold cars, boats, etc.',
      'The market fell.',
    ]);
  });

  it('reads month abbreviations and "No." as abbreviations only before a number', () => {
    expect(split('The deal was signed on Sept. 1. It took effect on Oct. 3, 2025.')).toEqual([
      'The deal was signed on Sept. 1.',
      'It took effect on Oct. 3, 2025.',
    ]);
    expect(split('He said no. The talks went on.')).toEqual(['He said no.', 'The talks went on.']);
    expect(split('It is the No. 2 producer. Output fell.')).toEqual(['It is the No. 2 producer.', 'Output fell.']);
  });

  it('keeps initials with their name, but not a letter that ends a sentence', () => {
    expect(split('Then J. R. R. Tolkien wrote it. John F. Kennedy read it.')).toEqual([
      'Then J. R. R. Tolkien wrote it.',
      'John F. Kennedy read it.',
    ]);
    expect(split('Analysts at J.P. Morgan agreed. They chose plan B. It failed.')).toEqual([
      'Analysts at J.P. Morgan agreed.',
      'They chose plan B.',
      'It failed.',
    ]);
  });
});

describe('splitSentences: numbers, quotations, ellipses, line breaks', () => {
  it('keeps decimals, prices and percentages whole', () => {
    expect(split('Growth was 3.5 percent. The dollar fell to $1.05 on Monday. It fell 1.2%.')).toEqual([
      'Growth was 3.5 percent.',
      'The dollar fell to $1.05 on Monday.',
      'It fell 1.2%.',
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

  it('keeps a quoted question or exclamation with its speech tag', () => {
    expect(split('"Will there be a deal?" Trump asked. Nobody answered.')).toEqual([
      '"Will there be a deal?" Trump asked.',
      'Nobody answered.',
    ]);
    expect(split('“Never!” Senator Jane Smith told reporters on Monday. She left.')).toEqual([
      '“Never!” Senator Jane Smith told reporters on Monday.',
      'She left.',
    ]);
    expect(split('"Is it over?" The answer came later.')).toEqual(['"Is it over?"', 'The answer came later.']);
  });

  it('reads an ellipsis before lower case as a pause and before a capital as an end', () => {
    expect(split('He paused... and then it ended. Next one?')).toEqual([
      'He paused... and then it ended.',
      'Next one?',
    ]);
    expect(split('He paused… and then it ended. Wait… The talks resumed.')).toEqual([
      'He paused… and then it ended.',
      'Wait…',
      'The talks resumed.',
    ]);
    expect(split('A text may follow... But nothing is signed.')).toEqual([
      'A text may follow...',
      'But nothing is signed.',
    ]);
  });

  it('reads a line break inside a paragraph as a space and a blank line as an end', () => {
    expect(split('He met\nPutin on Monday. Then\r\nhe left')).toEqual(['He met\nPutin on Monday.', 'Then\r\nhe left']);
    expect(split('A heading\n\nThe text.')).toEqual(['A heading', 'The text.']);
  });

  it('reports offsets into the input', () => {
    const text = 'One.  Two three.';
    const [, second] = splitSentences(text);
    expect(second).toEqual({ text: 'Two three.', start: 6, end: 16 });
    for (const sentence of splitSentences('He met\nPutin. Wait… The end.'))
      expect('He met\nPutin. Wait… The end.'.slice(sentence.start, sentence.end)).toBe(sentence.text);
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

  it('splits the seed article into the 23 sentences its editors gave one claim each', () => {
    // The reader's split is the editors' one: each seed claim's excerpt is one sentence, in order.
    const read = (path: string) => readMarkdownFile(path, readFileSync(join(projectRoot, path)));
    const folder = 'content/claims/territory-for-peace';
    const excerpts = readdirSync(join(projectRoot, folder))
      .sort()
      .map((name) => {
        const { excerpt } = read(`${folder}/${name}`).file?.data as { excerpt: string };
        return excerpt;
      });
    const body = read('content/articles/territory-for-peace.md').file?.body ?? '';
    const sentences = articleSentences(readArticle(body)).map((sentence) => sentence.text);
    expect(sentences).toHaveLength(23);
    expect(sentences).toEqual(excerpts);
    expect(sentences[10]).toBe('Trump ended the conversation, "surprised."');
    // No heading leaks into a sentence.
    expect(sentences.some((sentence) => sentence.includes("Putin's ultimatum"))).toBe(false);
  });

  it('splits a newswire text full of abbreviations as a reader would', () => {
    const text = readFileSync(join(projectRoot, 'tests/fixtures/text/newswire.md'), 'utf8');
    // The dateline ("WASHINGTON (Reuters) -") is read apart (tests/unit/dateline.test.ts).
    expect(articleSentences(readArticle(text)).map((sentence) => sentence.text)).toEqual([
      'U.S. Secretary of State Marco Rubio met Russian officials on Aug. 12 in Geneva, the State Department said.',
      'The talks, which began at 9 a.m. local time, lasted 3.5 hours.',
      '"We are not there yet," Rubio told reporters.',
      '"Will there be a deal?" one asked.',
      '"Maybe…',
      'We\'ll see."',
      "Sen. Lindsey Graham, R-S.C., said the U.S. would not lift sanctions on Russia's No. 2 oil producer.",
      'He called the proposal "a non-starter."',
      'The Kremlin did not respond.',
      'According to two people familiar with the matter, Dr. Anna K. Petrova of the U.N. Office at Geneva drafted the text.',
      'It runs to 14 pages… and it is not final.',
      'Petrova declined to comment.',
      "The ruble fell 1.2% against the dollar to 92.45 on Tuesday, after Moody's Investors Service Inc. cut its outlook.",
      'Analysts at J.P. Morgan Chase & Co. expect further falls.',
      '"It\'s a bad sign," said Maria Lopez, an economist in St. Petersburg.',
      'The talks are set to resume in the U.S.',
      'Officials have not said when.',
      'Trump is expected to weigh in by Sept. 1, the White House said (without giving details).',
      'A final text may follow...',
      'But nothing has been signed yet!',
    ]);
  });
});
