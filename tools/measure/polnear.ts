/**
 * Measuring the drafter against PolNeAR (Newell, Margolin and Ruths, LREC 2018): news articles whose attributions
 * (Source, Cue, Content spans) were marked by trained annotators. Pure: the caller reads the corpus files (the
 * path comes only from the command line) and passes their text in; this module parses the brat standoff
 * annotations, tells which sentences are sourced, and compares the drafter's reading with the annotators'.
 *
 * The definitions (docs/drafter.md, "PolNeAR", in our words from the corpus's own documentation):
 * - a body sentence of three words or more is sourced when an attribution with a Source span and a speech or
 *   report cue has Content overlapping the sentence by at least three letters or digits;
 * - the drafter calls a sentence sourced when its claim's category is not `unattributed`;
 * - speaker agreement: see `speakersMatch`.
 */

/** A span of the annotated text: code-point offsets into the whole file, end exclusive; possibly in pieces. */
export interface Span {
  ranges: (readonly [number, number])[];
  text: string;
}

export interface Attribution {
  source?: Span | undefined;
  cue?: Span | undefined;
  contents: Span[];
}

/** The cue lists of the corpus's speech-cues.json. */
export interface SpeechCues {
  keep_lemmas: readonly string[];
  keep_phrases: readonly string[];
  exclude_lemmas: readonly string[];
}

/** Parse a brat standoff `.ann` file into its attributions (E lines), with their spans. */
export function parseAnnotations(ann: string): Attribution[] {
  const spans = new Map<string, Span>();
  const events: Map<string, string>[] = [];
  let last: Span | undefined;
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$/u.exec(line);
    if (t) {
      const ranges = (t[3] ?? '').split(';').map((piece) => {
        const [start, end] = piece.trim().split(/\s+/u).map(Number);
        return [start ?? 0, end ?? 0] as const;
      });
      last = { ranges, text: t[4] ?? '' };
      spans.set(t[1] ?? '', last);
      continue;
    }
    const e = /^E\d+\t(.*)$/u.exec(line);
    if (e) {
      last = undefined;
      const roles = new Map<string, string>();
      for (const part of (e[1] ?? '').trim().split(/\s+/u)) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role, id);
      }
      events.push(roles);
      continue;
    }
    // A span's text that runs over a newline continues on the next line.
    if (last && line !== '' && !/^[A-Z#]\d*\t/u.test(line)) last.text += `\n${line}`;
  }
  return events.map((roles) => {
    const pick = (role: string) => {
      const id = roles.get(role);
      return id === undefined ? undefined : spans.get(id);
    };
    return {
      source: pick('Source'),
      cue: pick('Cue'),
      contents: ['Content', 'Content2', 'Content3'].flatMap((role) => pick(role) ?? []),
    };
  });
}

/** Irregular past forms of the reporting verbs the cue lists name, to their lemma. */
const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  wrote: 'write',
  written: 'write',
  writing: 'write',
  read: 'read',
  thought: 'think',
  found: 'find',
  felt: 'feel',
  knew: 'know',
  known: 'know',
  saw: 'see',
  seen: 'see',
  heard: 'hear',
  spoke: 'speak',
  spoken: 'speak',
  understood: 'understand',
  sought: 'seek',
  forgot: 'forget',
  forgotten: 'forget',
  learnt: 'learn',
  shown: 'show',
  put: 'put',
};

/**
 * The lemmas a word may have: itself, and what stripping a regular ending (-s, -es, -ies, -ed, -d, -ied, -ing,
 * a doubled consonant) gives. A cue word matches a lemma list when any candidate is in it.
 */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/[^a-z]/gu, '');
  const out = new Set<string>([w]);
  const irregular = IRREGULAR[w];
  if (irregular) out.add(irregular);
  const add = (stem: string) => {
    if (stem.length < 2) return;
    out.add(stem);
    out.add(`${stem}e`);
    if (/([b-df-hj-np-tv-z])\1$/u.test(stem)) out.add(stem.slice(0, -1));
  };
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('ied')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) add(w.slice(0, -2));
  if (w.endsWith('s')) add(w.slice(0, -1));
  if (w.endsWith('ed')) add(w.slice(0, -2));
  if (w.endsWith('d')) add(w.slice(0, -1));
  if (w.endsWith('ing')) add(w.slice(0, -3));
  return [...out];
}

/** Whether a cue is speech or report: no word's lemma excluded, and one kept (or a kept phrase held). */
export function isSpeechCue(cue: string, cues: SpeechCues): boolean {
  const words = cue.toLowerCase().match(/[a-z']+/gu) ?? [];
  const keep = new Set(cues.keep_lemmas);
  const exclude = new Set(cues.exclude_lemmas);
  if (words.some((word) => lemmaCandidates(word).some((lemma) => exclude.has(lemma)))) return false;
  const folded = words.join(' ');
  if (cues.keep_phrases.some((phrase) => ` ${folded} `.includes(` ${phrase} `))) return true;
  return words.some((word) => lemmaCandidates(word).some((lemma) => keep.has(lemma)));
}

/**
 * The article as the drafter reads it: the headline (the file's first line) apart, and a markdown body in which
 * each line of the text is a paragraph and nothing is markup (every character markdown could read is escaped).
 */
export function drafterInput(text: string): { title: string; body: string } {
  const [title = '', ...rest] = text.split('\n');
  const body = rest
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line
        .replace(/[\\`*_{}[\]<>#|~!]/gu, (char) => `\\${char}`)
        .replace(/^(\d+)([.)])/u, '$1\\$2')
        .replace(/^([-+=])/u, '\\$1'),
    )
    .join('\n\n');
  return { title: title.trim(), body: `${body}\n` };
}

/** Where a sentence stands in the original text, in code-point offsets. */
export interface Located {
  start: number;
  end: number;
}

/**
 * Find each sentence in the original text, in order, ignoring white space (the drafter folds it). Offsets are code
 * points, as the annotations count them. A sentence not found (markdown changed it) is undefined.
 */
export function locateSentences(text: string, sentences: readonly string[]): (Located | undefined)[] {
  const points = Array.from(text);
  let squeezed = '';
  const at: number[] = [];
  for (const [index, char] of points.entries()) {
    if (/\s/u.test(char)) continue;
    squeezed += char;
    at.push(index);
  }
  // `squeezed` is indexed by UTF-16 unit; map each unit back to its code point.
  const unitToPoint: number[] = [];
  for (const [index, char] of Array.from(squeezed).entries()) {
    // An astral character is two UTF-16 units, both at the same code point.
    unitToPoint.push(...Array.from({ length: char.length }, () => at[index] ?? 0));
  }
  let cursor = 0;
  return sentences.map((sentence) => {
    const needle = sentence.replace(/\s+/gu, '');
    if (needle === '') return undefined;
    const found = squeezed.indexOf(needle, cursor);
    if (found < 0) return undefined;
    cursor = found + needle.length;
    const start = unitToPoint[found] ?? 0;
    const end = (unitToPoint[found + needle.length - 1] ?? start) + 1;
    return { start, end };
  });
}

/** How many letters or digits of `span` fall inside [start, end). */
function overlapLetters(points: readonly string[], span: Span, where: Located): number {
  let count = 0;
  for (const [from, to] of span.ranges) {
    for (let index = Math.max(from, where.start); index < Math.min(to, where.end); index++) {
      if (/[\p{L}\p{N}]/u.test(points[index] ?? '')) count++;
    }
  }
  return count;
}

/** The speech or report attributions with a Source whose Content covers a sentence (3 letters or digits or more). */
export function coveringAttributions(
  points: readonly string[],
  attributions: readonly Attribution[],
  where: Located,
  cues: SpeechCues,
): Attribution[] {
  return attributions.filter(
    (attribution) =>
      attribution.source !== undefined &&
      attribution.cue !== undefined &&
      isSpeechCue(attribution.cue.text, cues) &&
      attribution.contents.some((content) => overlapLetters(points, content, where) >= 3),
  );
}

const PRONOUNS = new Set(
  'i me my we us our you your he him his she her they them their it its this that who one someone'.split(' '),
);

/** Words a speaker match ignores: function words and titles. */
const IGNORED = new Set(
  (
    'the a an of and or for to in on at by with from as about their his her its our said ' +
    'mr mrs ms dr sen rep gov president vice presidential former senator governor secretary chairman chairwoman ' +
    'chair spokesman spokeswoman spokesperson director deputy chief executive candidate nominee democratic ' +
    'republican gop presumptive u s'
  ).split(' '),
);

/** Words that name nobody in particular: "officials", "sources", "people", "aides". */
const GENERIC = new Set(
  (
    'official officials source sources people person aide aides adviser advisers advisor advisors staff staffer ' +
    'staffers campaign member members supporter supporters critic critics analyst analysts expert experts ' +
    'observer observers voter voters democrat democrats republican republicans some many several other others ' +
    'senior top administration government one two three group familiar knowledge matter close report reports ' +
    'statement poll polls survey data news media organization organisation'
  ).split(' '),
);

/** A name's words for matching: lower case, possessives and a plural -s dropped, ignored words out. */
function matchWords(name: string): string[] {
  return (name.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [])
    .map((word) => word.replace(/['’]s?$/u, '').replace(/['’]/gu, ''))
    .filter((word) => word !== '' && !IGNORED.has(word));
}

const singular = (word: string) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word);

/** Whether a Source span is only a pronoun ("he", "she said", "they"). */
export function isPronounSource(text: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.length > 0 && words.every((word) => PRONOUNS.has(word));
}

/** "The Wall Street Journal" → "wsj": initials of a name's capitalised words. */
const initialsOf = (name: string) =>
  (name.match(/\p{Lu}[\p{L}]*/gu) ?? [])
    .filter((word) => word !== 'The')
    .map((word) => word.charAt(0).toLowerCase())
    .join('');

/**
 * The speaker rule. The drafter's innermost source and the annotated Source span agree when:
 * - they share a content word (titles and function words aside, possessives and a plural -s dropped), and the
 *   shared word is not generic ("officials", "sources", "aides"); or
 * - one of them is made only of generic words and all those words appear in the other ("officials" matches
 *   "senior administration officials"); or
 * - one is an acronym of the other's capitalised words ("WSJ" and "The Wall Street Journal").
 */
export function speakersMatch(drafted: string, annotated: string): boolean {
  const a = matchWords(drafted).map(singular);
  const b = matchWords(annotated).map(singular);
  const inB = new Set(b);
  if (a.some((word) => inB.has(word) && !GENERIC.has(word))) return true;
  const genericOnly = (words: string[]) => words.length > 0 && words.every((word) => GENERIC.has(word));
  if (genericOnly(a) && a.every((word) => inB.has(word))) return true;
  const inA = new Set(a);
  if (genericOnly(b) && b.every((word) => inA.has(word))) return true;
  const acronym = (short: string, long: string) =>
    /^[\p{Lu}.&]{2,6}$/u.test(short.replace(/^the\s+/iu, '')) &&
    short.replace(/^the\s+|\./giu, '').toLowerCase() === initialsOf(long);
  return acronym(drafted.trim(), annotated) || acronym(annotated.trim(), drafted);
}

/** One drafted sentence: its text, whether the drafter called it sourced, and its innermost source's name. */
export interface DraftedSentence {
  text: string;
  sourced: boolean;
  speaker?: string | undefined;
  /** Why the drafter read it so (its first note), for a verbose listing. */
  why?: string | undefined;
}

export interface SentenceVerdict {
  text: string;
  goldSourced: boolean;
  draftSourced: boolean;
  /** undefined when the sentence is outside the speaker figure. */
  speaker?: boolean | undefined;
  /** The annotated Source spans of the attributions covering the sentence. */
  goldSpeakers: string[];
  draftSpeaker?: string | undefined;
  why?: string | undefined;
}

export interface ArticleScore {
  truePositive: number;
  falsePositive: number;
  falseNegative: number;
  trueNegative: number;
  speakerAgree: number;
  speakerTotal: number;
  /** Sentences not found in the original text (left out of every figure). */
  unlocated: number;
  verdicts: SentenceVerdict[];
}

/**
 * Compare the drafter's sentences with the annotations of one article. A sentence of fewer than three words is
 * left out. Speaker: among sentences both call sourced, those covered by an attribution whose Source is not only
 * a pronoun; the drafter agrees when its innermost source matches any of those Source spans (`speakersMatch`).
 */
export function scoreArticle(
  text: string,
  ann: string,
  drafted: readonly DraftedSentence[],
  cues: SpeechCues,
): ArticleScore {
  const points = Array.from(text);
  const attributions = parseAnnotations(ann);
  const located = locateSentences(
    text,
    drafted.map((sentence) => sentence.text),
  );
  const score: ArticleScore = {
    truePositive: 0,
    falsePositive: 0,
    falseNegative: 0,
    trueNegative: 0,
    speakerAgree: 0,
    speakerTotal: 0,
    unlocated: 0,
    verdicts: [],
  };
  for (const [index, sentence] of drafted.entries()) {
    if ((sentence.text.match(/[\p{L}\p{N}]+/gu) ?? []).length < 3) continue;
    const where = located[index];
    if (!where) {
      score.unlocated++;
      continue;
    }
    const covering = coveringAttributions(points, attributions, where, cues);
    const goldSourced = covering.length > 0;
    const verdict: SentenceVerdict = {
      text: sentence.text,
      goldSourced,
      draftSourced: sentence.sourced,
      goldSpeakers: covering.map((attribution) => attribution.source?.text ?? ''),
      draftSpeaker: sentence.speaker,
      why: sentence.why,
    };
    if (goldSourced && sentence.sourced) score.truePositive++;
    else if (sentence.sourced) score.falsePositive++;
    else if (goldSourced) score.falseNegative++;
    else score.trueNegative++;
    if (goldSourced && sentence.sourced) {
      const named = verdict.goldSpeakers.filter((speaker) => !isPronounSource(speaker));
      if (named.length > 0) {
        verdict.speaker = named.some((speaker) => speakersMatch(sentence.speaker ?? '', speaker));
        score.speakerTotal++;
        if (verdict.speaker) score.speakerAgree++;
      }
    }
    score.verdicts.push(verdict);
  }
  return score;
}

export interface PolnearTotals {
  articles: number;
  sentences: number;
  unlocated: number;
  precision: number;
  recall: number;
  f1: number;
  speakerAgree: number;
  speakerTotal: number;
  speaker: number;
}

/** Add up article scores into precision, recall, F1 and speaker agreement. */
export function totals(scores: readonly ArticleScore[]): PolnearTotals {
  const sum = (pick: (score: ArticleScore) => number) => scores.reduce((total, score) => total + pick(score), 0);
  const tp = sum((score) => score.truePositive);
  const fp = sum((score) => score.falsePositive);
  const fn = sum((score) => score.falseNegative);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const speakerAgree = sum((score) => score.speakerAgree);
  const speakerTotal = sum((score) => score.speakerTotal);
  return {
    articles: scores.length,
    sentences: sum((score) => score.verdicts.length),
    unlocated: sum((score) => score.unlocated),
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    speakerAgree,
    speakerTotal,
    speaker: speakerTotal === 0 ? 0 : speakerAgree / speakerTotal,
  };
}

/** Publisher codes of the corpus's metadata.tsv, as the publishers name themselves. */
export const POLNEAR_PUBLISHERS: Readonly<Record<string, string>> = {
  'huff-post': 'HuffPost',
  breitbart: 'Breitbart',
  nyt: 'The New York Times',
  politico: 'Politico',
  'wash-post': 'The Washington Post',
  'west-journal': 'Western Journalism',
  'usa-today': 'USA Today',
};

export interface PolnearArticleMeta {
  filename: string;
  compartment: string;
  publisher: string;
  published: string;
}

/** The rows of metadata.tsv: file name, split, publisher name and publication day. */
export function parseMetadata(tsv: string): PolnearArticleMeta[] {
  const [header = '', ...rows] = tsv.split('\n').filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const column = (name: string) => columns.indexOf(name);
  return rows.map((row) => {
    const cells = row.split('\t');
    const code = cells[column('publisher')] ?? '';
    return {
      filename: cells[column('filename')] ?? '',
      compartment: cells[column('compartment')] ?? '',
      publisher: POLNEAR_PUBLISHERS[code] ?? code,
      published: (cells[column('publication_date')] ?? '').slice(0, 10),
    };
  });
}
