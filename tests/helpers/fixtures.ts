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

/**
 * A throw-away Astro project under tests/.tmp/: this project's config and code (copied) with a fixture's
 * content, so that a real `astro build` can be run on it.
 */
export function fixtureProject(
  group: 'bad' | 'good' | 'base',
  name: string,
  files = fixtureFiles(group, name),
): string {
  const dir = join(projectRoot, 'tests', '.tmp', `${group}-${name || 'base'}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
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
  for (const { path, bytes } of files) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
  return dir;
}
