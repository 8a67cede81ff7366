/**
 * `npm run claims:draft -- <article-file> --published YYYY-MM-DD --publisher "Name" [--out DIR] [--json]
 * [--json-file FILE]`:
 * propose one claim per sentence of a new article (docs/architecture.md, "Contracts"). Writes the article, the draft claims
 * and the new sources under DIR/content/, never over an existing file; with --json writes nothing and prints
 * `{ article, claims }` (with --json-file, writes only that file). Bad input: exit 1, a message on stderr, nothing written.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readContentFiles } from '../lib/content/read-content.ts';
import { readArticleInput } from '../lib/draft/article-input.ts';
import { draftClaims } from '../lib/draft/draft.ts';
import { existingSources } from '../lib/draft/existing-sources.ts';
import { draftFiles, draftJson } from '../lib/draft/render.ts';
import { slugify } from '../lib/draft/slug.ts';
import { readCommandLine } from './command-line.ts';
import { draftCommand } from './options.ts';

function fail(message: string): never {
  console.error(`claims:draft: ${message}`);
  process.exit(1);
}

const options = readCommandLine(draftCommand);

let bytes: Uint8Array;
try {
  if (!statSync(options.file).isFile()) fail(`${options.file} is not a file`);
  bytes = readFileSync(options.file);
} catch (error) {
  fail(`cannot read ${options.file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
const read = readArticleInput(bytes);
if (read.error !== undefined) fail(`${options.file} ${read.error}; nothing written`);
const { input } = read;

const root = resolve(options.out ?? process.cwd());
let contentFiles: Awaited<ReturnType<typeof readContentFiles>> = [];
try {
  if (statSync(join(root, 'content', 'sources')).isDirectory())
    contentFiles = await readContentFiles(root, 'content/sources');
} catch {
  // No content/sources/ yet: every source the draft names is new.
}
const known = existingSources(contentFiles);
for (const warning of known.warnings)
  console.error(`claims:draft: skipping a source that does not validate: ${warning}`);

const articleId = options.id ?? (slugify(input.title, 6) || 'article');
const url = options.url ?? input.url ?? `https://example.invalid/replace-with-the-address-of/${articleId}`;
const draft = draftClaims({
  articleId,
  title: input.title,
  body: input.body,
  published: options.published,
  publisher: options.publisher,
  url,
  language: options.language ?? input.language ?? 'en',
  sources: known.sources,
});

if (options.json) {
  const json = `${JSON.stringify(draftJson(draft), null, 2)}\n`;
  if (options.jsonFile === undefined) process.stdout.write(json);
  else {
    try {
      writeFileSync(options.jsonFile, json);
    } catch (error) {
      fail(`could not write ${options.jsonFile}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  process.exit(0);
}

const files = draftFiles(draft);
const exists = (path: string) => {
  try {
    statSync(join(root, path));
    return true;
  } catch {
    return false;
  }
};
const conflicts = files.filter((file) => exists(file.path)).map((file) => file.path);
const claimsFolder = join(root, 'content', 'claims', articleId);
const folderEntries = exists(join('content', 'claims', articleId)) ? readdirSync(claimsFolder) : [];
if (folderEntries.length > 0)
  conflicts.unshift(`content/claims/${articleId}/ (already holds ${folderEntries.length} files)`);
if (conflicts.length > 0) {
  fail(
    `refusing to overwrite; these already exist:\n  ${[...new Set(conflicts)].join('\n  ')}\n` +
      'Nothing was written. Choose another --id, or move the existing files away first.',
  );
}

const written: string[] = [];
for (const file of files) {
  const target = join(root, file.path);
  mkdirSync(dirname(target), { recursive: true });
  try {
    // `wx`: fail rather than overwrite, should a file appear after the check above.
    writeFileSync(target, file.text, { flag: 'wx' });
  } catch (error) {
    fail(
      `could not write ${file.path} (${(error as NodeJS.ErrnoException).code ?? String(error)}); wrote ${written.length} files before it: ${written.join(', ')}`,
    );
  }
  written.push(file.path);
}

const newSources = draft.newSources.map((source) => source.id);
console.log(
  `claims:draft: wrote ${written.length} files under ${root}/content/: the article ${articleId}, ` +
    `${draft.claims.length} draft claims, ${newSources.length} new sources${newSources.length > 0 ? ` (${newSources.join(', ')})` : ''}.`,
);
if (!options.url && !input.url)
  console.error('claims:draft: the article has a placeholder url; replace it with --url next time, or edit the file.');
console.log(
  'Next: review each claim and source (drafterNotes say how it was read), remove `draft: true` from each one you have reviewed, then run npm run check:content.',
);
