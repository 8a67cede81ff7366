import { defineCollection } from 'astro:content';
import { claimlineLoader } from './loaders/content-loader.ts';

/**
 * The collections over `content/`, all filled by Claimline's content loader (src/loaders/content-loader.ts) from one
 * reading and one check of the files: what `npm run check:content` accepts is exactly what the site publishes. The
 * rules live in src/lib/content/check.ts and the field definitions in src/lib/schema/; each entry is stored as the
 * site's model (src/lib/site/model.ts), references between collections already resolved to checked ids.
 */

/** Anyone a claim is attributed to: `content/sources/<id>.yaml`. */
const sources = defineCollection({ loader: claimlineLoader('sources') });

/** The articles claims are taken from: `content/articles/<id>.md`. */
const articles = defineCollection({ loader: claimlineLoader('articles') });

/** One claim a file: `content/claims/<article-id>/<NN-slug>.md`, its body the editor's note. */
const claims = defineCollection({ loader: claimlineLoader('claims') });

/** What happened next: `content/follow-ups/<id>.md`, its body the editor's note. */
const followUps = defineCollection({ loader: claimlineLoader('followUps') });

export const collections = { sources, articles, claims, followUps };
