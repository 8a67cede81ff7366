import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { RawFile } from '../../src/lib/content/check.ts';

/**
 * Content fixtures: `tests/fixtures/content/base/` is a small valid content tree; each folder under `bad/` and
 * `good/` holds only the files it adds to or replaces in the base, so one fixture shows one mistake.
 */
export const projectRoot = join(import.meta.dirname, '..', '..');
const fixtures = join(projectRoot, 'tests', 'fixtures', 'content');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function treeFiles(dir: string): Map<string, Uint8Array> {
  return new Map(walk(dir).map((path) => [relative(dir, path).split(sep).join('/'), readFileSync(path)]));
}

export const badFixtures = () => readdirSync(join(fixtures, 'bad')).sort();
export const goodFixtures = () => readdirSync(join(fixtures, 'good')).sort();

export interface Expected {
  file: string;
  field: string;
  line?: number;
  message: string;
  /** `warning` for a fixture that must be reported but not fail the check; an error otherwise. */
  severity?: 'error' | 'warning';
  /** The mistake must be the only line reported: no second line caused by it. */
  only?: boolean;
}

export const expectedFor = (name: string): Expected =>
  JSON.parse(readFileSync(join(fixtures, 'bad', name, 'expected.json'), 'utf8')) as Expected;

/** The base tree with a fixture laid over it, as the content check's input. */
export function fixtureFiles(group: 'bad' | 'good' | 'base', name = ''): RawFile[] {
  const files = treeFiles(join(fixtures, 'base'));
  if (group !== 'base')
    for (const [path, bytes] of treeFiles(join(fixtures, group, name, 'content'))) files.set(`content/${path}`, bytes);
  return [...files].map(([path, bytes]) => ({ path, bytes }));
}

/** `files` written under `dir`, emptied first. */
function writeTree(dir: string, files: readonly RawFile[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const { path, bytes } of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}

/**
 * A throw-away folder under tests/.tmp/ holding a fixture's `content/` and nothing else: enough for whatever reads
 * content from a folder (the content pipeline in this process, the build's check hook, `npm run check:content` and
 * the editor tools run there), without the copy of the code that a build needs.
 */
export function fixtureContent(
  group: 'bad' | 'good' | 'base',
  name: string,
  files = fixtureFiles(group, name),
): string {
  const dir = join(projectRoot, 'tests', '.tmp', `content-${group}-${name || 'base'}`);
  writeTree(dir, files);
  return dir;
}

/**
 * A throw-away Astro project under tests/.tmp/: this project's config and code (copied) with a fixture's
 * content, so that a real `astro build` can be run on it.
 */
export function fixtureProject(
  group: 'bad' | 'good' | 'base',
  name: string,
  files = fixtureFiles(group, name),
): string {
  return throwAwayProject(`${group}-${name || 'base'}`, files);
}

/**
 * The site itself, this project's code and its own content/, copied into a throw-away project under tests/.tmp/:
 * for a test that builds the real site differently (under a path), without touching the project's own build
 * state (its cache and generated types, which `astro check` and a developer's server read while the tests run).
 */
export function siteProject(name: string): string {
  const content = [...treeFiles(join(projectRoot, 'content'))].map(([path, bytes]) => ({
    path: `content/${path}`,
    bytes,
  }));
  return throwAwayProject(`site-${name}`, content);
}

function throwAwayProject(name: string, files: readonly RawFile[]): string {
  const dir = join(projectRoot, 'tests', '.tmp', name);
  writeTree(dir, files);
  // src/ is copied: through a link, Vite would see the components at their real path, outside this project's root,
  // and Astro would build the pages without their styles.
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'));
  for (const entry of ['src', 'public', 'package.json', 'tsconfig.json'])
    cpSync(join(projectRoot, entry), join(dir, entry), { recursive: true });
  // The project's own config, with a cache of its own: Astro keeps its content store in cacheDir (by default
  // node_modules/.astro, which every fixture shares through the link), so builds in parallel test files would race.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import site from ${JSON.stringify(join(projectRoot, 'astro.config.mjs'))};\nexport default { ...site, cacheDir: './.cache/' };\n`,
  );
  return dir;
}

/**
 * The base fixture's first claim (`content/claims/harbour-report/01-reopened.md`) with YAML that a careless reader
 * would misread: an unquoted day in a text field (YAML 1.1 reads `2025-03-10` as a timestamp) and a line of dashes
 * inside a quoted value (a frontmatter splitter could end the frontmatter there). The check reads them as
 * `asWritten: '2025-03-10'` and `headline: 'Reopened ---- harbour'`, and so must the build.
 */
export const TRICKY_YAML_CLAIM = 'content/claims/harbour-report/01-reopened.md';

export function trickyYaml(text: string): string {
  return text
    .replace('asWritten: on Monday', 'asWritten: 2025-03-10')
    .replace('kind: event', 'kind: event\nheadline: "Reopened\n----\nharbour"');
}
