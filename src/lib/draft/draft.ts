import { readArticle, type ArticleSentence } from '../language/article-text.ts';
import { hedgeList } from '../language/cues.ts';
import type { ClaimDate, ClaimKind, SourcingCategory } from '../schema/claim.ts';
import type { SourceData } from '../schema/source.ts';
import { attributesForecast, readAttribution, SPEAKING_SETTING, type SentenceAttribution } from './attribution.ts';
import { findDatePhrases, resolveDatePhrase, type DatePhrase, type ResolvedDate } from './date-phrases.ts';
import { draftKind, forwardCues } from './kind.ts';
import { opensWithQuote, quotationGroups } from './quotations.ts';
import { tidyPhrase, type MentionContext } from './mentions.ts';
import { claimSlug } from './slug.ts';
import { foldName, SourceBook, type BookSource, type ResolvedAttribution } from './source-book.ts';

/**
 * Drafting claims from an article: one claim per sentence, each with its sourcing category and chain, its kind and
 * its date, and machine notes (`drafterNotes`) that say how each was read, for the editor who reviews it. Pure: the caller reads the
 * files and the existing sources, and writes the result.
 */

export interface DraftRequest {
  /** The article's id (its file name in content/articles/). */
  articleId: string;
  title: string;
  /** The article's markdown body, `\n` line endings. */
  body: string;
  /** The publication day, YYYY-MM-DD: every relative date is read against it. */
  published: string;
  /** The publisher's name as the editor gives it; matched against the outlets in content/sources/. */
  publisher: string;
  url: string;
  language: string;
  /** The sources already in content/sources/. */
  sources: readonly { id: string; data: SourceData }[];
}

export interface DraftedClaim {
  order: number;
  /** The file name without `.md`: `NN-slug`. */
  name: string;
  excerpt: string;
  kind: ClaimKind;
  category: SourcingCategory;
  chain: BookSource[];
  date?: ClaimDate | undefined;
  hedges: string[];
  /** How the drafter read the sentence: its `drafterNotes`, never shown to readers. */
  notes: string[];
  /** 0-based paragraph of the body. */
  paragraph: number;
}

export interface Draft {
  article: {
    id: string;
    title: string;
    publisher: BookSource;
    published: string;
    url: string;
    language: string;
    body: string;
  };
  claims: DraftedClaim[];
  /** Sources the draft names that are not in content/sources/ yet. */
  newSources: BookSource[];
}

const CATEGORY_WORDS: Record<SourcingCategory, string> = {
  named: 'a named source on the record',
  'anonymous-official': 'an unnamed official',
  'anonymous-source': 'unnamed sources',
  outlet: 'an outlet’s own reporting',
  unattributed: 'the publisher’s own voice',
};

interface SentenceDraft {
  sentence: ArticleSentence;
  own?: { attribution: SentenceAttribution; resolved: ResolvedAttribution } | undefined;
  resolved: ResolvedAttribution;
  attributionWhy: string;
  speechInClaim: boolean;
}

/** How an attribution cue reads in a note: `"According to the sources"`, `"A senior US official said"`. */
function cueWords(sentence: string, attribution: SentenceAttribution): string {
  const { mention, cue } = attribution;
  const start = sentence.indexOf(cue, attribution.start);
  const ordered = start >= 0 && sentence.indexOf(mention.text, attribution.start) > start;
  return ordered ? `${cue} ${mention.text}` : `${mention.text} ${cue}`;
}

/**
 * Whether a sentence with no attribution of its own carries on the previous sentence's: when that one is the
 * publisher's voice, trivially; after someone's words, only when it still reads as theirs: it quotes, reports
 * speech itself ("the president often said…"), or goes on in reported speech's modals ("would", "may"). A plain
 * sentence after an attributed one is, as often as not, the reporter's own again (PolNeAR: docs/drafter.md).
 */
function continuesSpeech(text: string, previous: SentenceDraft, speechInClaim: boolean): boolean {
  return (
    previous.resolved.chain.length === 1 ||
    speechInClaim ||
    /[“”"]|''/u.test(text) ||
    /\b(?:would|could|may|might|should)\b/iu.test(text)
  );
}

/** Capitalised names that open a sentence ("Anja Holt, who heads …"): the likely antecedent of a later "she". */
function openingName(sentence: string): string | undefined {
  const run = /^(?:\p{Lu}[\p{Ll}'’-]+\s+){1,3}\p{Lu}[\p{Ll}'’-]+(?=[\s,])/u.exec(sentence)?.[0];
  if (!run) return undefined;
  const words = run.split(/\s+/u);
  return words.length >= 2 ? words.slice(-2).join(' ') : undefined;
}

/** Which of a sentence's date phrases dates the claim, and how it reads. */
function chooseDate(
  text: string,
  phrases: DatePhrase[],
  published: string,
  own: SentenceAttribution | undefined,
  statementOfNamed: boolean,
): { phrase: DatePhrase; date: ResolvedDate; attached: boolean } | undefined {
  const forward = forwardCues(text).length > 0 || attributesForecast(own);
  // A phrase right after the speech verb ("said on Wednesday", "told reporters on Thursday") dates the speaking.
  const attachedTo = (phrase: DatePhrase) => {
    if (!own?.verb) return false;
    const verbEnd = text.indexOf(own.cue, own.start) + own.cue.length;
    const gap = text.slice(verbEnd, phrase.start);
    return verbEnd <= phrase.start && SPEAKING_SETTING.test(gap);
  };
  const read = phrases.flatMap((phrase) => {
    const attached = attachedTo(phrase);
    const date = resolveDatePhrase(phrase.meaning, published, attached ? 'past' : forward ? 'future' : 'past');
    return date ? [{ phrase, date, attached }] : [];
  });
  if (statementOfNamed) return read.find((entry) => entry.attached) ?? read[0];
  const claimed = read.filter((entry) => !entry.attached);
  const pool = claimed.length > 0 ? claimed : read;
  return (forward ? pool.find((entry) => entry.date.start > published) : undefined) ?? pool[0];
}

function describeDate(choice: { phrase: DatePhrase; date: ResolvedDate; attached: boolean }, published: string) {
  const asWritten = tidyPhrase(choice.phrase.text);
  return choice.date.basis === 'stated'
    ? `"${asWritten}" names the date (the year, if missing, is the one nearest publication on ${published})`
    : `"${asWritten}" read against publication on ${published}`;
}

export function draftClaims(request: DraftRequest): Draft {
  const book = new SourceBook(request.sources, request.publisher);
  const context: MentionContext = {
    isOutlet: (name) => book.isOutletName(name) || foldName(name) === foldName(request.publisher),
    isKnownSurname: (word) => book.knowsSurname(word),
  };
  // Two capitalised words in a row are taken for a full name, so that a later lone surname can be matched to it.
  const learnNames = (text: string) => {
    // "Mr. Ryan", "Sen. Park": a title and a surname name a person too.
    for (const match of text.matchAll(
      /(?<![\p{L}])(?:\p{Lu}[\p{Ll}'’-]+|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.)\s+\p{Lu}[\p{Ll}'’-]+(?![\p{L}])/gu,
    )) {
      book.learnName(match[0]);
    }
  };
  // "The Baltic Ledger could not independently verify…": the publisher as the subject speaks in its own voice.
  const publisherNames = [
    book.publisher.data.name,
    book.publisher.data.type === 'outlet' ? book.publisher.data.shortName : undefined,
  ]
    .flatMap((name) => (name ? [foldName(name)] : []))
    .filter((name) => name !== '');
  const namesPublisher = (text: string) => {
    const opening = foldName(text.slice(0, 80));
    return publisherNames.some((name) => opening.startsWith(`${name} `));
  };
  const blocks = readArticle(request.body);
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').map((block) => block.sentences);

  // A lede that credits another outlet ("…, reports The Wall Street Journal") makes the article a re-report:
  // the unnamed sources and officials it cites are that outlet's.
  for (const sentence of paragraphs[0] ?? []) {
    const own = readAttribution(sentence.text, context).attribution;
    if (own?.mention.kind !== 'outlet') continue;
    const outlet = book.resolve(own.mention).chain.at(-1);
    if (outlet && outlet.id !== book.publisher.id) book.reReports = outlet;
    break;
  }

  const drafts: SentenceDraft[] = [];
  for (const [paragraphIndex, sentences] of paragraphs.entries()) {
    let previous: SentenceDraft | undefined;
    for (const sentence of sentences) {
      const opening = openingName(sentence.text);
      if (opening) book.notePerson(opening);
      const reading = readAttribution(sentence.text, context);
      learnNames(sentence.text);
      let own: SentenceDraft['own'];
      // A speech verb's subject the lists cannot tell ("Social conservatives say") is the speaker when the sentence
      // continues no attribution; after one, it is speech inside the claim ("the president often said…").
      const attribution =
        reading.attribution ?? (previous && previous.resolved.chain.length > 1 ? undefined : reading.subjectOnly);
      if (attribution) {
        const resolved = book.resolve(attribution.mention);
        // A pronoun with nothing to point back to gives no attribution.
        if (resolved.chain.length > 1 || attribution.mention.kind === 'outlet') own = { attribution, resolved };
      }
      let draft: SentenceDraft;
      if (own) {
        const via = own.resolved.chain.length > 2 ? `, passed on by ${own.resolved.chain[1]?.data.name ?? ''}` : '';
        draft = {
          sentence,
          own,
          resolved: own.resolved,
          attributionWhy: `"${cueWords(sentence.text, own.attribution)}": ${CATEGORY_WORDS[own.resolved.category]}${via}`,
          speechInClaim: reading.speechInClaim,
        };
      } else if (namesPublisher(sentence.text)) {
        draft = {
          sentence,
          resolved: book.unattributed(),
          attributionWhy: `the publisher names itself ("${book.publisher.data.name}"): its own voice`,
          speechInClaim: false,
        };
      } else if (previous && continuesSpeech(sentence.text, previous, reading.speechInClaim)) {
        draft = {
          sentence,
          resolved: previous.resolved,
          attributionWhy: `no attribution of its own, so it continues sentence ${previous.sentence.index + 1} (${CATEGORY_WORDS[previous.resolved.category]})`,
          speechInClaim: reading.speechInClaim,
        };
      } else {
        draft = {
          sentence,
          resolved: book.unattributed(),
          attributionWhy: 'no attribution of its own and none before it in its paragraph: the publisher’s own voice',
          speechInClaim: reading.speechInClaim,
        };
      }
      drafts.push(draft);
      previous = draft;
    }
    // A quotation is attributed once, often after its first sentence: every sentence of it takes the attribution
    // of the nearest sentence of it that has one.
    const own = drafts.slice(-sentences.length);
    const groups = quotationGroups(sentences.map((sentence) => sentence.text));
    for (const [index, draft] of own.entries()) {
      const group = groups[index];
      if (draft.own || group === undefined) continue;
      const speaker = own
        .map((other, at) => ({ other, at }))
        .filter(({ other, at }) => groups[at] === group && other.own)
        .sort((a, b) => Math.abs(a.at - index) - Math.abs(b.at - index))[0]?.other;
      if (!speaker?.own) continue;
      draft.resolved = speaker.resolved;
      draft.attributionWhy = `part of the quotation attributed in sentence ${speaker.sentence.index + 1} ("${cueWords(speaker.sentence.text, speaker.own.attribution)}"): ${CATEGORY_WORDS[speaker.resolved.category]}`;
    }
    // A paragraph that opens with a quotation and names no speaker for it continues the speaker just quoted.
    const first = own[0];
    const before = drafts.at(-sentences.length - 1);
    if (
      first &&
      !first.own &&
      first.resolved.chain.length === 1 &&
      opensWithQuote(first.sentence.text) &&
      before &&
      (before.resolved.category === 'named' || before.resolved.category.startsWith('anonymous'))
    ) {
      for (const draft of own) {
        if (draft.own) break;
        draft.resolved = before.resolved;
        draft.attributionWhy = `a quotation with no speaker of its own opening a paragraph: it continues the speaker of sentence ${before.sentence.index + 1} (${CATEGORY_WORDS[before.resolved.category]})`;
      }
    }
    // News ledes often close their first paragraph with the attribution ("…, reports The Wall Street Journal");
    // in the lede, such a closing attribution covers the unattributed sentences before it.
    if (paragraphIndex === 0) {
      const lede = drafts.slice(-sentences.length);
      const closing = lede.findIndex((draft) => draft.own?.attribution.position === 'trailing');
      const source = lede[closing];
      if (source?.own) {
        for (const draft of lede.slice(0, closing)) {
          if (draft.own) continue;
          draft.resolved = source.resolved;
          draft.attributionWhy = `the lede's closing attribution in sentence ${source.sentence.index + 1} ("${cueWords(source.sentence.text, source.own.attribution)}") covers it: ${CATEGORY_WORDS[source.resolved.category]}`;
        }
      }
    }
  }

  const width = Math.max(2, String(drafts.length).length);
  const dates: (ClaimDate | undefined)[] = [];
  const claims = drafts.map((draft, index): DraftedClaim => {
    const text = draft.sentence.text;
    const namedSpeaker = draft.own?.resolved.category === 'named';
    const choice = chooseDate(text, findDatePhrases(text), request.published, draft.own?.attribution, namedSpeaker);
    let date: ClaimDate | undefined = choice
      ? {
          start: choice.date.start,
          end: choice.date.end,
          precision: choice.date.precision,
          asWritten: tidyPhrase(choice.phrase.text),
          basis: choice.date.basis,
        }
      : undefined;
    // A sentence with no date phrase that carries on the one before it in its paragraph (no speaker of its own,
    // or one pointing back: "she said", "one of the sources said") is about the same time.
    const before = drafts[index - 1];
    const inherited =
      !choice &&
      before?.sentence.paragraph === draft.sentence.paragraph &&
      (!draft.own || draft.own.attribution.mention.refersBack === true)
        ? dates[index - 1]
        : undefined;
    if (inherited)
      date = { start: inherited.start, end: inherited.end, precision: inherited.precision, basis: 'inferred' };
    dates.push(date);
    const kind = draftKind({
      sentence: text,
      namedSpeaker,
      speechInClaim: draft.speechInClaim,
      datedAhead: date !== undefined && date.start > request.published,
      category: draft.resolved.category,
      dated: date !== undefined,
      forecastVerb: draft.own && attributesForecast(draft.own.attribution) ? draft.own.attribution.cue : undefined,
    });
    const notes = [`Attribution: ${draft.attributionWhy}.`, `Kind: ${kind.kind}, ${kind.why}.`];
    if (choice) {
      notes.push(`Date: ${describeDate(choice, request.published)}.`);
      if (kind.kind === 'statement' && !choice.attached) {
        notes.push('A statement is dated when it was said; this phrase may date what was said instead.');
      }
    } else if (inherited) {
      notes.push(`Date: none of its own; it carries on sentence ${index}, so it takes that sentence's date.`);
    } else notes.push('Date: the sentence gives none.');
    const order = index + 1;
    return {
      order,
      // A wire dateline is read apart from the sentences (src/lib/language/dateline.ts): no claim, no file name of it.
      name: `${String(order).padStart(width, '0')}-${claimSlug(text)}`,
      excerpt: text,
      kind: kind.kind,
      category: draft.resolved.category,
      chain: draft.resolved.chain,
      date,
      hedges: hedgeList(text),
      notes,
      paragraph: draft.sentence.paragraph,
    };
  });

  return {
    article: {
      id: request.articleId,
      title: request.title,
      publisher: book.publisher,
      published: request.published,
      url: request.url,
      language: request.language,
      body: request.body,
    },
    claims,
    newSources: book.proposed.filter(
      (source) => claims.some((claim) => claim.chain.includes(source)) || source === book.publisher,
    ),
  };
}
