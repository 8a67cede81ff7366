import { z } from 'astro/zod';

/**
 * The quality gates' settings, kept in `gates.config.json` at the project root: which pages Lighthouse audits
 * and the scores they must reach, and the size budget of every page type. Read with `parseGatesConfig`, which
 * names the field of any mistake.
 */

const score = z.number().int().min(0).max(100);

/** A page to audit: a fixed address, or one picked from `dist/claims.json` so that no seed id is written here. */
const lighthousePage = z.strictObject({
  /** A short name for the report ("home", "claim"). */
  name: z.string().regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and hyphens'),
  /** The page's address from the site root ("/search/"). */
  path: z.string().startsWith('/').optional(),
  /**
   * `claim`: the claim with the longest attribution chain (the fullest claim page); `article`: the first
   * article's page.
   */
  pick: z.enum(['claim', 'article']).optional(),
  /** Audit the page only when the build has it (the search page arrives with issue #6), and say so. */
  optional: z.boolean().default(false),
});

const budget = z.strictObject({
  /** The page type's name in reports ("claim"). */
  type: z.string().min(1),
  /** Globs over page files in dist/ ("claims/**\/index.html"); a page takes the first type that matches it. */
  pages: z.array(z.string().min(1)).min(1),
  /** Most gzip bytes of the page's HTML as served (inline styles and scripts included). */
  html: z.number().int().min(0),
  /** Most gzip bytes of its CSS: the stylesheets it loads plus its inline `<style>` blocks. */
  css: z.number().int().min(0),
  /** Most gzip bytes of its JavaScript: the scripts it loads plus inline scripts (JSON-LD is data, not script). */
  js: z.number().int().min(0),
  /** Why the budget is what it is. */
  why: z.string().optional(),
});

export const gatesConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  lighthouse: z.strictObject({
    /** Lowest category scores, 0 to 100, as Lighthouse reports them. */
    thresholds: z.strictObject({
      performance: score,
      accessibility: score,
      'best-practices': score,
      seo: score,
    }),
    /** Runs per page; each category's median over the runs counts (Lighthouse's advice for noisy machines). */
    runs: z.number().int().min(1).max(9).default(1),
    /** More runs, up to this many, while performance alone falls short: it is timed, and varies with load. */
    maxRuns: z.number().int().min(1).max(9).default(3),
    pages: z
      .array(
        lighthousePage.refine((page) => (page.path === undefined) !== (page.pick === undefined), {
          error: 'needs exactly one of path and pick',
        }),
      )
      .min(1),
  }),
  sizeBudgets: z.array(budget).min(1),
});

export type GatesConfig = z.infer<typeof gatesConfigSchema>;
export type LighthousePageSpec = GatesConfig['lighthouse']['pages'][number];
export type SizeBudget = GatesConfig['sizeBudgets'][number];
export type Category = keyof GatesConfig['lighthouse']['thresholds'];
export const categories: readonly Category[] = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Parse the config's JSON text; throws an error that lists every mistake as `path: message`. */
export function parseGatesConfig(json: string, file = 'gates.config.json'): GatesConfig {
  const result = gatesConfigSchema.safeParse(JSON.parse(json));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(lines.join('\n'));
}
