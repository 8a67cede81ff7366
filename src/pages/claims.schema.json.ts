import type { APIRoute } from 'astro';
import { claimsExportJsonSchema } from '../lib/schema/export.ts';
import { publishedRoot } from '../page-data/published-url.ts';

/** `dist/claims.schema.json`: the JSON Schema that `claims.json` meets, generated from its zod schema. */
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site`: the schema names its own address as $id');
  return new Response(`${JSON.stringify(claimsExportJsonSchema(publishedRoot(site)), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
