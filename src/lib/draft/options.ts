import { parseArgs } from 'node:util';
import { isRealDay } from '../language/dates.ts';

/**
 * The command line of `claims:draft` (docs/architecture.md, "Contracts"):
 * `<article-file> --published YYYY-MM-DD --publisher "Name" [--out DIR] [--json]`, plus optional `--id`, `--url`
 * and `--language` for the article's frontmatter.
 */

export const DRAFT_USAGE = `usage: npm run claims:draft -- <article-file> --published YYYY-MM-DD --publisher "Name" [--out DIR] [--json]
         [--json-file FILE] [--id article-id] [--url https://…] [--language en]
  <article-file>  plain text or markdown; its first line (or # heading) is the title
  --published     the day the article was published: relative dates ("next week") are read against it
  --publisher     the outlet that published it, by name or short name (matched against content/sources/)
  --out DIR       the project folder to write content/ into (default: the current folder)
  --json          write nothing; print the proposed article and claims as JSON (npm prints a banner first:
                  use npm run --silent claims:draft -- … --json > file, or --json-file)
  --json-file F   like --json, but write the JSON to the file F (and nothing else)
  --id            the article's id (default: from the title)
  --url           the article's address (default: a placeholder to replace)
  --language      the article's language as a BCP 47 tag (default: en)`;

export interface DraftOptions {
  file: string;
  published: string;
  publisher: string;
  out?: string | undefined;
  json: boolean;
  /** Where --json-file writes the JSON; implies `json`. */
  jsonFile?: string | undefined;
  id?: string | undefined;
  url?: string | undefined;
  language?: string | undefined;
}

export type DraftOptionsResult = { options: DraftOptions; error?: undefined } | { error: string; options?: undefined };

export function parseDraftArgs(argv: readonly string[]): DraftOptionsResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        published: { type: 'string' },
        publisher: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        'json-file': { type: 'string' },
        id: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    return {
      error:
        positionals.length === 0
          ? 'missing the article file'
          : `expected one article file, got ${positionals.length}: ${positionals.join(', ')}`,
    };
  }
  const published = values.published;
  if (published === undefined) return { error: 'missing --published YYYY-MM-DD (the day the article was published)' };
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(published)) {
    return { error: `--published "${published}" must be a date written YYYY-MM-DD` };
  }
  if (!isRealDay(published)) return { error: `--published ${published} is not a real calendar day` };
  const publisher = values.publisher?.trim();
  if (!publisher) return { error: 'missing --publisher "Name" (the outlet that published the article)' };
  if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.id)) {
    return { error: `--id "${values.id}" must be lower-case letters, digits and single hyphens` };
  }
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/u.test(values.url)) {
    return { error: `--url "${values.url}" must be an http:// or https:// address` };
  }
  if (values.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(values.language)) {
    return { error: `--language "${values.language}" must be a BCP 47 language tag such as "en"` };
  }
  return {
    options: {
      file: positionals[0] ?? '',
      published,
      publisher,
      out: values.out,
      json: values.json || values['json-file'] !== undefined,
      jsonFile: values['json-file'],
      id: values.id,
      url: values.url,
      language: values.language,
    },
  };
}

export const NEW_CLAIM_USAGE = `usage: npm run claims:new -- --article <article-id> --excerpt "Whole sentences, copied exactly." [--order N]
         [--kind event|statement|prediction|assessment|context] [--category …] [--chain publisher,source,…]
         [--headline "…"] [--slug words] [--out DIR]
  Scaffolds content/claims/<article-id>/NN-slug.md with a comment on every field. Kind, attribution and date
  default to what claims:draft reads in the excerpt; flags override them. Never overwrites a file.`;

export interface NewClaimOptions {
  article: string;
  excerpt: string;
  order?: number | undefined;
  kind?: string | undefined;
  category?: string | undefined;
  chain?: string[] | undefined;
  headline?: string | undefined;
  slug?: string | undefined;
  out?: string | undefined;
}

export type NewClaimOptionsResult =
  { options: NewClaimOptions; error?: undefined } | { error: string; options?: undefined };

export function parseNewClaimArgs(argv: readonly string[]): NewClaimOptionsResult {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        article: { type: 'string' },
        excerpt: { type: 'string' },
        order: { type: 'string' },
        kind: { type: 'string' },
        category: { type: 'string' },
        chain: { type: 'string' },
        headline: { type: 'string' },
        slug: { type: 'string' },
        out: { type: 'string' },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (!values.article) return { error: 'missing --article <article-id>' };
  if (!values.excerpt?.trim()) return { error: 'missing --excerpt "…" (the claim’s whole sentences, copied exactly)' };
  let order: number | undefined;
  if (values.order !== undefined) {
    order = Number(values.order);
    if (!Number.isInteger(order) || order < 1)
      return { error: `--order "${values.order}" must be a whole number, 1 or more` };
  }
  if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.slug)) {
    return { error: `--slug "${values.slug}" must be lower-case letters, digits and single hyphens` };
  }
  return {
    options: {
      article: values.article,
      excerpt: values.excerpt.trim(),
      order,
      kind: values.kind,
      category: values.category,
      chain: values.chain
        ?.split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
      headline: values.headline,
      slug: values.slug,
      out: values.out,
    },
  };
}
