/**
 * `npm run gate:determinism`: two clean builds of the site give byte-identical output. The project is copied to
 * two folders at different paths (so an absolute path leaking into a page would show), with its packages linked
 * but no build cache (Astro's, or anything under node_modules/.cache), and built there; then every file's SHA-256
 * is compared. Differing files are listed with where they first differ, and the builds are kept under
 * tests/.tmp/determinism/ to inspect.
 *
 * The second build runs in another time zone and locale (`SECOND_BUILD_CLOCK`): a claim's date must not move a day
 * because the machine that built the site sits at UTC+14, nor read "8. August" because its locale is German.
 *
 * Each copy reads the project's git history, as the project's own build does (a `.git` file naming the project's
 * repository), so that the first-published days and the corrections are compared too. With `--against <folder>`
 * the first build is one already made from this checkout without a cache: CI passes its own `dist/`, the build it
 * tests and ships, and the gate builds once instead of twice.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { compareTrees, firstDifference, identical } from './tree-compare.ts';
import { filesUnder, projectRoot, secondsSince } from './shared.ts';
import { determinismCommand } from './options.ts';

const { against } = readCommandLine(determinismCommand);
const start = performance.now();
const work = join(projectRoot, 'tests', '.tmp', 'determinism');
// What a build reads besides node_modules (linked, not copied: it is large and the same for both).
const inputs = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
const caches = new Set(['.cache', '.astro', '.vite']);
/**
 * Kiritimati is UTC+14, the furthest any zone sits from UTC, so that a date read or written in local time lands on
 * another day for most of the day. Node's ICU takes its default locale from LC_ALL, then LANG.
 */
const SECOND_BUILD_CLOCK = { TZ: 'Pacific/Kiritimati', LC_ALL: 'de_DE.UTF-8', LANG: 'de_DE.UTF-8' };

/**
 * The project's git directory when the project is the top of a repository, for the copies' `.git` files; otherwise
 * (no git, or a project inside another repository) the copies build without history, as the project does.
 */
function projectGitDirectory(): string | undefined {
  try {
    const [top, gitDirectory] = execFileSync('git', ['rev-parse', '--show-toplevel', '--absolute-git-dir'], {
      cwd: projectRoot,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .split('\n');
    return top !== undefined && realpathSync(top) === realpathSync(projectRoot) ? gitDirectory : undefined;
  } catch {
    return undefined;
  }
}

function hashes(folder: string): Map<string, string> {
  return new Map(
    filesUnder(folder).map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(folder, file)))
        .digest('hex'),
    ]),
  );
}

const gitDirectory = projectGitDirectory();

/** Builds the project in a clean copy named `name` and returns the copy's dist/. */
function cleanBuild(name: string, clock: Record<string, string> = {}): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const input of inputs) {
    if (existsSync(join(projectRoot, input))) cpSync(join(projectRoot, input), join(dir, input), { recursive: true });
  }
  // node_modules: each package linked, but not the caches tools keep there (node_modules/.cache, .astro, .vite),
  // so that nothing a previous build made is reused.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(projectRoot, 'node_modules'))) {
    if (!caches.has(entry)) symlinkSync(join(projectRoot, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  // A file, not a folder: git reads the repository it names and takes the copy for its working tree (gitrepository-layout).
  if (gitDirectory !== undefined) writeFileSync(join(dir, '.git'), `gitdir: ${gitDirectory}\n`);
  // The project's own config, with a cache of its own: Astro keeps its content store in cacheDir (by default
  // node_modules/.astro), which must not be shared between the two builds or with the project's own.
  cpSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.config.project.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import site from './astro.config.project.mjs';\nexport default { ...site, cacheDir: './.cache/' };\n",
  );
  const buildStart = performance.now();
  const build = spawnSync(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...clock },
  });
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    throw new Error(`the build in ${dir} failed with status ${String(build.status)}`);
  }
  const out = join(dir, 'dist');
  const where =
    Object.keys(clock).length === 0
      ? ''
      : ` (${Object.entries(clock)
          .map((entry) => entry.join('='))
          .join(' ')})`;
  console.log(
    `determinism: build ${name}${where}: ${filesUnder(out).length} files in ${secondsSince(buildStart)} s` +
      (gitDirectory === undefined ? ', without git history' : ''),
  );
  return out;
}

if (against !== undefined && !existsSync(against)) throw new Error(`--against ${against}: no such folder`);
const firstDist = against ?? cleanBuild('first');
const secondDist = cleanBuild('second-build', SECOND_BUILD_CLOCK);
const first = hashes(firstDist);
const difference = compareTrees(first, hashes(secondDist));
const what =
  against === undefined
    ? 'two clean builds, the second'
    : `${relative(projectRoot, against) || against} and a clean build`;

if (identical(difference)) {
  rmSync(work, { recursive: true, force: true });
  console.log(
    `determinism: passed, ${first.size} files byte-identical in ${what} in another time zone and locale ` +
      `(${secondsSince(start)} s)`,
  );
} else {
  for (const file of difference.onlyInFirst) console.error(`only in the first build: ${file}`);
  for (const file of difference.onlyInSecond) console.error(`only in the second build: ${file}`);
  for (const file of difference.differing) {
    const [a, b] = [firstDist, secondDist].map((dist) => readFileSync(join(dist, file), 'utf8'));
    console.error(`differs: ${file} ${firstDifference(a ?? '', b ?? '') ?? ''}`);
  }
  const count = difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length;
  console.error(
    `determinism: FAILED, ${count} files differ between ${firstDist} and ${secondDist} (${secondsSince(start)} s)`,
  );
  process.exitCode = 1;
}
