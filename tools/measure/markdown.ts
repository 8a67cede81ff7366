/**
 * `npm run measure:markdown -- [--claims N] [--runs R] [--skip-builds]`: what the markdown pipeline costs.
 *
 * Generates a content tree of N claims (tools/measure/markdown-corpus.ts) and, for each pipeline below, measures
 * 1. the render alone: every note rendered in this process by the processor's renderer, as Astro creates it;
 * 2. a whole `astro build` of the site (this project's config and code, with only `markdown` swapped) on that
 *    content, in a project under bench/corpus/ (gitignored), R times, keeping the fastest run.
 * Prints one line per pipeline and measurement, and checks that the safe pipelines leave nothing live.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeSatteri } from '../../src/markdown/safe-satteri.ts';
import { safeUnified } from '../../src/markdown/safe-unified.ts';
import { readCommandLine } from '../../src/cli/command-line.ts';
import { liveHazards } from './live-html.ts';
import { claimCorpus } from './markdown-corpus.ts';
import { markdownCommand } from './options.ts';

type Processor = Pick<ReturnType<typeof satteri>, 'createRenderer'>;

interface Pipeline {
  name: string;
  /** What it is, for the table in docs/performance.md. */
  description: string;
  /** Whether it is meant to keep content from going live. */
  safe: boolean;
  processor: () => Processor;
  /** The `markdown` options Astro passes to the processor. */
  shared: Parameters<Processor['createRenderer']>[0];
  /** The generated astro.config.mjs's `markdown` section and the imports it needs (none: Astro's defaults). */
  config?: { imports: string[]; markdown: string };
}

const SATTERI = `import { satteri } from '@astrojs/markdown-satteri';`;
const SAFE_SATTERI = `import { safeSatteri } from '../../../src/markdown/safe-satteri.ts';`;
const SAFE_UNIFIED = `import { safeUnified } from '../../../src/markdown/safe-unified.ts';`;

const PIPELINES: Pipeline[] = [
  {
    name: 'default',
    description: "Astro's default: Sätteri, Shiki highlighting, no plugins",
    safe: false,
    processor: () => satteri(),
    shared: {},
  },
  {
    name: 'satteri-plain',
    description: 'Sätteri, no highlighting, no plugins',
    safe: false,
    processor: () => satteri(),
    shared: { syntaxHighlight: false },
    config: { imports: [SATTERI], markdown: `{ processor: satteri(), syntaxHighlight: false }` },
  },
  {
    name: 'safe-satteri',
    description: 'Sätteri, no highlighting, the three safety plugins (the site)',
    safe: true,
    processor: safeSatteri,
    shared: { syntaxHighlight: false },
    config: { imports: [SAFE_SATTERI], markdown: `{ processor: safeSatteri(), syntaxHighlight: false }` },
  },
  {
    name: 'safe-unified',
    description: 'unified (remark/rehype), no highlighting, the three safety plugins',
    safe: true,
    processor: safeUnified,
    shared: { syntaxHighlight: false },
    config: { imports: [SAFE_UNIFIED], markdown: `{ processor: safeUnified(), syntaxHighlight: false }` },
  },
];

const root = join(import.meta.dirname, '..', '..');
const { claims, runs, skipBuilds } = readCommandLine(markdownCommand);

const corpus = claimCorpus(claims);
const notes = corpus
  .filter((file) => file.path.startsWith('content/claims/'))
  .map((file) => file.text.slice(file.text.indexOf('\n---\n', 4) + 5));
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/** Render every note with the pipeline's renderer; the fastest of `runs` passes, after one warm-up pass. */
async function measureRender(pipeline: Pipeline): Promise<{ ms: number; html: string[] }> {
  const renderer = await pipeline.processor().createRenderer(pipeline.shared);
  const html: string[] = [];
  for (const markdown of notes) html.push((await renderer.render(markdown)).code);
  let best = Infinity;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    for (const markdown of notes) await renderer.render(markdown);
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, html };
}

/** A throw-away project: this project's code and config, the generated content, the pipeline's `markdown`. */
function benchProject(pipeline: Pipeline): string {
  const dir = join(root, 'bench', 'corpus', pipeline.name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const entry of ['src', 'node_modules']) symlinkSync(join(root, entry), join(dir, entry));
  for (const entry of ['package.json', 'tsconfig.json']) cpSync(join(root, entry), join(dir, entry));
  for (const file of corpus) {
    mkdirSync(join(dir, file.path, '..'), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  // Its own cache: Astro keeps the content store in cacheDir (node_modules/.astro by default, which is linked).
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      `import site from '../../../astro.config.mjs';`,
      ...(pipeline.config?.imports ?? []),
      `export default { ...site, cacheDir: './.cache/', markdown: ${pipeline.config?.markdown ?? '{}'} };`,
      '',
    ].join('\n'),
  );
  return dir;
}

function measureBuild(dir: string): { ms: number; peakRssMb: number | undefined } {
  let best = { ms: Infinity, peakRssMb: undefined as number | undefined };
  for (let run = 0; run < runs; run++) {
    rmSync(join(dir, 'dist'), { recursive: true, force: true });
    rmSync(join(dir, '.astro'), { recursive: true, force: true });
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    const started = performance.now();
    // GNU time reports the build's peak memory where it is installed; the time measured is our own.
    const time = spawnSync('/usr/bin/time', ['-f', 'peak_rss_kb=%M', 'true']).status === 0;
    const command = [process.execPath, join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
    const result = time
      ? spawnSync('/usr/bin/time', ['-f', 'peak_rss_kb=%M', ...command], { cwd: dir, encoding: 'utf8' })
      : spawnSync(command[0] ?? '', command.slice(1), { cwd: dir, encoding: 'utf8' });
    const ms = performance.now() - started;
    if (result.status !== 0) throw new Error(`astro build failed in ${dir}:\n${result.stdout}\n${result.stderr}`);
    const rss = /peak_rss_kb=(\d+)/.exec(result.stderr)?.[1];
    if (ms < best.ms) best = { ms, peakRssMb: rss === undefined ? undefined : Math.round(Number(rss) / 1024) };
  }
  return best;
}

console.log(`markdown pipelines on ${claims} claims (${notes.length} notes), fastest of ${runs} run(s)`);
for (const pipeline of PIPELINES) {
  const render = await measureRender(pipeline);
  const live = render.html.filter((html) => liveHazards(html).length > 0).length;
  const line = [
    `pipeline=${pipeline.name}`,
    `render_s=${seconds(render.ms)}`,
    `render_ms_per_note=${(render.ms / notes.length).toFixed(3)}`,
    `notes_with_live_html=${live}`,
  ];
  if (!skipBuilds) {
    const build = measureBuild(benchProject(pipeline));
    line.push(`build_s=${seconds(build.ms)}`);
    if (build.peakRssMb !== undefined) line.push(`peak_rss_mb=${build.peakRssMb}`);
  }
  console.log(line.join(' '));
  if (pipeline.safe && live > 0) {
    console.error(`${pipeline.name} left live HTML in ${live} notes`);
    process.exitCode = 1;
  }
}
