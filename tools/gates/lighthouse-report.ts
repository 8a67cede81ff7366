import { articlePath } from '../../src/lib/site/routes.ts';
import { categories, type Category, type LighthousePageSpec } from './config.ts';

/**
 * Lighthouse results reduced to what the gate decides on and what its report keeps: each category's score,
 * the audits that cost points, and a markdown summary.
 */

/** The part of a Lighthouse result (LHR) the gate reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  finalDisplayedUrl?: string;
  requestedUrl?: string;
  configSettings: { formFactor: string; throttlingMethod: string };
  runWarnings: string[];
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Partial<
    Record<string, { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }>
  >;
}

export type Scores = Record<Category, number | null>;

/** Category scores on Lighthouse's 0–100 scale (null when a category could not be scored). */
export function categoryScores(result: LighthouseResult): Scores {
  const score = (category: Category) => {
    const value = result.categories[category]?.score;
    return value === null || value === undefined ? null : Math.round(value * 100);
  };
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

/** The median of each category over several runs of one page (the lower middle of an even count). */
export function medianScores(runs: readonly Scores[]): Scores {
  const median = (category: Category) => {
    const values = runs.map((run) => run[category]);
    if (values.some((value) => value === null)) return null;
    const sorted = (values as number[]).toSorted((a, b) => a - b);
    return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
  };
  return {
    performance: median('performance'),
    accessibility: median('accessibility'),
    'best-practices': median('best-practices'),
    seo: median('seo'),
  };
}

/** The categories under their threshold; an unscored category is always under. */
export function categoriesBelow(scores: Scores, thresholds: Record<Category, number>): Category[] {
  return categories.filter((category) => {
    const score = scores[category];
    return score === null || score < thresholds[category];
  });
}

/** Categories under their threshold, as "seo 92 < 100". */
export function shortfalls(scores: Scores, thresholds: Record<Category, number>): string[] {
  return categoriesBelow(scores, thresholds).map(
    (category) =>
      `${category} ${scores[category] === null ? 'not scored' : String(scores[category])} < ${thresholds[category]}`,
  );
}

/**
 * Whether a page needs another run: until it has `runs`, then while the median of its runs falls short in
 * performance alone, up to `maxRuns`. Performance is timed and varies with the machine's load; the other
 * categories come out the same on every run, so running again cannot change their verdict.
 */
export function wantsAnotherRun(
  runs: readonly Scores[],
  thresholds: Record<Category, number>,
  limits: { runs: number; maxRuns: number },
): boolean {
  if (runs.length < limits.runs) return true;
  if (runs.length >= limits.maxRuns) return false;
  const below = categoriesBelow(medianScores(runs), thresholds);
  return below.length > 0 && below.every((category) => category === 'performance');
}

/** The scored audits of a category that did not pass in full: what to fix to raise its score. */
export function losingAudits(result: LighthouseResult, category: Category): string[] {
  const refs = result.categories[category]?.auditRefs ?? [];
  return refs.flatMap(({ id, weight }) => {
    const audit = result.audits[id];
    if (!audit || weight === 0 || audit.score === null || audit.score >= 1) return [];
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
    const value = audit.displayValue ? `, ${audit.displayValue}` : '';
    return [`${id} (${audit.title}): ${Math.round(audit.score * 100)}${value}`];
  });
}

/** One audited page in the summary. */
export interface PageOutcome {
  name: string;
  path: string;
  /** The median scores over the runs. */
  scores: Scores;
  /** Every run's scores, in order. */
  runs: Scores[];
  problems: string[];
}

/** The markdown summary the gate writes beside the JSON reports. */
export function summaryMarkdown(options: {
  outcomes: readonly PageOutcome[];
  skipped: readonly string[];
  thresholds: Record<Category, number>;
  lighthouseVersion: string;
  browser: string;
  formFactor: string;
  date: string;
}): string {
  const { outcomes, skipped, thresholds } = options;
  const show = (score: number | null) => (score === null ? '–' : String(score));
  const lines = [
    `# Lighthouse: ${outcomes.every((outcome) => outcome.problems.length === 0) ? 'passed' : 'FAILED'}`,
    '',
    `Lighthouse ${options.lighthouseVersion}, ${options.formFactor}, ${options.browser}, ${options.date}.`,
    `Thresholds: ${categories.map((category) => `${category} ≥ ${thresholds[category]}`).join(', ')}.`,
    '',
    `| page | address | ${categories.join(' | ')} | runs (performance) |`,
    `| --- | --- | ${categories.map(() => '---:').join(' | ')} | --- |`,
    ...outcomes.map(
      (outcome) =>
        `| ${outcome.name} | \`${outcome.path}\` | ${categories.map((category) => show(outcome.scores[category])).join(' | ')} | ` +
        `${outcome.runs.map((run) => show(run.performance)).join(', ')} |`,
    ),
  ];
  if (skipped.length > 0) lines.push('', ...skipped.map((line) => `- skipped: ${line}`));
  const failing = outcomes.filter((outcome) => outcome.problems.length > 0);
  if (failing.length > 0) {
    lines.push('', '## Below threshold', '');
    for (const outcome of failing) lines.push(...outcome.problems.map((problem) => `- ${outcome.name}: ${problem}`));
  }
  return `${lines.join('\n')}\n`;
}

/** Exported for the gate's page list: the specs resolved to addresses, or the reason one is skipped. */
export interface ResolvedPage {
  name: string;
  path: string;
}

/**
 * Resolve the configured pages against the build: `pick` pages from `dist/claims.json`, optional pages that
 * the build does not have skipped with a reason, a missing required page an error.
 */
export function resolvePages(
  specs: readonly LighthousePageSpec[],
  exported: { articles: { id: string }[]; claims: { url: string; attribution: { chain: string[] } }[] },
  hasPage: (path: string) => boolean,
): { pages: ResolvedPage[]; skipped: string[]; errors: string[] } {
  const pages: ResolvedPage[] = [];
  const skipped: string[] = [];
  const errors: string[] = [];
  const fullestClaim = exported.claims.reduce<(typeof exported.claims)[number] | undefined>(
    (best, claim) => (!best || claim.attribution.chain.length > best.attribution.chain.length ? claim : best),
    undefined,
  );
  const firstArticle = exported.articles[0];
  for (const spec of specs) {
    const path =
      spec.path ??
      (spec.pick === 'claim' ? fullestClaim?.url : firstArticle ? articlePath(firstArticle.id) : undefined);
    if (path === undefined) errors.push(`${spec.name}: the build has no ${spec.pick ?? 'page'} to pick`);
    else if (hasPage(path)) pages.push({ name: spec.name, path });
    else if (spec.optional) skipped.push(`${spec.name} (${path}): not in this build`);
    else errors.push(`${spec.name}: the build has no page at ${path}`);
  }
  return { pages, skipped, errors };
}
