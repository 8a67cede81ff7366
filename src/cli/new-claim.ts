/**
 * `npm run claims:new -- --article <id> --excerpt "…" [--order N] [--kind …] [--category …] [--chain a,b]`:
 * scaffold one claim file with a comment on every field. Kind, attribution and date default to what the drafter
 * reads in the excerpt; flags override them. Never overwrites a file.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../lib/content/check.ts';
import { readContentFiles } from '../lib/content/read-content.ts';
import { draftClaims } from '../lib/draft/draft.ts';
import { scaffoldClaim } from '../lib/draft/scaffold.ts';
import { claimSlug } from '../lib/draft/slug.ts';
import { didYouMean } from '../lib/content/problems.ts';
import { claimKind, sourcingCategory } from '../lib/schema/claim.ts';
import { splitSentences } from '../lib/language/sentences.ts';
import { readCommandLine } from './command-line.ts';
import { newClaimCommand } from './options.ts';

function fail(message: string): never {
  console.error(`claims:new: ${message}`);
  process.exit(1);
}

const options = readCommandLine(newClaimCommand);
const root = resolve(options.out ?? process.cwd());

let files;
try {
  files = await readContentFiles(root);
} catch {
  fail(`no content/ folder in ${root}`);
}
const { content } = checkContent(files);
const article = content.articles.get(options.article);
if (!article) {
  const guess = didYouMean(options.article, content.articles.keys());
  fail(
    `unknown article "${options.article}"${guess ? ` (did you mean "${guess}"?)` : ''}; articles are the files in content/articles/`,
  );
}
const publisher = content.sources.get(article.data.publisher);
if (!publisher) fail(`the article's publisher "${article.data.publisher}" is not in content/sources/`);

// The drafter's reading of the excerpt, as defaults: read in the whole article when the excerpt is in it, so that
// an attribution continued from the sentence before is seen; on its own otherwise.
const parts = splitSentences(options.excerpt).map((sentence) => sentence.text.replace(/\s+/gu, ' '));
const position = article.sentences.findIndex((sentence) => sentence.text === parts[0]);
const sources = [...content.sources.values()].map((source) => ({ id: source.id, data: source.data }));
const drafted = draftClaims({
  articleId: article.id,
  title: article.data.title,
  body: position >= 0 ? article.body : `${options.excerpt}\n`,
  published: article.data.published,
  publisher: publisher.data.name,
  url: article.data.url,
  language: article.data.language,
  sources,
});
const first = drafted.claims[Math.max(0, position)];
const notes = ['Scaffolded by claims:new: check every field, then delete these comment lines.'];
let category = first?.category ?? 'unattributed';
let chain = first?.chain.map((source) => source.id) ?? [publisher.id];
const unknownSources = first?.chain.filter((source) => source.isNew) ?? [];
if (unknownSources.length > 0) {
  notes.push(
    `The drafter read the attribution as ${first?.category ?? ''} via ${unknownSources.map((source) => `"${source.data.name}"`).join(', ')},`,
    'which is not in content/sources/ yet: add the source file, then set the chain.',
  );
  category = 'unattributed';
  chain = [publisher.id];
}
if (options.category !== undefined) {
  const result = sourcingCategory.safeParse(options.category);
  if (!result.success) fail(`--category "${options.category}" must be one of ${sourcingCategory.options.join(', ')}`);
  category = result.data;
}
if (options.chain !== undefined) {
  for (const id of options.chain) {
    if (content.sources.has(id)) continue;
    const guess = didYouMean(id, content.sources.keys());
    fail(
      `--chain names unknown source "${id}"${guess ? ` (did you mean "${guess}"?)` : ''}; sources are the files in content/sources/`,
    );
  }
  chain = options.chain;
}
let kind = first?.kind ?? 'event';
if (options.kind !== undefined) {
  const result = claimKind.safeParse(options.kind);
  if (!result.success) fail(`--kind "${options.kind}" must be one of ${claimKind.options.join(', ')}`);
  kind = result.data;
}

const claims = content.claims.filter((claim) => claim.data.article === article.id);
if (position === -1) {
  console.error(
    `claims:new: warning: the excerpt's first sentence is not found verbatim in ${article.file}; copy it exactly`,
  );
}
const order =
  options.order ??
  (claims.length === 0 && position >= 0 ? position + 1 : Math.max(0, ...claims.map((claim) => claim.data.order)) + 1);
const twin = claims.find((claim) => claim.data.order === order);
if (twin) console.error(`claims:new: warning: order ${order} is also the order of ${twin.file}; renumber one of them`);

const width = Math.max(2, String(article.sentences.length).length);
const path = `content/claims/${article.id}/${String(order).padStart(width, '0')}-${options.slug ?? claimSlug(options.excerpt)}.md`;
const text = scaffoldClaim({
  article: article.id,
  order,
  excerpt: options.excerpt,
  headline: options.headline,
  kind,
  category,
  chain,
  date: first?.date,
  notes,
});
mkdirSync(dirname(join(root, path)), { recursive: true });
try {
  writeFileSync(join(root, path), text, { flag: 'wx' });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'EEXIST'
      ? `refusing to overwrite ${path}; nothing written`
      : `could not write ${path}: ${code ?? String(error)}`,
  );
}
console.log(`claims:new: wrote ${path}. Fill it in, then run npm run check:content.`);
