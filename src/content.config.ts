import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/schema/article.ts';
import { claimSchema } from './lib/schema/claim.ts';
import { followUpSchema } from './lib/schema/follow-up.ts';
import { sourceSchema } from './lib/schema/source.ts';

/**
 * The collections over `content/`. The schemas live in src/lib/schema/ so that `npm run check:content`
 * validates with the very same definitions; here they get Astro's `reference()` for links between collections.
 * Cross-file rules (coverage, categories, dates) run before the build in src/integrations/content-integrity.ts.
 */

const sources = defineCollection({
  loader: glob({ pattern: '*.{yaml,yml}', base: './content/sources' }),
  schema: sourceSchema,
});

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema(reference('sources')),
});

const claims = defineCollection({
  loader: glob({ pattern: '*/*.md', base: './content/claims' }),
  schema: claimSchema(reference('sources'), reference('articles')),
});

const followUps = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/follow-ups' }),
  schema: followUpSchema(reference('claims')),
});

export const collections = { sources, articles, claims, followUps };
