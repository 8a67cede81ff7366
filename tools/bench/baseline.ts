import type { Corpus, CorpusFile } from './corpus.ts';

/**
 * The baseline of `npm run bench`: a bare Astro 7 site of N plain markdown pages with a minimal layout, built in
 * the same run on the same machine, so that the bench reports what Claimline costs over Astro itself.
 *
 * Why a content collection and one dynamic route rather than N files in `src/pages/*.md`: Claimline's claim
 * pages are exactly that (a `glob()` collection of N markdown files, a zod schema, one `[...id].astro` route that
 * renders each entry), so the baseline does the same work the same way and the ratio isolates what Claimline
 * adds (the content check, richer schemas and references, more pages, the export). `src/pages/*.md` would route
 * every page through Vite as its own module, a slower path Claimline does not take, flattering the ratio.
 * The pages hold the same markdown as the claims (excerpt and note), so both builds render the same text, and the
 * output settings match astro.config.mjs (directory format, trailing slash).
 */

/** Page `n` of the baseline: the claim's excerpt as a quotation, then its note. */
function page(title: string, excerpt: string, note: string): string {
  return `---\ntitle: ${JSON.stringify(title)}\n---\n\n> ${excerpt}\n\n${note}\n`;
}

const CONFIG = `// The bare baseline of npm run bench: no integrations; output settings as Claimline's astro.config.mjs.
import { defineConfig } from 'astro/config';

export default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './content/pages' }),
  schema: z.object({ title: z.string() }),
});

export const collections = { pages };
`;

const LAYOUT = `---
interface Props {
  title: string;
}
const { title } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <slot />
    </main>
  </body>
</html>
`;

const ROUTE = `---
import type { GetStaticPaths } from 'astro';
import { getCollection, render } from 'astro:content';
import Page from '../layouts/Page.astro';

export const getStaticPaths = (async () => {
  const pages = await getCollection('pages');
  return pages.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

const { entry } = Astro.props;
const { Content } = await render(entry);
---

<Page title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <Content />
</Page>
`;

/** Every file of the baseline project except `node_modules` (the runner links this project's). */
export function baselineFiles(corpus: Corpus): CorpusFile[] {
  return [
    {
      path: 'package.json',
      text: `${JSON.stringify({ name: 'claimline-bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
    },
    { path: 'astro.config.mjs', text: CONFIG },
    { path: 'src/content.config.ts', text: COLLECTIONS },
    { path: 'src/layouts/Page.astro', text: LAYOUT },
    { path: 'src/pages/[...id].astro', text: ROUTE },
    ...corpus.claims.map((claim) => ({
      path: `content/pages/${claim.article}/${claim.name}.md`,
      text: page(claim.headline ?? claim.excerpt, claim.excerpt, claim.note),
    })),
  ];
}
