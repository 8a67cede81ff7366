/**
 * `npm run gate:determinism`: two clean builds of the site give byte-identical output. The project is copied to
 * two folders at different paths (so an absolute path leaking into a page would show), with its packages linked
 * but no build cache (Astro's, or anything under node_modules/.cache), and built there; then every file's SHA-256
 * is compared. Differing files are listed with where they first differ, and the builds are kept under
 * tests/.tmp/determinism/ to inspect.
 *
 * The second build runs in another time zone and locale (`SECOND_BUILD_CLOCK`): a claim's date must not move a day
 * because the machine that built the site sits at UTC+14, nor read "8. August" because its locale is German.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { compareTrees, firstDifference, identical } from './tree-compare.ts';
import { filesUnder, projectRoot, secondsSince } from './shared.ts';
import { determinismCommand } from './options.ts';

readCommandLine(determinismCommand);
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

function cleanBuild(name: string, clock: Record<string, string> = {}): Map<string, string> {
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
  const files = filesUnder(out);
  const where =
    Object.keys(clock).length === 0
      ? ''
      : ` (${Object.entries(clock)
          .map((entry) => entry.join('='))
          .join(' ')})`;
  console.log(`determinism: build ${name}${where}: ${files.length} files in ${secondsSince(buildStart)} s`);
  return new Map(
    files.map((file) => [
      file,
      createHash('sha256')
        .update(readFileSync(join(out, file)))
        .digest('hex'),
    ]),
  );
}

const names = ['first', 'second-build'];
const first = cleanBuild('first');
const second = cleanBuild('second-build', SECOND_BUILD_CLOCK);
const difference = compareTrees(first, second);

if (identical(difference)) {
  rmSync(work, { recursive: true, force: true });
  console.log(
    `determinism: passed, ${first.size} files byte-identical in two clean builds, the second in another time zone ` +
      `and locale (${secondsSince(start)} s)`,
  );
} else {
  for (const file of difference.onlyInFirst) console.error(`only in the first build: ${file}`);
  for (const file of difference.onlyInSecond) console.error(`only in the second build: ${file}`);
  for (const file of difference.differing) {
    const [a, b] = names.map((name) => readFileSync(join(work, name, 'dist', file), 'utf8'));
    console.error(`differs: ${file} ${firstDifference(a ?? '', b ?? '') ?? ''}`);
  }
  const count = difference.onlyInFirst.length + difference.onlyInSecond.length + difference.differing.length;
  console.error(`determinism: FAILED, ${count} files differ; both builds are in ${work} (${secondsSince(start)} s)`);
  process.exitCode = 1;
}
