import { addDays, isoWeekday, rangeFor, type Precision } from '../../src/lib/language/dates.ts';
import { truncateAtWord } from '../../src/lib/language/plain-text.ts';
import type { ClaimDate, ClaimKind, SourcingCategory } from '../../src/lib/schema/claim.ts';
import type { SourceData } from '../../src/lib/schema/source.ts';
import { outcome, type Outcome } from '../../src/lib/schema/follow-up.ts';
import type { Claim } from '../../src/lib/site/model.ts';
import { splitSentences } from '../../src/lib/language/sentences.ts';
import { seededRandom, type Random } from './random.ts';
import {
  ACTIONS,
  ACTORS,
  CONTEXTS,
  CONTINUATIONS,
  FIRST_NAMES,
  HEADINGS,
  HEDGES,
  JUDGEMENTS,
  LAST_NAMES,
  MONTHS,
  OFFICIAL_GROUPS,
  OUTLETS,
  PERSON_ROLES,
  PLACES,
  PROJECTS,
  PUBLISHER_COUNT,
  SOURCE_GROUPS,
  SPEECH_VERBS,
  WEEKDAYS,
} from './vocabulary.ts';

/**
 * The benchmark corpus: a generated `content/` tree of N claims over several articles, with the shape of real
 * content (paragraphs and cross-heads, attributed and continuing sentences, hedges, stated and inferred dates,
 * outlets, named people and anonymous groups, GFM notes, follow-ups) so that a bench build does the work a real one
 * does.
 *
 * Pure and seeded: the same `{ claims, seed }` gives the same files, byte for byte. Every sentence of every
 * article is in exactly one claim, chains start at the publisher and agree with their category, and dates fit
 * their precision, so the corpus passes `checkContent` with no problem (tests/unit/bench-corpus.test.ts).
 */

export interface CorpusOptions {
  /** How many claims in all. */
  claims: number;
  /** Any whole number; the same seed gives the same corpus. */
  seed: number;
}

export interface CorpusSource {
  id: string;
  data: SourceData;
}

export interface CorpusArticle {
  id: string;
  title: string;
  publisher: string;
  published: string;
  url: string;
  reReports?: { outlet: string; title: string; published: string } | undefined;
  /** Markdown body: `##` cross-heads and one paragraph a line. */
  body: string;
}

/** A claim as its file holds it: the site's claim without what the site works out (its id, its hedges). */
export interface CorpusClaim extends Omit<Claim, 'id' | 'hedges' | 'corrections' | 'firstPublished'> {
  /** File name without `.md` (`07-the-port-authority-delayed`). */
  name: string;
  /** The editor's note, GitHub-flavoured markdown. */
  note: string;
}

/** What happened after an article: a follow-up that settles some of its claims (src/lib/schema/follow-up.ts). */
export interface CorpusFollowUp {
  id: string;
  date: string;
  summary: string;
  citations: { outlet: string; url: string; published: string }[];
  resolves: { claim: string; outcome: Outcome; reason: string }[];
  /** The editor's note, markdown. */
  note: string;
}

export interface Corpus {
  sources: CorpusSource[];
  articles: CorpusArticle[];
  claims: CorpusClaim[];
  followUps: CorpusFollowUp[];
}

/** A file of the generated tree, path relative to the project root. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** Claims per article: news articles run to a few dozen sentences. */
const ARTICLE_CLAIMS = { min: 18, max: 60 } as const;
/** Publication days spread over two years, so that a timeline has many periods to split by. */
const FIRST_DAY = '2024-01-01';
const DAY_SPAN = 730;

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lower-case words joined by hyphens, the content's id format. */
export function slugify(text: string, words = 8): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join('-');
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

/** Every combination of a template list with the places, each once, in a seeded order. */
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = random.int(0, index);
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

interface Pools {
  publishers: CorpusSource[];
  outlets: CorpusSource[];
  people: CorpusSource[];
  officials: CorpusSource[];
  anonymous: CorpusSource[];
}

/** The source pool grows with the corpus, as a real site's would: more stories quote more people. */
function makeSources(random: Random, claims: number): Pools {
  const outlets: CorpusSource[] = OUTLETS.map((outlet) => ({
    id: outlet.id,
    data: {
      type: 'outlet',
      name: outlet.name,
      ...('shortName' in outlet ? { shortName: outlet.shortName } : {}),
      homepage: `https://${outlet.id}.example/`,
      country: outlet.country,
    },
  }));
  const names = shuffled(
    random,
    FIRST_NAMES.flatMap((first) => LAST_NAMES.map((last) => `${first} ${last}`)),
  ).slice(0, Math.max(6, Math.ceil(claims / 40)));
  const people: CorpusSource[] = names.map((name) => {
    const role = random.pick(PERSON_ROLES);
    const place = random.pick(PLACES);
    return {
      id: slugify(name),
      data: {
        type: 'person',
        name,
        role: fill(role.role, { place }),
        affiliation: capitalize(fill(role.affiliation, { place })),
      },
    };
  });
  const groups = (
    templates: readonly { name: string; role: string; side: string }[],
    sourcing: 'anonymous-official' | 'anonymous-source',
    count: number,
  ): CorpusSource[] => {
    const all = new Map<string, CorpusSource>();
    for (const template of templates)
      for (const place of PLACES) {
        const name = fill(template.name, { place });
        all.set(name, {
          id: slugify(name, 12),
          data: { type: 'group', name, sourcing, role: template.role, side: fill(template.side, { place }) },
        });
      }
    return shuffled(random, [...all.values()]).slice(0, count);
  };
  return {
    publishers: outlets.slice(0, PUBLISHER_COUNT),
    outlets,
    people,
    officials: groups(OFFICIAL_GROUPS, 'anonymous-official', Math.max(3, Math.ceil(claims / 150))),
    anonymous: groups(SOURCE_GROUPS, 'anonymous-source', Math.max(2, Math.ceil(claims / 200))),
  };
}

interface Dated {
  phrase: string;
  date: ClaimDate;
}

function dateOf(day: string, precision: Precision, asWritten: string, basis: 'stated' | 'inferred'): Dated {
  return { phrase: asWritten, date: { ...rangeFor(precision, day), precision, asWritten, basis } };
}

const monthName = (day: string) => MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
const weekdayName = (day: string) => WEEKDAYS[isoWeekday(day) - 1] ?? '';
const dayOfMonth = (day: string) => String(Number(day.slice(8, 10)));

/** A date phrase relative to the publication day, and the range it means. */
function datePhrase(random: Random, published: string, tense: 'past' | 'future'): Dated {
  const year = published.slice(0, 4);
  if (tense === 'past') {
    switch (random.int(0, 6)) {
      case 0: {
        const day = addDays(published, -random.int(1, 5));
        return dateOf(day, 'day', `on ${weekdayName(day)}`, 'inferred');
      }
      case 1: {
        const day = addDays(published, -random.int(1, 80));
        return dateOf(day, 'day', `on ${monthName(day)} ${dayOfMonth(day)}`, 'stated');
      }
      case 2:
        return dateOf(published, 'week', 'this week', 'inferred');
      case 3:
        return dateOf(addDays(published, -7), 'week', 'last week', 'inferred');
      case 4: {
        const day = addDays(published, -random.int(35, 300));
        return dateOf(day, 'month', `in ${monthName(day)} ${day.slice(0, 4)}`, 'stated');
      }
      case 5:
        return dateOf(addDays(`${published.slice(0, 7)}-01`, -1), 'month', 'last month', 'inferred');
      default:
        return dateOf(published, 'year', `earlier in ${year}`, 'stated');
    }
  }
  switch (random.int(0, 4)) {
    case 0:
      return dateOf(addDays(published, 7), 'week', 'next week', 'inferred');
    case 1: {
      const day = addDays(published, random.int(3, 120));
      return dateOf(day, 'day', `on ${monthName(day)} ${dayOfMonth(day)}`, 'stated');
    }
    case 2:
      return dateOf(addDays(`${published.slice(0, 7)}-28`, 7), 'month', 'next month', 'inferred');
    case 3: {
      const day = addDays(published, random.int(40, 400));
      return dateOf(day, 'month', `in ${monthName(day)} ${day.slice(0, 4)}`, 'stated');
    }
    default:
      return dateOf(`${Number(year) + 1}-06-01`, 'year', 'next year', 'inferred');
  }
}

/** Who a sentence rests on, as the text names them and as the chain records them. */
interface Speaker {
  category: SourcingCategory;
  chain: string[];
  /** How the text names the innermost source ("Ana Ruiz", "a senior official in Northport"). */
  name: string;
  /** A named person's role, given at first mention. */
  role?: string | undefined;
}

interface ArticleCast {
  publisher: CorpusSource;
  via: CorpusSource | undefined;
  cited: CorpusSource[];
  people: CorpusSource[];
  officials: CorpusSource[];
  anonymous: CorpusSource[];
  place: string;
  project: string;
  published: string;
}

function pickSpeaker(random: Random, cast: ArticleCast): Speaker {
  const outer = [cast.publisher.id, ...(cast.via ? [cast.via.id] : [])];
  const roll = random.next();
  if (roll < 0.2) return { category: 'unattributed', chain: [cast.publisher.id], name: cast.publisher.data.name };
  if (roll < 0.35) {
    const outlet = cast.via && random.chance(0.6) ? cast.via : random.pick(cast.cited);
    return { category: 'outlet', chain: [cast.publisher.id, outlet.id], name: outlet.data.name };
  }
  if (roll < 0.65) {
    const person = random.pick(cast.people);
    const role = person.data.type === 'person' ? person.data.role : undefined;
    const chain = random.chance(0.5) ? [cast.publisher.id, person.id] : [...outer, person.id];
    return { category: 'named', chain, name: person.data.name, role };
  }
  const group = roll < 0.85 ? random.pick(cast.officials) : random.pick(cast.anonymous);
  const category = group.data.type === 'group' ? group.data.sourcing : 'anonymous-source';
  return { category, chain: [...outer, group.id], name: group.data.name };
}

interface Sentence {
  text: string;
  kind: ClaimKind;
  date?: Dated | undefined;
  /** The claim's words without attribution, for a headline. */
  gist: string;
}

const amount = (random: Random) => `${random.int(2, 900)} million euros`;

function eventClause(random: Random, cast: ArticleCast, tense: 'past' | 'future'): string {
  const action = random.pick(ACTIONS);
  const verb = fill(tense === 'past' ? action.past : action.base, {
    amount: amount(random),
    jobs: String(random.int(20, 4000)),
  });
  const project = random.chance(0.8) ? cast.project : random.pick(PROJECTS);
  const where = random.chance(0.4) ? ` in ${random.chance(0.7) ? cast.place : random.pick(PLACES)}` : '';
  const actor = random.pick(ACTORS);
  return tense === 'past'
    ? `${actor} ${verb} ${project}${where}`
    : `${actor} ${random.pick(HEDGES)} ${verb} ${project}${where}`;
}

/** The opening sentence of a claim: it carries its own attribution (or none, in the publisher's voice). */
function attributedSentence(random: Random, cast: ArticleCast, speaker: Speaker, firstMention: boolean): Sentence {
  if (speaker.category === 'unattributed') {
    if (random.chance(0.3)) {
      const context = random.pick(CONTEXTS);
      const year = String(Number(cast.published.slice(0, 4)) - random.int(1, 30));
      const text = fill(context.text, {
        Place: cast.place,
        Project: capitalize(cast.project),
        n: String(random.int(context.n[0], context.n[1])),
        year,
      });
      const date = context.dated ? dateOf(`${year}-01-01`, 'year', `in ${year}`, 'stated') : undefined;
      return { text, kind: 'context', date, gist: text.replace(/\.$/, '') };
    }
    const clause = eventClause(random, cast, 'past');
    const date = datePhrase(random, cast.published, 'past');
    if (random.chance(0.3)) {
      const opener = capitalize(date.phrase);
      return {
        text: `${opener}, ${clause}.`,
        kind: 'event',
        date: { phrase: opener, date: { ...date.date, asWritten: opener } },
        gist: clause,
      };
    }
    return { text: `${capitalize(clause)} ${date.phrase}.`, kind: 'event', date, gist: clause };
  }
  const kindRoll = random.next();
  const kind: ClaimKind =
    speaker.category === 'named' && kindRoll < 0.35
      ? 'statement'
      : kindRoll < 0.6
        ? 'event'
        : kindRoll < 0.85
          ? 'prediction'
          : 'assessment';
  const tense = kind === 'prediction' ? 'future' : 'past';
  const clause =
    kind === 'assessment'
      ? `${random.chance(0.7) ? cast.project : random.pick(PROJECTS)} is ${random.pick(JUDGEMENTS)}`
      : eventClause(random, cast, tense);
  const said = kind === 'statement' ? datePhrase(random, cast.published, 'past') : undefined;
  const own = kind === 'event' || kind === 'prediction' ? random.chance(0.7) : false;
  const date = said ?? (own ? datePhrase(random, cast.published, tense) : undefined);
  const when = said || !date ? '' : ` ${date.phrase}`;
  const verb = random.pick(SPEECH_VERBS);
  const named = firstMention && speaker.role ? `${speaker.name}, ${speaker.role},` : speaker.name;
  let text: string;
  if (speaker.category === 'outlet') {
    text = random.chance(0.5)
      ? `According to ${speaker.name}, ${clause}${when}.`
      : `${capitalize(clause)}${when}, ${speaker.name} reports.`;
  } else if (said) {
    text = `${capitalize(named)} ${verb} ${said.phrase} that ${clause}.`;
  } else {
    // A named source's words with a verb of saying are a statement (src/lib/content/cue-warnings.ts warns otherwise), so
    // a named source's other kinds of claim come with "According to".
    const form = speaker.category === 'named' && kind !== 'statement' ? 0 : random.int(0, 2);
    text =
      form === 0
        ? `According to ${speaker.name}, ${clause}${when}.`
        : form === 1 || speaker.category !== 'named'
          ? `${capitalize(named)} ${verb} that ${clause}${when}.`
          : `"${capitalize(clause)}${when}," ${speaker.name} ${verb}.`;
  }
  return { text, kind, date, gist: clause };
}

/** A sentence with no attribution of its own: it continues the one before. */
function continuationSentence(random: Random, cast: ArticleCast): Sentence {
  const template = random.pick(CONTINUATIONS);
  const text = fill(template.text, {
    Project: capitalize(cast.project),
    project: cast.project,
    place: cast.place,
    n: String(random.int(template.n[0], template.n[1])),
  });
  return { text, kind: template.kind, gist: text.replace(/\.$/, '') };
}

/**
 * Adds a sentence to a paragraph only when it is new to the article and the shared splitter reads it back as
 * exactly one more sentence; otherwise tries a fresh one. Generation can then never drift from the check.
 */
function accept(paragraph: string[], seen: Set<string>, make: () => Sentence): Sentence {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sentence = make();
    if (seen.has(sentence.text)) continue;
    const parts = splitSentences([...paragraph, sentence.text].join(' '));
    if (parts.length !== paragraph.length + 1 || parts.at(-1)?.text !== sentence.text) continue;
    seen.add(sentence.text);
    paragraph.push(sentence.text);
    return sentence;
  }
  throw new Error(`could not generate a new sentence after: ${paragraph.join(' ')}`);
}

function note(random: Random, cast: ArticleCast, claim: Omit<CorpusClaim, 'note' | 'name'>, speaker: Speaker) {
  const blocks: string[] = [];
  const source =
    speaker.category === 'unattributed'
      ? `**${cast.publisher.data.name}**, speaking in its own voice`
      : `**${speaker.name}** (${speaker.category.replace('-', ' ')})`;
  blocks.push(
    `This ${claim.kind} rests on ${source}.${claim.date ? ` The date is ${claim.date.basis}${claim.date.asWritten ? ` from "${claim.date.asWritten}"` : ''}.` : ''}`,
  );
  const outletSlug = (cast.via ?? cast.publisher).id;
  const extras = [
    () =>
      `See [the original report](https://${outletSlug}.example/archive/${slugify(cast.project)}/) for the full text.`,
    () => `- [x] Excerpt copied verbatim\n- [${random.chance(0.5) ? 'x' : ' '}] Confirmed by a second outlet`,
    () =>
      `| Field | Value |\n| --- | --- |\n| Publisher | ${cast.publisher.data.name} |\n| Sourcing | ${claim.attribution.category} |`,
    () => `An earlier version of the story gave ~~${amount(random)}~~; the figure was corrected the same day.`,
    () => `Background on ${cast.project}: https://${slugify(cast.place)}.example/projects/${slugify(cast.project)}`,
    () => `_Follow-up pending:_ no other outlet has reported this yet.`,
    () =>
      `1. What the text says\n2. What ${cast.place} officials have confirmed\n3. What is \`still open\` after ${random.int(2, 30)} days`,
  ];
  for (const make of shuffled(random, extras).slice(0, random.int(0, 3))) blocks.push(make());
  return blocks.join('\n\n');
}

function generateArticle(random: Random, pools: Pools, index: number, claimCount: number) {
  const publisher = random.pick(pools.publishers);
  const others = pools.outlets.filter((outlet) => outlet.id !== publisher.id);
  const via = random.chance(0.5) ? random.pick(others) : undefined;
  const cited = shuffled(
    random,
    others.filter((outlet) => outlet.id !== via?.id),
  ).slice(0, 2);
  const cast: ArticleCast = {
    publisher,
    via,
    cited,
    people: shuffled(random, pools.people).slice(0, random.int(2, 3 + Math.floor(claimCount / 12))),
    officials: shuffled(random, pools.officials).slice(0, random.int(1, 2 + Math.floor(claimCount / 25))),
    anonymous: shuffled(random, pools.anonymous).slice(0, random.int(1, 2)),
    place: random.pick(PLACES),
    project: random.pick(PROJECTS),
    published: addDays(FIRST_DAY, random.int(0, DAY_SPAN - 1)),
  };
  const headlineClause = eventClause(random, cast, 'past');
  const title = `${cast.place}: ${capitalize(headlineClause)}`;
  const id = `${slugify(`${cast.place} ${cast.project.replace(/^the /, '')}`)}-${index + 1}`;
  const width = Math.max(2, String(claimCount).length);

  const body: string[] = [];
  const claims: CorpusClaim[] = [];
  const seen = new Set<string>();
  const mentioned = new Set<string>();
  let paragraph: string[] = [];
  let paragraphClaims = 0;
  let paragraphLimit = 0;
  let paragraphs = 0;
  let previous: { speaker: Speaker } | undefined;
  const closeParagraph = () => {
    if (paragraph.length > 0) body.push(paragraph.join(' '));
    paragraph = [];
    paragraphClaims = 0;
  };
  for (let order = 1; order <= claimCount; order++) {
    if (paragraphClaims >= paragraphLimit) {
      closeParagraph();
      paragraphLimit = random.int(1, 3);
      if (paragraphs > 0 && random.chance(0.25)) body.push(`## ${fill(random.pick(HEADINGS), { place: cast.place })}`);
      paragraphs++;
    }
    // A claim after the first of its paragraph often carries no attribution of its own and continues the one
    // before it (docs/editing.md: "A sentence with no attribution of its own usually continues…").
    const continues = previous !== undefined && paragraphClaims > 0 && random.chance(0.4);
    const speaker = continues && previous ? previous.speaker : pickSpeaker(random, cast);
    const firstMention = !mentioned.has(speaker.chain.at(-1) ?? '');
    mentioned.add(speaker.chain.at(-1) ?? '');
    const first = accept(paragraph, seen, () =>
      continues ? continuationSentence(random, cast) : attributedSentence(random, cast, speaker, firstMention),
    );
    const sentences = [first];
    const extra = random.chance(0.2) ? random.int(1, 2) : 0;
    for (let count = 0; count < extra; count++)
      sentences.push(accept(paragraph, seen, () => continuationSentence(random, cast)));
    paragraphClaims++;

    const rationale = continues
      ? `No attribution of its own: it continues the sentence before, which rests on ${speaker.name}.`
      : first.date?.date.basis === 'inferred'
        ? `"${first.date.phrase}" is read from the publication day, ${cast.published}.`
        : undefined;
    const headline = random.chance(0.8) ? truncateAtWord(capitalize(first.gist), 120) : undefined;
    const partial = {
      article: id,
      order,
      excerpt: sentences.map((sentence) => sentence.text).join(' '),
      headline,
      kind: first.kind,
      attribution: { category: speaker.category, chain: speaker.chain },
      date: first.date?.date,
      rationale,
    };
    claims.push({
      ...partial,
      name: `${String(order).padStart(width, '0')}-${slugify(first.gist, 5)}`,
      note: note(random, cast, partial, speaker),
    });
    previous = { speaker };
  }
  closeParagraph();

  const article: CorpusArticle = {
    id,
    title,
    publisher: publisher.id,
    published: cast.published,
    url: `https://${publisher.id}.example/news/${id}/`,
    reReports: via
      ? { outlet: via.id, title: capitalize(headlineClause), published: addDays(cast.published, -1) }
      : undefined,
    body: body.join('\n\n'),
  };
  return { article, claims };
}

/** Splits N claims into articles of realistic length; the last article takes what is left. */
export function articleSizes(random: Random, claims: number): number[] {
  const sizes: number[] = [];
  let left = claims;
  while (left > 0) {
    const size = Math.min(left, random.int(ARTICLE_CLAIMS.min, ARTICLE_CLAIMS.max));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function generateCorpus(options: CorpusOptions): Corpus {
  if (!Number.isInteger(options.claims) || options.claims < 1)
    throw new RangeError(`claims must be a whole number of at least 1, not ${options.claims}`);
  const random = seededRandom(options.seed);
  const pools = makeSources(random, options.claims);
  const articles: CorpusArticle[] = [];
  const claims: CorpusClaim[] = [];
  for (const [index, size] of articleSizes(random, options.claims).entries()) {
    const generated = generateArticle(random, pools, index, size);
    articles.push(generated.article);
    claims.push(...generated.claims);
  }
  const sources = [...pools.outlets, ...pools.people, ...pools.officials, ...pools.anonymous];
  // Drawn after every article, so that adding follow-ups left the articles and claims of a seed as they were.
  return { sources, articles, claims, followUps: generateFollowUps(random, pools, articles, claims) };
}

/** About one article in three gets a follow-up, as stories with predictions are followed up. */
const FOLLOW_UP_CHANCE = 0.35;
const OUTCOMES = outcome.options;
const OUTCOME_REASONS = {
  confirmed: 'It happened as the claim said it would.',
  partly: 'Part of it happened; the rest did not, or not yet.',
  refuted: 'It did not happen as the claim said it would.',
  open: 'Nothing has settled it yet; the matter is still open.',
} as const;

/**
 * Follow-ups settling some of the claims (predictions first, then any) of about a third of the articles, each dated
 * after its article, citing one or two of the outlets, with a one-line reason per claim and a short note.
 */
function generateFollowUps(
  random: Random,
  pools: Pools,
  articles: readonly CorpusArticle[],
  claims: readonly CorpusClaim[],
): CorpusFollowUp[] {
  const byArticle = new Map<string, CorpusClaim[]>();
  for (const claim of claims) byArticle.set(claim.article, [...(byArticle.get(claim.article) ?? []), claim]);
  const followUps: CorpusFollowUp[] = [];
  for (const article of articles) {
    if (!random.chance(FOLLOW_UP_CHANCE)) continue;
    const own = byArticle.get(article.id) ?? [];
    const predictions = own.filter((claim) => claim.kind === 'prediction');
    const candidates = predictions.length > 0 ? predictions : own;
    const settled = shuffled(random, candidates).slice(0, random.int(1, Math.min(3, candidates.length)));
    if (settled.length === 0) continue;
    const date = addDays(article.published, random.int(2, 90));
    const outlets = shuffled(random, pools.outlets).slice(0, random.int(1, 2));
    const headline = article.title.replace(/^[^:]*:\s*/u, '');
    followUps.push({
      id: `${article.id}-follow-up`,
      date,
      summary: `Reports on ${date} told what came of it: ${truncateAtWord(headline, 200)}.`,
      citations: outlets.map((outlet) => ({
        outlet: outlet.id,
        url: `https://${outlet.id}.example/news/${article.id}-follow-up/`,
        published: date,
      })),
      resolves: settled.map((claim) => {
        const outcome = random.pick(OUTCOMES);
        return { claim: `${claim.article}/${claim.name}`, outcome, reason: OUTCOME_REASONS[outcome] };
      }),
      note: `What the reports said, as ${outlets.map((outlet) => `**${outlet.data.name}**`).join(' and ')} told it.`,
    });
  }
  return followUps;
}

/** A YAML scalar: JSON strings are valid YAML double-quoted scalars, so quoting is always safe. */
const scalar = (value: string | number | boolean) =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

function yamlLines(record: Record<string, unknown>, indent = ''): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      lines.push(`${indent}${key}:`, ...value.map((item) => `${indent}  - ${scalar(item as string)}`));
    } else if (typeof value === 'object' && value !== null) {
      lines.push(`${indent}${key}:`, ...yamlLines(value as Record<string, unknown>, `${indent}  `));
    } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      // Days unquoted, as editors write them (the schema accepts both readings; see src/lib/schema/common.ts).
      lines.push(`${indent}${key}: ${value}`);
    } else {
      lines.push(`${indent}${key}: ${scalar(value as string | number | boolean)}`);
    }
  }
  return lines;
}

/** The corpus as the files of a `content/` tree. */
export function corpusFiles(corpus: Corpus): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const source of corpus.sources)
    files.push({ path: `content/sources/${source.id}.yaml`, text: `${yamlLines({ ...source.data }).join('\n')}\n` });
  for (const article of corpus.articles) {
    const { id, body, ...frontmatter } = article;
    const yaml = yamlLines({ ...frontmatter, language: 'en' }).join('\n');
    files.push({ path: `content/articles/${id}.md`, text: `---\n${yaml}\n---\n\n${body}\n` });
  }
  for (const claim of corpus.claims) {
    const { name, note: body, ...frontmatter } = claim;
    const yaml = yamlLines({ ...frontmatter }).join('\n');
    files.push({ path: `content/claims/${claim.article}/${name}.md`, text: `---\n${yaml}\n---\n\n${body}\n` });
  }
  for (const followUp of corpus.followUps) {
    const { id, note: body, summary, date, citations, resolves } = followUp;
    const list = (key: string, items: readonly Record<string, string>[]) => [
      `${key}:`,
      ...items.flatMap((item) =>
        Object.entries(item).map(
          ([field, value], at) => `${at === 0 ? '  - ' : '    '}${yamlLines({ [field]: value })[0] ?? ''}`,
        ),
      ),
    ];
    const yaml = [...yamlLines({ date, summary }), ...list('citations', citations), ...list('resolves', resolves)];
    files.push({ path: `content/follow-ups/${id}.md`, text: `---\n${yaml.join('\n')}\n---\n\n${body}\n` });
  }
  return files;
}
