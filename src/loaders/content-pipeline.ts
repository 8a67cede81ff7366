import { checkContent, type CheckedContent } from '../lib/content/check.ts';
import { checkHistory } from '../lib/content/git-history.ts';
import { publishedBranch, unavailableMessage } from '../lib/content/history.ts';
import { sortProblems, type Problem } from '../lib/content/problems.ts';
import { countDrafts, type ReviewOptions } from '../lib/content/review-check.ts';
import { readContentFiles } from '../lib/content/read-content.ts';

/**
 * The one road content takes: `content/` is read once (src/lib/content/read-content.ts) and checked once
 * (src/lib/content/check.ts), and that one reading feeds everything: Astro's collections (src/loaders/content-loader.ts),
 * the search index and share images (src/integrations/), `check:content` and the scripts.
 *
 * Within a build or a dev server, Astro loads astro.config.mjs and src/content.config.ts as separate module graphs,
 * so one project's pipeline is kept on `globalThis`, by project root: the integration that starts the check and the
 * loaders that store its entries then share the very same run, rather than each reading the files again.
 */

/** One reading and check of `content/`. */
export interface CheckRun {
  problems: Problem[];
  content: CheckedContent;
  errors: number;
  warnings: number;
  /** Claims and sources still marked `draft: true`. */
  drafts: number;
  /** Wall time of the reading and the check. */
  seconds: number;
  /** Why `content/` could not be read at all (no such folder), when it could not. */
  failure?: string | undefined;
  /** Why the published history could not be read (no git, a shallow clone…), when it could not: one log line. */
  historyUnavailable?: string | undefined;
}

/** How the published history is compared (docs/corrections.md); absent, history is not read. */
export interface HistoryOptions {
  /** The branch the site is deployed from: what "published" means. */
  branch: string;
  /** A changed field with no correction recorded: a warning on an editor's machine, an error in CI. */
  severity: Problem['severity'];
}

/**
 * The history options the build and `check:content` both use, from the environment they are given: the published
 * branch from `CLAIMLINE_PUBLISHED_BRANCH`, and a change to a published claim with no correction recorded as a
 * warning on an editor's machine and an error in CI (`CI=true`, as CI services set it; docs/corrections.md).
 */
export const historyOptionsFrom = (env: Readonly<Record<string, string | undefined>>): HistoryOptions => ({
  branch: publishedBranch(env.CLAIMLINE_PUBLISHED_BRANCH),
  severity: env.CI === 'true' ? 'error' : 'warning',
});

export interface PipelineOptions {
  /** The folder that holds the project's `content/`. */
  root: string;
  /** The clock, passed in so that runs are timed without logic reading it. */
  now?: () => number;
  /** Whether the run publishes (a build), and whether a preview includes drafts. */
  review?: ReviewOptions | undefined;
  /** Compare with the published history, and date each claim's first publication. */
  history?: HistoryOptions | undefined;
}

/** Read and check `content/` once: the whole road, for callers that need one answer (the CLI, scripts). */
export async function runContentCheck({
  root,
  now = () => performance.now(),
  review = {},
  history,
}: PipelineOptions): Promise<CheckRun> {
  const started = now();
  let files;
  try {
    files = await readContentFiles(root);
  } catch (error) {
    const empty: CheckedContent = { sources: new Map(), articles: new Map(), claims: [], followUps: [] };
    return {
      problems: [],
      content: empty,
      errors: 1,
      warnings: 0,
      drafts: 0,
      seconds: (now() - started) / 1000,
      failure: (error as Error).message,
    };
  }
  const checked = checkContent(files, review);
  // One pass over git per run, whatever the number of claims (src/lib/content/git-history.ts).
  const past = history ? await checkHistory(root, checked, files, history) : undefined;
  const content = past ? { ...checked.content, firstPublished: past.firstPublished } : checked.content;
  const problems = past ? sortProblems([...checked.problems, ...past.problems]) : checked.problems;
  const historyUnavailable = past && !past.history.available ? unavailableMessage(past.history.reason) : undefined;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return {
    problems,
    content,
    errors,
    warnings: problems.length - errors,
    drafts: countDrafts([...content.sources.values(), ...content.claims]),
    seconds: (now() - started) / 1000,
    historyUnavailable,
  };
}

/** The run's one-line summary, after `label`: what was read, and how many problems. */
export function summarizeRun(run: CheckRun, label = 'content check'): string {
  if (run.failure) return `${label} failed: ${run.failure}`;
  const { content } = run;
  const counts = `${String(content.articles.size)} articles, ${String(content.sources.size)} sources, ${String(content.claims.length)} claims`;
  const drafts = `${String(run.drafts)} ${run.drafts === 1 ? 'draft' : 'drafts'} to review`;
  const outcome = `${String(run.errors)} errors, ${String(run.warnings)} warnings, ${drafts} (${run.seconds.toFixed(2)} s)`;
  return `${label} ${run.errors > 0 ? 'failed' : 'ok'}: ${counts}: ${outcome}`;
}

type Listener = (run: CheckRun) => void | Promise<void>;

/** A project's content, read and checked once, then again whenever a file changes under `astro dev`. */
export class ContentPipeline {
  readonly root: string;
  #latest: Promise<CheckRun> | undefined;
  #listeners = new Map<string, Listener>();
  #report: (run: CheckRun) => void = () => undefined;
  #now: () => number;
  #review: ReviewOptions = {};
  #history: HistoryOptions | undefined;

  constructor(options: PipelineOptions) {
    this.root = options.root;
    this.#now = options.now ?? (() => performance.now());
  }

  /** Whether later runs publish (a build refuses drafts) or preview: set by the integration, from Astro's command. */
  reviewWith(review: ReviewOptions): void {
    this.#review = review;
  }

  /** Compare later runs with the published history (set by the integration, from the environment). */
  historyWith(history: HistoryOptions): void {
    this.#history = history;
  }

  /** Who prints each run's problems: set by the integration, so each problem is printed once, by one logger. */
  reportWith(report: (run: CheckRun) => void): void {
    this.#report = report;
  }

  /** The latest run; the first call reads and checks. */
  current(): Promise<CheckRun> {
    this.#latest ??= this.#run();
    return this.#latest;
  }

  /** Read and check again, report once, and hand the run to every listener. */
  async refresh(): Promise<CheckRun> {
    this.#latest = this.#run();
    const run = await this.#latest;
    for (const listener of this.#listeners.values()) await listener(run);
    return run;
  }

  /**
   * Call `listener` with every later run. One listener per key (a collection's name): a loader that Astro runs again
   * replaces its listener rather than adding a second.
   */
  listen(key: string, listener: Listener): void {
    this.#listeners.set(key, listener);
  }

  async #run(): Promise<CheckRun> {
    const run = await runContentCheck({
      root: this.root,
      now: this.#now,
      review: this.#review,
      history: this.#history,
    });
    this.#report(run);
    return run;
  }
}

const REGISTRY = Symbol.for('claimline.content-pipelines');

/** The pipeline of the project at `root`, one per process. */
export function contentPipeline(root: string): ContentPipeline {
  const global = globalThis as { [REGISTRY]?: Map<string, ContentPipeline> | undefined };
  const pipelines = global[REGISTRY] ?? new Map<string, ContentPipeline>();
  global[REGISTRY] = pipelines;
  const key = root.replace(/[\\/]+$/, '');
  let pipeline = pipelines.get(key);
  if (!pipeline) {
    pipeline = new ContentPipeline({ root: key });
    pipelines.set(key, pipeline);
  }
  return pipeline;
}

const SERVED = Symbol.for('claimline.served-content-pipeline');

/**
 * Mark `pipeline` as the one `astro dev` serves pages from (src/integrations/content-integrity.ts does, in
 * `astro:server:setup`, which only the dev server runs). Pages then show its errors (src/middleware.ts).
 */
export function servePipeline(pipeline: ContentPipeline): void {
  (globalThis as { [SERVED]?: ContentPipeline })[SERVED] = pipeline;
}

/** The pipeline the dev server serves pages from; none in a build. */
export const servedPipeline = (): ContentPipeline | undefined => (globalThis as { [SERVED]?: ContentPipeline })[SERVED];
