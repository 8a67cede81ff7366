import { z } from 'astro/zod';
import {
  articleSentences,
  foldWhitespace,
  readArticle,
  type ArticleBlock,
  type ArticleSentence,
} from '../language/article-text.ts';
import { withHistory, type LoadedContent } from '../site/corrections.ts';
import { kindCueWarnings } from './cue-warnings.ts';
import { hedgeList } from '../language/cues.ts';
import { toCitation, type SiteContent } from '../site/model.ts';
import { readMarkdown, readYaml, type ContentFile } from './parse-file.ts';
import { parseIsoDay, precisionMismatch } from '../language/dates.ts';
import { checkFollowUps, FOLLOW_UP_PLACE, isFollowUpPath, type CheckedFollowUp } from './follow-up-check.ts';
import { contentError as error, didYouMean, fieldName, sortProblems, type Problem } from './problems.ts';
import { reviewProblems, withoutDrafterNotes, type ReviewOptions } from './review-check.ts';
import { validateFile } from './schema-problems.ts';
import { describeChanges, staleMatch } from './excerpt-diff.ts';
import { articleSchema } from '../schema/article.ts';
import { claimSchema } from '../schema/claim.ts';
import { categoryForChain, sourceSchema, type SourceData } from '../schema/source.ts';
import { splitSentences } from '../language/sentences.ts';
import { withoutDateline } from '../language/dateline.ts';

/**
 * The content check: every rule that keeps `content/` publishable, in one place. `npm run check:content` and
 * the build (src/integrations/content-integrity.ts) both call `checkContent`, so a mistake that fails one fails
 * the other. It takes file bytes, not paths, so that it reads no disk and is tested on fixtures in memory.
 */

/** References are plain ids here; the check resolves them itself so that it can say on which line they stand. */
const idRef = z.string().min(1, 'must name an id');
export const articleFrontmatter = articleSchema(idRef);
export const claimFrontmatter = claimSchema(idRef, idRef);

export type ArticleData = z.output<typeof articleFrontmatter>;
export type ClaimData = z.output<typeof claimFrontmatter>;

export interface RawFile {
  /** Path relative to the project root, with forward slashes (`content/claims/x/01-a.md`). */
  path: string;
  bytes: Uint8Array;
  /** Why the file was not read (a link out of `content/`, a file over the size limit): reported as its problem. */
  refusal?: string | undefined;
}

export interface CheckedSource {
  id: string;
  file: string;
  data: SourceData;
}

export interface CheckedArticle {
  id: string;
  file: string;
  data: ArticleData;
  /** The markdown body, `\n` line endings. */
  body: string;
  blocks: ArticleBlock[];
  sentences: ArticleSentence[];
}

export interface CheckedClaim {
  /** `<article-id>/<file name without .md>`, unique across the site. */
  id: string;
  file: string;
  data: ClaimData;
  /** The editor's note (markdown). */
  note: string;
  /** Indexes of the article sentences the excerpt covers, when it aligns with them. */
  sentences: number[];
}

export interface CheckedContent {
  sources: Map<string, CheckedSource>;
  articles: Map<string, CheckedArticle>;
  claims: CheckedClaim[];
  /** By date, then id. */
  followUps: CheckedFollowUp[];
  /** First-published day by path, once read from history (src/lib/content/git-history.ts). */
  firstPublished?: Readonly<Record<string, string>> | undefined;
}

export interface CheckResult {
  problems: Problem[];
  content: CheckedContent;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1).replace(/\.(md|ya?ml)$/, '');

interface Entry {
  file: ContentFile;
  data: unknown;
}

function classify(files: readonly RawFile[], problems: Problem[]) {
  const articles: RawFile[] = [];
  const sources: RawFile[] = [];
  const claims: RawFile[] = [];
  const followUps: RawFile[] = [];
  for (const file of files) {
    const parts = file.path.split('/');
    const name = parts.at(-1) ?? '';
    if (name.startsWith('.') || file.path === 'content/README.md') continue;
    if (parts[1] === 'articles' && parts.length === 3 && name.endsWith('.md')) articles.push(file);
    else if (parts[1] === 'sources' && parts.length === 3 && /\.ya?ml$/.test(name)) sources.push(file);
    else if (parts[1] === 'claims' && parts.length === 4 && name.endsWith('.md')) claims.push(file);
    else if (isFollowUpPath(parts)) followUps.push(file);
    else
      problems.push(
        error(
          file.path,
          undefined,
          'file',
          'is not where content goes: articles are content/articles/<id>.md, sources content/sources/<id>.yaml, ' +
            `claims content/claims/<article-id>/<NN-slug>.md, ${FOLLOW_UP_PLACE}`,
        ),
      );
  }
  return { articles, sources, claims, followUps };
}

/**
 * Outlets and people named the same in two files: most likely one source copied under a second id, which would
 * count its claims apart (on its source page, in the export). Warned on each file after the first. Anonymous groups
 * may share a description ("a senior US official") and still be different people, so they are left alone.
 */
export function sameNameWarnings(
  sources: Iterable<{ id: string; file: string; data: SourceData }>,
  lineOfName: (file: string) => number | undefined,
): Problem[] {
  const first = new Map<string, string>();
  const warnings: Problem[] = [];
  for (const { file, data } of sources) {
    if (data.type === 'group') continue;
    const key = `${data.type}:${data.name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ')}`;
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, file);
      continue;
    }
    warnings.push({
      file,
      line: lineOfName(file),
      field: 'name',
      message: `"${data.name}" also names the ${data.type} in ${earlier}; one ${data.type}, one file, or its claims are counted apart`,
      severity: 'warning',
    });
  }
  return warnings;
}

/** The ids of `files` (by file name) that did not make it into `read`: there, but not readable. */
const unreadable = (files: readonly RawFile[], read: ReadonlyMap<string, unknown>): Set<string> =>
  new Set(files.map((file) => baseName(file.path)).filter((id) => !read.has(id)));

function checkIdFormat(path: string, id: string, problems: Problem[]): boolean {
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) return true;
  problems.push(
    error(path, undefined, 'file', `name "${id}" must be lower-case letters, digits and single hyphens (it is the id)`),
  );
  return false;
}

/**
 * `options.publish` is set by the build: an unreviewed draft is then an error, unless `options.previewDrafts` asks
 * for a preview that shows drafts (src/lib/content/review-check.ts).
 */
export function checkContent(files: readonly RawFile[], options: ReviewOptions = {}): CheckResult {
  const problems: Problem[] = [];
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const groups = classify(sorted, problems);
  if (groups.articles.length === 0) {
    // An emptied or mislaid content/ would otherwise publish an empty site without a word.
    problems.push(
      error('content/articles/', undefined, 'folder', 'holds no articles; the site needs at least one to publish'),
    );
  }
  const content: CheckedContent = { sources: new Map(), articles: new Map(), claims: [], followUps: [] };
  const lines = new Map<string, ContentFile>();

  for (const raw of groups.sources) {
    const read = readYaml(raw);
    problems.push(...read.problems);
    if (!read.file || !checkIdFormat(raw.path, baseName(raw.path), problems)) continue;
    const result = validate(sourceSchema, read.file, problems);
    if (!result) continue;
    content.sources.set(baseName(raw.path), { id: baseName(raw.path), file: raw.path, data: result.data });
    lines.set(raw.path, read.file);
  }
  problems.push(...sameNameWarnings(content.sources.values(), (file) => lines.get(file)?.lineOf(['name'])));

  // A source or article whose file is there but could not be read has its own problem already; a reference to it is
  // not reported again as unknown, which would bury that one line under one per claim that names it.
  const unreadableSources = unreadable(groups.sources, content.sources);

  const sourceRef = (entry: Entry, path: PropertyKey[], id: string): SourceData | undefined => {
    const source = content.sources.get(id)?.data;
    if (!source && !unreadableSources.has(id)) {
      const guess = didYouMean(id, content.sources.keys());
      problems.push(
        error(
          entry.file.path,
          entry.file.lineOf(path),
          fieldName(path),
          `names unknown source "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; sources are the files in content/sources/`,
        ),
      );
    }
    return source;
  };

  for (const raw of groups.articles) {
    const read = readMarkdown(raw);
    problems.push(...read.problems);
    if (!read.file || !checkIdFormat(raw.path, baseName(raw.path), problems)) continue;
    const result = validate(articleFrontmatter, read.file, problems);
    if (!result) continue;
    const entry = { file: read.file, data: result.data };
    sourceRef(entry, ['publisher'], result.data.publisher);
    if (result.data.reReports) sourceRef(entry, ['reReports', 'outlet'], result.data.reReports.outlet);
    const blocks = readArticle(read.file.body).map((block) => ({
      ...block,
      line: block.line + read.file.bodyLine - 1,
      sentences: block.sentences.map((sentence) => ({ ...sentence, line: sentence.line + read.file.bodyLine - 1 })),
    }));
    const sentences = articleSentences(blocks);
    if (sentences.length === 0) problems.push(error(raw.path, read.file.bodyLine, 'body', 'holds no sentences'));
    content.articles.set(baseName(raw.path), {
      id: baseName(raw.path),
      file: raw.path,
      data: result.data,
      body: read.file.body,
      blocks,
      sentences,
    });
    lines.set(raw.path, read.file);
  }

  const unreadableArticles = unreadable(groups.articles, content.articles);

  // Folders holding a claim that could not be read: their articles' uncovered sentences are a consequence of
  // that one mistake, already reported, so they are not listed again.
  const brokenFolders = new Set<string>();
  for (const raw of groups.claims) {
    const read = readMarkdown(raw);
    problems.push(...read.problems);
    const folder = raw.path.split('/')[2] ?? '';
    const result =
      read.file && checkIdFormat(raw.path, baseName(raw.path), problems)
        ? validate(claimFrontmatter, read.file, problems)
        : undefined;
    if (!read.file || !result) {
      brokenFolders.add(folder);
      continue;
    }
    const claim: CheckedClaim = {
      id: `${folder}/${baseName(raw.path)}`,
      file: raw.path,
      data: result.data,
      note: read.file.body.trim(),
      sentences: [],
    };
    lines.set(raw.path, read.file);
    content.claims.push(claim);
    checkClaimAttribution(claim, read.file, content, sourceRef, problems);
    const article = content.articles.get(claim.data.article);
    checkClaimDate(claim, read.file, article?.data.published, problems);
    if (!article && unreadableArticles.has(claim.data.article)) {
      // Reported in the article's own file.
    } else if (!article) {
      const guess = didYouMean(claim.data.article, content.articles.keys());
      problems.push(
        error(
          raw.path,
          read.file.lineOf(['article']),
          'article',
          `names unknown article "${claim.data.article}"${guess ? ` (did you mean "${guess}"?)` : ''}`,
        ),
      );
    } else if (folder !== article.id) {
      problems.push(
        error(
          raw.path,
          read.file.lineOf(['article']),
          'article',
          `is "${article.id}" but the file is in content/claims/${folder}/; claims live in their article's folder`,
        ),
      );
    }
  }

  // Claims grouped by article in one pass: filtering the whole list once per article grows with articles × claims.
  const claimsOf = Map.groupBy(content.claims, (claim) => claim.data.article);
  for (const article of content.articles.values()) {
    checkCoverage(article, claimsOf.get(article.id) ?? [], lines, problems, !brokenFolders.has(article.id));
  }
  problems.push(...kindCueWarnings(content, (file, path) => lines.get(file)?.lineOf(path)));
  problems.push(...reviewProblems(content, (file, path) => lines.get(file)?.lineOf(path), options));
  content.claims.sort((a, b) => a.data.article.localeCompare(b.data.article) || a.data.order - b.data.order);
  content.followUps = checkFollowUps(
    groups.followUps,
    { ...content, claimFiles: groups.claims.map((file) => file.path), unreadableSources },
    problems,
  );
  return { problems: sortProblems(problems), content };
}

function validate<Schema extends z.ZodType>(schema: Schema, file: ContentFile, problems: Problem[]) {
  const result = validateFile(schema, file);
  problems.push(...result.problems);
  return result.data === undefined ? undefined : { data: result.data };
}

function checkClaimAttribution(
  claim: CheckedClaim,
  file: ContentFile,
  content: CheckedContent,
  sourceRef: (entry: Entry, path: PropertyKey[], id: string) => SourceData | undefined,
  problems: Problem[],
) {
  const entry = { file, data: claim.data };
  const chain = claim.data.attribution.chain.map((id, index) => sourceRef(entry, ['attribution', 'chain', index], id));
  const article = content.articles.get(claim.data.article);
  const first = claim.data.attribution.chain[0];
  if (article && first !== undefined && first !== article.data.publisher) {
    problems.push(
      error(
        file.path,
        file.lineOf(['attribution', 'chain', 0]),
        'attribution.chain[0]',
        `is "${first}" but must be the article's publisher "${article.data.publisher}": the chain runs from the ` +
          'publisher down to the original speaker',
      ),
    );
  }
  if (chain.some((source) => source === undefined)) return;
  const resolved = chain as SourceData[];
  const expected = categoryForChain(resolved);
  if (expected !== claim.data.attribution.category) {
    const innermost = claim.data.attribution.chain.at(-1) ?? '';
    const source = resolved.at(-1);
    const why =
      source?.type === 'person'
        ? 'a named person'
        : source?.type === 'institution'
          ? 'an institution speaking on the record'
          : source?.type === 'group'
            ? `a group described as ${source.sourcing}`
            : resolved.length === 1
              ? 'the publisher alone (its own voice)'
              : 'an outlet';
    problems.push(
      error(
        file.path,
        file.lineOf(['attribution', 'category']),
        'attribution.category',
        `is "${claim.data.attribution.category}" but the chain's innermost source "${innermost}" is ${why}, ` +
          `which means "${expected}"`,
      ),
    );
  }
  for (const [index, source] of resolved.entries()) {
    if (index < resolved.length - 1 && source.type === 'group') {
      problems.push(
        error(
          file.path,
          file.lineOf(['attribution', 'chain', index]),
          `attribution.chain[${index}]`,
          'is an anonymous group, which can only be the innermost link: list it last',
        ),
      );
    }
  }
}

/** `published` is the publication day of the claim's article, which a week so far may end on; undefined when unknown. */
function checkClaimDate(claim: CheckedClaim, file: ContentFile, published: string | undefined, problems: Problem[]) {
  const date = claim.data.date;
  if (!date) return;
  const start = parseIsoDay(date.start);
  const end = parseIsoDay(date.end);
  if (!start || !end) return;
  if (end < start) {
    problems.push(
      error(file.path, file.lineOf(['date', 'end']), 'date.end', `${date.end} is before date.start ${date.start}`),
    );
    return;
  }
  const mismatch = precisionMismatch(date, date.precision, published);
  if (mismatch) problems.push(error(file.path, file.lineOf(['date', 'precision']), 'date.precision', mismatch));
}

/** Preview of a sentence for messages. */
const preview = (text: string) => (text.length > 60 ? `"${text.slice(0, 57)}…"` : `"${text}"`);

/**
 * Where the excerpt's sentences sit among the article's, or a reason they do not, with the sentences the excerpt is
 * meant to hold where they are known (`meant`): the one mistake is reported, not those sentences again as in no claim.
 */
function alignExcerpt(
  excerpt: string,
  article: CheckedArticle,
  byText: Map<string, number[]>,
  folded: string,
  taken: (index: number) => boolean,
  after: number,
): { sentences: number[] } | { reason: string; meant?: number[] | undefined } {
  const parts = splitSentences(foldWhitespace(excerpt)).map((part) => part.text);
  const runs: number[][] = [];
  let acrossParagraphs = false;
  for (const candidate of byText.get(parts[0] ?? '') ?? []) {
    const run = parts.map((_, offset) => candidate + offset);
    const matches = run.every((index, offset) => article.sentences[index]?.text === parts[offset]);
    if (!matches) continue;
    const paragraph = article.sentences[candidate]?.paragraph;
    if (run.some((index) => article.sentences[index]?.paragraph !== paragraph)) acrossParagraphs = true;
    else runs.push(run);
  }
  // A sentence an article repeats ("No comment was given.") can be claimed at each place it stands: the first
  // free place after the claim before, then any free place, then (to report the repeat) the first.
  const free = runs.filter((run) => !run.some(taken));
  const chosen = free.find((run) => (run[0] ?? 0) > after) ?? free[0] ?? runs[0];
  if (chosen) return { sentences: chosen };
  if (acrossParagraphs) return { reason: 'runs across two paragraphs; split it into one claim per paragraph' };
  const dateline = article.blocks.find((block) => block.type === 'dateline');
  const rest = dateline && withoutDateline(excerpt, dateline);
  if (dateline && rest !== undefined) {
    const what = `the article's dateline "${dateline.text}" (line ${dateline.line}), which says where and when the story was filed and is no sentence of it`;
    if (rest === '') return { reason: `is ${what}: it needs no claim, so delete this one` };
    const held = alignExcerpt(rest, article, byText, folded, taken, after);
    return {
      reason: `starts with ${what}: leave it out, so that the excerpt starts ${preview(rest)}`,
      meant: 'sentences' in held ? held.sentences : held.meant,
    };
  }
  const wanted = foldWhitespace(excerpt);
  if (folded.includes(wanted)) {
    return { reason: 'starts or ends inside a sentence; an excerpt is one or more whole sentences' };
  }
  // A copy of sentences the article has since been edited in: the words that changed, and those sentences are the
  // excerpt's still (not reported again as in no claim, which would advise a second claim for them).
  const stale = staleMatch(parts, article.sentences);
  if (stale && stale.changes.length > 0) {
    const first = article.sentences[stale.sentences[0] ?? 0];
    const where = first ? ` (sentence ${first.index + 1}, line ${first.line})` : '';
    return {
      reason: `is not found verbatim in the article "${article.id}"${where}: ${describeChanges(stale.changes)}; update the excerpt`,
      meant: stale.sentences,
    };
  }
  // The nearest sentence by shared opening words, to show where the copy went wrong.
  let best = '';
  let bestLength = 0;
  for (const sentence of article.sentences) {
    let length = 0;
    while (length < sentence.text.length && sentence.text[length] === wanted[length]) length++;
    if (length > bestLength) [best, bestLength] = [sentence.text, length];
  }
  // Back to the start of the word that differs: "differs after "More than 40 "", never mid-word.
  bestLength = wanted.lastIndexOf(' ', bestLength - 1) + 1 || bestLength;
  const hint =
    bestLength >= 12
      ? `; the nearest sentence differs after ${preview(wanted.slice(0, bestLength))}: it reads ${preview(best.slice(bestLength))}`
      : '';
  return { reason: `is not found verbatim in the article "${article.id}"${hint}` };
}

function checkCoverage(
  article: CheckedArticle,
  claims: CheckedClaim[],
  files: Map<string, ContentFile>,
  problems: Problem[],
  reportUncovered: boolean,
) {
  const byText = new Map<string, number[]>();
  for (const sentence of article.sentences) {
    const list = byText.get(sentence.text);
    if (list) list.push(sentence.index);
    else byText.set(sentence.text, [sentence.index]);
  }
  const folded = article.blocks.map((block) => block.text).join(' ');
  const owner = new Map<number, CheckedClaim>();
  const byOrder = new Map<number, CheckedClaim>();
  // The last sentence claimed so far, in order: where a repeated sentence's next occurrence is looked for.
  let last = -1;
  const meant = new Set<number>();
  for (const claim of [...claims].sort((a, b) => a.data.order - b.data.order || a.file.localeCompare(b.file))) {
    const file = files.get(claim.file);
    const lineOf = (path: PropertyKey[]) => file?.lineOf(path);
    const twin = byOrder.get(claim.data.order);
    if (twin) {
      problems.push(
        error(
          claim.file,
          lineOf(['order']),
          'order',
          `${claim.data.order} is also the order of ${twin.file}; each claim of an article needs its own`,
        ),
      );
    } else byOrder.set(claim.data.order, claim);
    const aligned = alignExcerpt(claim.data.excerpt, article, byText, folded, (index) => owner.has(index), last);
    if ('reason' in aligned) {
      problems.push(error(claim.file, lineOf(['excerpt']), 'excerpt', aligned.reason));
      for (const index of aligned.meant ?? []) meant.add(index);
      continue;
    }
    claim.sentences = aligned.sentences;
    last = Math.max(last, aligned.sentences.at(-1) ?? last);
    for (const index of aligned.sentences) {
      const other = owner.get(index);
      if (other) {
        problems.push(
          error(
            claim.file,
            lineOf(['excerpt']),
            'excerpt',
            `repeats sentence ${index + 1} of the article (${preview(article.sentences[index]?.text ?? '')}), ` +
              `already in ${other.file}; each sentence belongs to exactly one claim`,
          ),
        );
      } else owner.set(index, claim);
    }
  }
  // Claims must follow the article: ordering by `order` must read the sentences front to back.
  let previous: CheckedClaim | undefined;
  for (const claim of [...claims].filter((c) => c.sentences.length > 0).sort((a, b) => a.data.order - b.data.order)) {
    if (previous && (claim.sentences[0] ?? 0) < (previous.sentences[0] ?? 0)) {
      problems.push(
        error(
          claim.file,
          files.get(claim.file)?.lineOf(['order']),
          'order',
          `is ${claim.data.order} but its excerpt comes before that of ${previous.file} (order ${previous.data.order}); ` +
            'orders must follow the article',
        ),
      );
    }
    previous = claim;
  }
  for (const sentence of reportUncovered ? article.sentences : []) {
    if (!owner.has(sentence.index) && !meant.has(sentence.index)) {
      problems.push(
        error(
          article.file,
          sentence.line,
          'body',
          `sentence ${sentence.index + 1} is in no claim: ${preview(sentence.text)}; add a claim whose excerpt holds it`,
        ),
      );
    }
  }
}

const siteContents = new WeakMap<CheckedContent, SiteContent>();

/**
 * The checked content as the site's plain model (the same model Astro's collections give the pages). The same
 * checked content always gives the same object, so that the build's integrations share one model (and one
 * `indexSite`, which is kept per model).
 */
export function toSiteContent(content: CheckedContent): SiteContent {
  let site = siteContents.get(content);
  if (!site) {
    site = withHistory(siteContentOf(content), content.firstPublished);
    siteContents.set(content, site);
  }
  return site;
}

function siteContentOf(content: CheckedContent): LoadedContent {
  const sources = [...content.sources.values()].map((source) => ({
    id: source.id,
    ...withoutDrafterNotes(source.data),
  }));
  return {
    articles: [...content.articles.values()].map((article) => ({
      id: article.id,
      ...article.data,
      body: article.body,
    })),
    sources,
    claims: content.claims.map((claim) => ({
      id: claim.id,
      ...withoutDrafterNotes(claim.data),
      hedges: hedgeList(claim.data.excerpt),
    })),
    followUps: content.followUps.map((followUp) => ({
      id: followUp.id,
      ...followUp.data,
      citations: followUp.data.citations.map((citation) => toCitation(citation, sources)),
    })),
  };
}
