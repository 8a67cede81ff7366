import { z } from 'astro/zod';
import { readMarkdown, type ContentFile } from './parse-file.ts';
import { looksLikeSourceId } from '../site/model.ts';
import { contentError as error, didYouMean, type Problem } from './problems.ts';
import { validateFile } from './schema-problems.ts';
import { followUpSchema } from '../schema/follow-up.ts';
import { splitSentences } from '../language/sentences.ts';

/**
 * The content check's rules for follow-ups (content/follow-ups/<id>.md), called from src/lib/content/check.ts once
 * sources, articles and claims are read. Beyond each field's type (the schema, with "did you mean" on unknown
 * fields and outcomes):
 *
 * - every claim named in `resolves` exists (with a "did you mean" hint), and is named once per follow-up;
 * - the follow-up is not dated before the day the claim was reported, its article's `published` day. The same day
 *   is allowed: dates here are days without times, and what happens later on the day of publication (the seed's
 *   summit was announced the evening its article came out) is a follow-up all the same;
 * - a citation's `outlet` written like an id ("wsj") names a source in content/sources/, so that a misspelt id is
 *   not published as an outlet's name;
 * - the summary is one or two sentences; the rest belongs in the note;
 * - two follow-ups of the same day do not give one claim different outcomes. Follow-ups of different days may:
 *   news moves on, and the latest follow-up gives the claim's outcome (src/lib/site/scorecard.ts), while the earlier
 *   one stays in the claim's history.
 *
 * That every prediction of an article gets an outcome is not a rule here: follow-ups come in over weeks, and the
 * scorecard counts a prediction no follow-up has judged yet as such, never as settled. The seed is held to it by
 * tests/content/follow-ups.test.ts.
 */

const idRef = z.string().min(1, 'must name an id');
export const followUpFrontmatter = followUpSchema(idRef);
export type FollowUpData = z.output<typeof followUpFrontmatter>;

export interface CheckedFollowUp {
  /** The file name without `.md`, unique across the site. */
  id: string;
  file: string;
  data: FollowUpData;
  /** The editor's note (markdown). */
  note: string;
}

/** What the follow-up rules read of the rest of the checked content. */
export interface FollowUpContext {
  sources: ReadonlyMap<string, unknown>;
  articles: ReadonlyMap<string, { data: { published: string } }>;
  claims: readonly { id: string; data: { article: string } }[];
  /**
   * Paths of every claim file, read or not: a follow-up naming a claim whose file could not be read is not
   * reported again, since that file's own mistake is.
   */
  claimFiles: readonly string[];
  /** Sources whose files are there but could not be read: a citation naming one is not reported again. */
  unreadableSources: ReadonlySet<string>;
}

interface FollowUpFile {
  path: string;
  bytes: Uint8Array;
}

/** `content/follow-ups/<id>.md`, split on `/`. */
export const isFollowUpPath = (parts: readonly string[]) =>
  parts[0] === 'content' && parts[1] === 'follow-ups' && parts.length === 3 && (parts[2] ?? '').endsWith('.md');

/** Where follow-ups go, for the "is not where content goes" message. */
export const FOLLOW_UP_PLACE = 'follow-ups content/follow-ups/<id>.md';

/** The claim an editor most likely meant: the closest id, or the one whose file name was written without its folder. */
function guessClaim(id: string, claimIds: readonly string[]): string | undefined {
  const sameFile = claimIds.filter((candidate) => candidate.slice(candidate.indexOf('/') + 1) === id);
  return sameFile.length === 1 ? sameFile[0] : didYouMean(id, claimIds);
}

export function checkFollowUps(
  files: readonly FollowUpFile[],
  context: FollowUpContext,
  problems: Problem[],
): CheckedFollowUp[] {
  const claims = new Map(context.claims.map((claim) => [claim.id, claim]));
  const claimIds = [...claims.keys()];
  const unreadable = new Set(
    context.claimFiles
      .map((path) => path.replace(/^content\/claims\//, '').replace(/\.md$/, ''))
      .filter((id) => !claims.has(id)),
  );
  const checked: { followUp: CheckedFollowUp; file: ContentFile }[] = [];

  for (const raw of files) {
    const read = readMarkdown(raw);
    problems.push(...read.problems);
    if (!read.file) continue;
    const id = raw.path.slice(raw.path.lastIndexOf('/') + 1).replace(/\.md$/, '');
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
      problems.push(
        error(
          raw.path,
          undefined,
          'file',
          `name "${id}" must be lower-case letters, digits and single hyphens (it is the id)`,
        ),
      );
      continue;
    }
    const result = validateFile(followUpFrontmatter, read.file);
    problems.push(...result.problems);
    if (result.data === undefined) continue;
    const followUp: CheckedFollowUp = { id, file: raw.path, data: result.data, note: read.file.body.trim() };
    checked.push({ followUp, file: read.file });
    checkOne(followUp, read.file, context, claims, claimIds, unreadable, problems);
  }

  checkSameDayOutcomes(checked, problems);
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return checked
    .map(({ followUp }) => followUp)
    .sort((a, b) => compare(a.data.date, b.data.date) || compare(a.id, b.id));
}

function checkOne(
  followUp: CheckedFollowUp,
  file: ContentFile,
  context: FollowUpContext,
  claims: ReadonlyMap<string, { id: string; data: { article: string } }>,
  claimIds: readonly string[],
  unreadable: ReadonlySet<string>,
  problems: Problem[],
) {
  const { data } = followUp;
  const sentences = splitSentences(data.summary).length;
  if (sentences > 2) {
    problems.push(
      error(
        file.path,
        file.lineOf(['summary']),
        'summary',
        `has ${sentences} sentences; keep it to one or two and put the rest in the note (the file's body)`,
      ),
    );
  }

  for (const [index, citation] of data.citations.entries()) {
    const outlet = citation.outlet;
    if (!looksLikeSourceId(outlet) || context.sources.has(outlet) || context.unreadableSources.has(outlet)) continue;
    const guess = didYouMean(citation.outlet, context.sources.keys());
    problems.push(
      error(
        file.path,
        file.lineOf(['citations', index, 'outlet']),
        `citations[${index}].outlet`,
        `"${citation.outlet}" is written like a source id but names no source${guess ? ` (did you mean "${guess}"?)` : ''}; ` +
          'write the outlet\'s name as readers know it ("The Irish Times"), or a file name in content/sources/',
      ),
    );
  }

  const firstIndex = new Map<string, number>();
  const reportedEarly = new Set<string>();
  for (const [index, resolution] of data.resolves.entries()) {
    const field = `resolves[${index}].claim`;
    const line = file.lineOf(['resolves', index, 'claim']);
    const earlier = firstIndex.get(resolution.claim);
    if (earlier !== undefined) {
      problems.push(
        error(
          file.path,
          line,
          field,
          `"${resolution.claim}" is already resolved in resolves[${earlier}] of this follow-up; name each claim once`,
        ),
      );
      continue;
    }
    firstIndex.set(resolution.claim, index);
    const claim = claims.get(resolution.claim);
    if (!claim && unreadable.has(resolution.claim)) continue;
    if (!claim) {
      const guess = guessClaim(resolution.claim, claimIds);
      problems.push(
        error(
          file.path,
          line,
          field,
          `names unknown claim "${resolution.claim}"${guess ? ` (did you mean "${guess}"?)` : ''}; a claim's id is ` +
            '<article-id>/<file name without .md>, as in content/claims/',
        ),
      );
      continue;
    }
    const published = context.articles.get(claim.data.article)?.data.published;
    // ISO days compare as strings.
    if (published !== undefined && data.date < published && !reportedEarly.has(claim.data.article)) {
      reportedEarly.add(claim.data.article);
      problems.push(
        error(
          file.path,
          file.lineOf(['date']),
          'date',
          `${data.date} is before ${published}, the day claim "${claim.id}" was reported (its article ` +
            `"${claim.data.article}" was published then); a follow-up tells what happened after a claim, the same ` +
            'day at the earliest',
        ),
      );
    }
  }
}

function checkSameDayOutcomes(
  checked: readonly { followUp: CheckedFollowUp; file: ContentFile }[],
  problems: Problem[],
) {
  // The first outcome seen for each claim on each day, in file order (files arrive sorted by path).
  const seen = new Map<string, { id: string; outcome: string }>();
  for (const { followUp, file } of checked) {
    for (const [index, resolution] of followUp.data.resolves.entries()) {
      const key = `${followUp.data.date} ${resolution.claim}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, { id: followUp.id, outcome: resolution.outcome });
        continue;
      }
      if (first.id === followUp.id || first.outcome === resolution.outcome) continue;
      problems.push(
        error(
          file.path,
          file.lineOf(['resolves', index, 'outcome']),
          `resolves[${index}].outcome`,
          `is "${resolution.outcome}" for claim "${resolution.claim}", but follow-up "${first.id}" of the same day ` +
            `(${followUp.data.date}) says "${first.outcome}"; which stands cannot be told, so agree on one or date ` +
            'the later one',
        ),
      );
    }
  }
}
