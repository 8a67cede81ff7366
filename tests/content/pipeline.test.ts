import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { MAX_FILE_BYTES, readContentFiles } from '../../src/lib/content/read-content.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { runBuildHook } from '../helpers/build-hook.ts';
import { runAstroBuild, runCli } from '../helpers/cli.ts';
import { fixtureContent, fixtureFiles, fixtureProject, TRICKY_YAML_CLAIM, trickyYaml } from '../helpers/fixtures.ts';

/**
 * The one road content takes (src/loaders/content-pipeline.ts): what `check:content` reports, the build reports and
 * refuses alike, on every fault an attacker or a careless editor can put in content/. The build's side is its check
 * hook run in this process (tests/helpers/build-hook.ts); real `astro build` runs are kept for what only a process
 * shows: a failed build's output and exit status.
 */

const bytes = (text: string) => new TextEncoder().encode(text);
const withFiles = (extra: Record<string, string>) => [
  ...fixtureFiles('base').filter((file) => !(file.path in extra)),
  ...Object.entries(extra).map(([path, text]) => ({ path, bytes: bytes(text) })),
];
const lines = (files: ReturnType<typeof withFiles>) => checkContent(files).problems.map(formatProblem);
const output = (result: { stdout: string; stderr: string }) => result.stdout + result.stderr;

/** A follow-up with four mistakes, kept outside content/ and linked in. */
const outsideFollowUp = `---\ndate: 2020-01-01\nsummary: x\ncitations: []\nresolves: nope\n---\n`;

/** The base fixture's content with a follow-up linked in from outside content/. */
function projectWithLinkOut(): { dir: string; target: string } {
  const dir = fixtureContent('base', 'link-out');
  const target = join(dir, 'outside.md');
  writeFileSync(target, outsideFollowUp);
  symlinkSync(target, join(dir, 'content', 'follow-ups', 'linked.md'));
  return { dir, target };
}

describe('a symbolic link in content/', () => {
  it('to a file outside content/ is refused by the check, naming the link and its target', () => {
    const { dir, target } = projectWithLinkOut();
    const result = runCli('check-content', [], dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(
      `content/follow-ups/linked.md: file: is a symbolic link to ${target}, outside content/; content must be files in content/ itself\n`,
    );
  });

  it('to a file outside content/ fails the build with the same line', async () => {
    const { dir } = projectWithLinkOut();
    const build = await runBuildHook(dir);
    expect(build.stopped).toMatch(/^content check failed: /);
    expect(build.lines).toContain(
      `content/follow-ups/linked.md: file: is a symbolic link to ${join(dir, 'outside.md')}, outside content/; content must be files in content/ itself`,
    );
  });

  it('to a file inside content/ is read like the file itself', async () => {
    const dir = fixtureContent('base', 'link-in');
    mkdirSync(join(dir, 'content', 'extra'));
    const sources = join(dir, 'content', 'sources');
    writeFileSync(join(dir, 'content', 'extra', 'ana.yaml'), readFileSync(join(sources, 'ana-ruiz.yaml')));
    rmSync(join(sources, 'ana-ruiz.yaml'));
    symlinkSync(join(dir, 'content', 'extra', 'ana.yaml'), join(sources, 'ana-ruiz.yaml'));
    const files = await readContentFiles(dir);
    const linked = files.find((file) => file.path === 'content/sources/ana-ruiz.yaml');
    expect(linked?.refusal).toBeUndefined();
    expect(new TextDecoder().decode(linked?.bytes)).toContain('Ana Ruiz');
  });
});

describe('size limits', () => {
  it('refuses a file over the limit without reading it', async () => {
    const dir = fixtureContent('base', 'huge-note');
    const path = join(dir, 'content', 'claims', 'harbour-report', '02-repairs.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\n${'A long note. '.repeat(MAX_FILE_BYTES / 10)}`);
    const files = await readContentFiles(dir);
    const huge = files.find((file) => file.path === 'content/claims/harbour-report/02-repairs.md');
    expect(huge?.bytes).toHaveLength(0);
    expect(checkContent(files).problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^content\/claims\/harbour-report\/02-repairs\.md: file: is \d+ KB, over the 1024 KB a content file may hold; is something pasted twice\?$/,
      ),
    ]);
  });
});

describe('YAML that the check and the build read alike', () => {
  it('a custom tag is one error, with its line, in the check and in the build', async () => {
    const claim = 'content/claims/harbour-report/02-repairs.md';
    const text = new TextDecoder().decode(fixtureFiles('base').find((file) => file.path === claim)?.bytes);
    const tagged = text.replace('kind: prediction', 'kind: prediction\nheadline: !custom x');
    const expected = `${claim}:6: frontmatter: YAML syntax error: Unresolved tag: !custom; content uses no YAML tags: write the value plainly`;
    expect(lines(withFiles({ [claim]: tagged }))).toEqual([expected]);
    const build = await runBuildHook(fixtureContent('base', 'custom-tag', withFiles({ [claim]: tagged })));
    expect(build.stopped).toMatch(/^content check failed: .*: 1 errors/);
    expect(build.lines).toContain(expected);
  });

  // The build reads them alike: tests/build/awkward-content.test.ts builds this claim and reads claims.json and its page.
  it('an unquoted day in a text field and a line of dashes inside a quoted value are read as text', () => {
    const text = new TextDecoder().decode(fixtureFiles('base').find((file) => file.path === TRICKY_YAML_CLAIM)?.bytes);
    const checked = checkContent(withFiles({ [TRICKY_YAML_CLAIM]: trickyYaml(text) }));
    expect(checked.problems).toEqual([]);
    const read = checked.content.claims.find((entry) => entry.file === TRICKY_YAML_CLAIM)?.data;
    expect(read).toMatchObject({ headline: 'Reopened ---- harbour', date: { asWritten: '2025-03-10' } });
  });
});

describe('content with no articles', () => {
  it('fails the check', () => {
    expect(lines(fixtureFiles('base').filter((file) => file.path.startsWith('content/sources/')))).toEqual([
      'content/articles/: folder: holds no articles; the site needs at least one to publish',
    ]);
  });

  it('fails the build, missing, with one line and no stack trace', () => {
    const dir = fixtureProject('base', 'no-content');
    rmSync(join(dir, 'content'), { recursive: true });
    const missing = runAstroBuild(dir);
    expect(missing.status).not.toBe(0);
    expect(output(missing)).toContain(`content check failed: there is no content/ folder in ${dir}`);
    expect(output(missing)).not.toMatch(/\n\s+at /u);
  });

  it('fails the build, emptied, with the check line', async () => {
    const dir = fixtureContent('base', 'empty-content', []);
    mkdirSync(join(dir, 'content'));
    const build = await runBuildHook(dir);
    expect(build.stopped).toMatch(/^content check failed: /);
    expect(build.lines).toContain('content/articles/: folder: holds no articles; the site needs at least one to publish');
  });
});

describe('a sentence an article repeats in two paragraphs', () => {
  const article = 'content/articles/harbour-report.md';
  const text = new TextDecoder().decode(fixtureFiles('base').find((file) => file.path === article)?.bytes);
  const repeated = text
    .replace('could take weeks.', 'could take weeks. No comment was given.')
    .replace('national aid.', 'national aid. No comment was given.');
  const claim = (order: number, slug: string) => ({
    [`content/claims/harbour-report/${slug}.md`]:
      `---\narticle: harbour-report\norder: ${String(order)}\nexcerpt: No comment was given.\nkind: context\n` +
      'attribution:\n  category: unattributed\n  chain: [coast-gazette]\n---\n',
  });

  /** The base files with the article replaced, the given claims added and the mayor's claim moved to `aidOrder`. */
  const files = (body: string, aidOrder: number, extra: Record<string, string>) =>
    withFiles({ [article]: body, ...extra }).map((file) =>
      file.path.endsWith('03-aid.md')
        ? { ...file, bytes: bytes(new TextDecoder().decode(file.bytes).replace('order: 3', `order: ${String(aidOrder)}`)) }
        : file,
    );

  it('can be claimed at each place it stands', () => {
    const checked = checkContent(files(repeated, 4, { ...claim(3, '025-no-comment'), ...claim(5, '04-no-comment') }));
    expect(checked.problems.map(formatProblem)).toEqual([]);
    const at = (id: string) => checked.content.claims.find((entry) => entry.id === id)?.sentences;
    const sentences = checked.content.articles.get('harbour-report')?.sentences ?? [];
    const first = at('harbour-report/025-no-comment')?.[0] ?? -1;
    const second = at('harbour-report/04-no-comment')?.[0] ?? -1;
    expect(second).toBeGreaterThan(first);
    expect(sentences[first]?.text).toBe('No comment was given.');
    expect(sentences[second]?.text).toBe('No comment was given.');
    expect(sentences[first]?.paragraph).not.toBe(sentences[second]?.paragraph);
  });

  it('claimed twice where it stands once is still reported', () => {
    const once = text.replace('could take weeks.', 'could take weeks. No comment was given.');
    const problems = lines(files(once, 5, { ...claim(3, '025-no-comment'), ...claim(4, '04-no-comment') }));
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/claims\/harbour-report\/04-no-comment\.md:4: excerpt: repeats sentence 3 of the article .*already in content\/claims\/harbour-report\/025-no-comment\.md/,
      ),
    ]);
  });
});

describe('a content error in the build', () => {
  it('prints the same path:line: field: line as the check, then a one-line summary, and no stack trace', () => {
    const result = runAstroBuild(fixtureProject('bad', 'wrong-enum'));
    expect(result.status).not.toBe(0);
    expect(output(result)).toContain('content/claims/harbour-report/02-repairs.md:5: kind: ');
    const printed = output(result).trimEnd().split('\n');
    expect(printed.at(-2)).toMatch(/content check failed: 1 articles, 3 sources, \d claims: 1 errors, 0 warnings/);
    expect(printed.at(-1)).toMatch(/the build stopped before writing anything; fix the lines above/);
    expect(output(result)).not.toMatch(/\n\s+at |Stack trace|unhandled error/u);
  });
});

