import { isRealDay } from '../lib/language/dates.ts';
import { defineCommand, UsageError } from './command-line.ts';

/**
 * The command lines of the editor tools (docs/architecture.md, "Contracts"), read by src/cli/command-line.ts:
 * `check:content [--watch]`, `claims:draft <article-file> --published YYYY-MM-DD --publisher "Name" …` and
 * `claims:new --article <id> --excerpt "…" …`.
 */

export const checkContentCommand = defineCommand({
  name: 'check:content',
  usage: `usage: npm run check:content [-- --watch]
  Checks everything under content/ as a build would, one line per problem (path:line: field: message); exits 1 on
  any error.
  --watch   check once, then again on every change under content/`,
  options: { watch: { type: 'boolean', default: false } },
  read: (values) => ({ watch: values.watch }),
});

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

export const draftCommand = defineCommand({
  name: 'claims:draft',
  usage: `usage: npm run claims:draft -- <article-file> --published YYYY-MM-DD --publisher "Name" [--out DIR] [--json]
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
  --language      the article's language as a BCP 47 tag (default: en)`,
  positionals: true,
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
  read: (values, positionals): DraftOptions => {
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? 'missing the article file'
          : `expected one article file, got ${positionals.length}: ${positionals.join(', ')}`,
      );
    }
    const published = values.published;
    if (published === undefined)
      throw new UsageError('missing --published YYYY-MM-DD (the day the article was published)');
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(published)) {
      throw new UsageError(`--published "${published}" must be a date written YYYY-MM-DD`);
    }
    if (!isRealDay(published)) throw new UsageError(`--published ${published} is not a real calendar day`);
    const publisher = values.publisher?.trim();
    if (!publisher) throw new UsageError('missing --publisher "Name" (the outlet that published the article)');
    if (values.id !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.id)) {
      throw new UsageError(`--id "${values.id}" must be lower-case letters, digits and single hyphens`);
    }
    if (values.url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/u.test(values.url)) {
      throw new UsageError(`--url "${values.url}" must be an http:// or https:// address`);
    }
    if (values.language !== undefined && !/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/u.test(values.language)) {
      throw new UsageError(`--language "${values.language}" must be a BCP 47 language tag such as "en"`);
    }
    return {
      file: positionals[0] ?? '',
      published,
      publisher,
      out: values.out,
      json: values.json || values['json-file'] !== undefined,
      jsonFile: values['json-file'],
      id: values.id,
      url: values.url,
      language: values.language,
    };
  },
});

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

export const newClaimCommand = defineCommand({
  name: 'claims:new',
  usage: `usage: npm run claims:new -- --article <article-id> --excerpt "Whole sentences, copied exactly." [--order N]
         [--kind event|statement|prediction|assessment|context] [--category …] [--chain publisher,source,…]
         [--headline "…"] [--slug words] [--out DIR]
  Scaffolds content/claims/<article-id>/NN-slug.md with a comment on every field. Kind, attribution and date
  default to what claims:draft reads in the excerpt; flags override them. Never overwrites a file.`,
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
  read: (values): NewClaimOptions => {
    if (!values.article) throw new UsageError('missing --article <article-id>');
    const excerpt = values.excerpt?.trim();
    if (!excerpt) throw new UsageError('missing --excerpt "…" (the claim’s whole sentences, copied exactly)');
    let order: number | undefined;
    if (values.order !== undefined) {
      order = Number(values.order);
      if (!Number.isInteger(order) || order < 1)
        throw new UsageError(`--order "${values.order}" must be a whole number, 1 or more`);
    }
    if (values.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(values.slug)) {
      throw new UsageError(`--slug "${values.slug}" must be lower-case letters, digits and single hyphens`);
    }
    return {
      article: values.article,
      excerpt,
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
    };
  },
});
