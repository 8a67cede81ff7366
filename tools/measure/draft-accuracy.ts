/**
 * `npm run claims:accuracy`: how far `claims:draft` agrees with labels an editor wrote. It runs the real command
 * (`--json`, so nothing is written) on
 * - the seed article (SEED_ARTICLES) against its hand-made claims, once matching the sources in content/sources/
 *   and once from an empty project (no sources to match); never every article in content/, so that an article an
 *   editor adds (and labels as they see fit) cannot turn the tests red, and
 * - every fixture under tests/fixtures/draft/ against its expected.json (written before the drafter existed),
 * and prints one line per case. tests/draft/accuracy.test.ts asserts the same figures.
 *
 * `npm run claims:accuracy -- --polnear DIR --split dev|train [--verbose]` measures it on PolNeAR instead (see
 * tools/measure/polnear.ts for the definitions): sourced-sentence precision, recall and F1, and speaker agreement.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftClaims } from '../../src/lib/draft/draft.ts';
import { drafterInput, parseMetadata, scoreArticle, totals, type ArticleScore, type SpeechCues } from './polnear.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { labelsFromClaims, labelsFromDraft, labelsFromFixture } from '../../src/lib/draft/labels.ts';
import { percent, scoreDraft, type DraftScore, type SentenceLabels, type Tally } from '../../src/lib/draft/score.ts';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { accuracyCommand } from './options.ts';

const root = join(import.meta.dirname, '..', '..');
/** An empty project folder: drafting with `--out` here matches no existing source. */
const emptyProject = join(root, 'tests', '.tmp', 'accuracy-empty-project');

/** The articles in content/ whose hand-made claims the drafter is measured against: the seed, labelled with care. */
export const SEED_ARTICLES: readonly string[] = ['territory-for-peace'];

export interface AccuracyCase {
  name: string;
  file: string;
  published: string;
  publisher: string;
  /** Whether the drafter may match the sources in content/sources/. */
  withSources: boolean;
  expected: SentenceLabels[];
}

export interface AccuracyResult extends AccuracyCase {
  score: DraftScore;
}

/** Run `claims:draft --json` and read its proposals. */
export function draftJson(file: string, published: string, publisher: string, withSources: boolean): unknown {
  mkdirSync(emptyProject, { recursive: true });
  const args = [join(root, 'src', 'cli', 'draft-claims.ts'), file, '--published', published, '--publisher', publisher];
  if (!withSources) args.push('--out', emptyProject);
  const run = spawnSync(process.execPath, [...args, '--json'], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`claims:draft failed on ${file}: ${run.stderr}`);
  return JSON.parse(run.stdout) as unknown;
}

export async function accuracyCases(): Promise<AccuracyCase[]> {
  const { content } = checkContent(await readContentFiles(root));
  const cases: AccuracyCase[] = [];
  for (const id of SEED_ARTICLES) {
    const article = content.articles.get(id);
    if (!article) throw new Error(`the seed article ${id} is not in content/articles/`);
    const claims = content.claims.filter((claim) => claim.data.article === article.id);
    if (claims.length === 0) continue;
    const publisher = content.sources.get(article.data.publisher)?.data.name ?? article.data.publisher;
    const expected = labelsFromClaims(article, claims);
    for (const withSources of [true, false]) {
      cases.push({
        name: `content: ${article.id}${withSources ? '' : ' (no sources to match)'}`,
        file: join(root, article.file),
        published: article.data.published,
        publisher,
        withSources,
        expected,
      });
    }
  }
  const fixtures = join(root, 'tests', 'fixtures', 'draft');
  for (const name of readdirSync(fixtures).sort()) {
    const folder = join(fixtures, name);
    let labels;
    try {
      labels = labelsFromFixture(JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')));
    } catch {
      continue; // Not a fixture folder (the README).
    }
    cases.push({
      name: `fixture: ${name}`,
      file: join(folder, 'article.md'),
      published: labels.published,
      publisher: labels.publisher,
      withSources: false,
      expected: labels.sentences,
    });
  }
  return cases;
}

export async function measureAccuracy(): Promise<AccuracyResult[]> {
  return (await accuracyCases()).map((entry) => ({
    ...entry,
    score: scoreDraft(
      entry.expected,
      labelsFromDraft(draftJson(entry.file, entry.published, entry.publisher, entry.withSources)),
    ),
  }));
}

/** Tallies of several cases added up. */
export function pooled(results: readonly AccuracyResult[], pick: (score: DraftScore) => Tally): Tally {
  return results.reduce(
    (sum, result) => ({ agree: sum.agree + pick(result.score).agree, total: sum.total + pick(result.score).total }),
    { agree: 0, total: 0 },
  );
}

/** Draft every article of a PolNeAR split (from an empty project) and score it against the annotations. */
export function measurePolnear(folder: string, split: string, verbose = false): ArticleScore[] {
  const cues = JSON.parse(readFileSync(join(folder, 'speech-cues.json'), 'utf8')) as SpeechCues;
  const metadata = parseMetadata(readFileSync(join(folder, 'metadata.tsv'), 'utf8')).filter(
    (row) => row.compartment === split,
  );
  const annotations = readdirSync(join(folder, split, 'attributions'));
  const scores: ArticleScore[] = [];
  for (const meta of metadata) {
    const annFile = annotations.find((name) => name.startsWith(`${meta.filename}_`) && name.endsWith('.ann'));
    if (!annFile) continue;
    const text = readFileSync(join(folder, split, 'text', `${meta.filename}.txt`), 'utf8');
    const ann = readFileSync(join(folder, split, 'attributions', annFile), 'utf8');
    const input = drafterInput(text);
    const draft = draftClaims({
      articleId: 'polnear',
      title: input.title,
      body: input.body,
      published: meta.published,
      publisher: meta.publisher,
      url: 'https://example.invalid/polnear',
      language: 'en',
      sources: [],
    });
    const score = scoreArticle(
      text,
      ann,
      draft.claims.map((claim) => ({
        text: claim.excerpt,
        sourced: claim.category !== 'unattributed',
        speaker: claim.chain.length > 1 ? claim.chain.at(-1)?.data.name : undefined,
        why: claim.notes[0],
      })),
      cues,
    );
    scores.push(score);
    if (!verbose) continue;
    console.log(`# ${meta.filename}`);
    for (const verdict of score.verdicts) {
      const mark =
        verdict.goldSourced === verdict.draftSourced
          ? verdict.speaker === false
            ? 'SPEAKER'
            : ''
          : verdict.draftSourced
            ? 'FP'
            : 'FN';
      if (mark === '') continue;
      console.log(
        `  [${mark}] drafted=${verdict.draftSpeaker ?? '-'} gold=${verdict.goldSpeakers.join(' | ') || '-'}: ${verdict.text.slice(0, 110)}\n      ${verdict.why ?? ''}`,
      );
    }
  }
  return scores;
}

const options = import.meta.main ? readCommandLine(accuracyCommand) : undefined;
if (options?.polnear !== undefined) {
  const result = totals(measurePolnear(options.polnear, options.split, options.verbose));
  const fixed = (value: number) => value.toFixed(3);
  console.log(
    `polnear ${options.split}: articles=${result.articles} sentences=${result.sentences} unlocated=${result.unlocated} ` +
      `precision=${fixed(result.precision)} recall=${fixed(result.recall)} f1=${fixed(result.f1)} ` +
      `speaker=${result.speakerAgree}/${result.speakerTotal} (${(result.speaker * 100).toFixed(1)}%)`,
  );
} else if (options) {
  const { verbose } = options;
  const results = await measureAccuracy();
  for (const result of results) {
    const { score } = result;
    console.log(
      `${result.name}: sentences=${score.sentences} category=${percent(score.category)} ` +
        `date=${percent(score.date)} date_strict=${percent(score.dateStrict)} ` +
        `date_all=${percent(score.dateAll)} kind=${percent(score.kind)} misaligned=${score.misaligned}`,
    );
    if (!verbose) continue;
    for (const row of score.rows) {
      const marks = [row.category ? '' : 'category', row.kind ? '' : 'kind', row.dateStrict === false ? 'date' : '']
        .filter(Boolean)
        .join(',');
      if (marks === '') continue;
      const show = (labels: SentenceLabels | undefined) =>
        labels
          ? `${labels.category}/${labels.kind}/${labels.date ? `${labels.date.start}..${labels.date.end}` : '-'}`
          : 'none';
      console.log(
        `  ${row.index + 1} [${marks}] expected ${show(row.expected)} drafted ${show(row.drafted)}: ${row.text.slice(0, 70)}`,
      );
    }
  }
  const fixtures = results.filter((result) => result.name.startsWith('fixture:'));
  console.log(
    `fixtures, all together: sentences=${fixtures.reduce((sum, result) => sum + result.score.sentences, 0)} ` +
      `category=${percent(pooled(fixtures, (score) => score.category))} ` +
      `date=${percent(pooled(fixtures, (score) => score.date))} ` +
      `date_strict=${percent(pooled(fixtures, (score) => score.dateStrict))} ` +
      `kind=${percent(pooled(fixtures, (score) => score.kind))}`,
  );
}
