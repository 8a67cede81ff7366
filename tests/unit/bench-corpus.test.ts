import { describe, expect, it } from 'vitest';
import { baselineFiles } from '../../tools/bench/baseline.ts';
import { articleSizes, corpusFiles, generateCorpus, slugify } from '../../tools/bench/corpus.ts';
import { seededRandom } from '../../tools/bench/random.ts';
import { checkContent, type RawFile } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const encoder = new TextEncoder();
const asRaw = (files: { path: string; text: string }[]): RawFile[] =>
  files.map(({ path, text }) => ({ path, bytes: encoder.encode(text) }));

describe('the bench corpus', () => {
  // No errors: the build accepts it. Kind-vs-cue warnings may come up, as in real content: the generator's
  // templates are not hand-labelled, and warnings neither fail the check nor change the build's work.
  it('passes checkContent with no error, for several sizes and seeds', () => {
    for (const [claims, seed] of [
      [1, 1],
      [45, 2],
      [240, 3],
      [240, 4],
    ] as const) {
      const { problems, content } = checkContent(asRaw(corpusFiles(generateCorpus({ claims, seed }))));
      const errors = problems.filter((problem) => problem.severity === 'error');
      expect(errors.map(formatProblem), `claims ${claims}, seed ${seed}`).toEqual([]);
      expect(content.claims).toHaveLength(claims);
    }
  });

  it('puts every sentence of every article in exactly one claim', () => {
    const { content } = checkContent(asRaw(corpusFiles(generateCorpus({ claims: 120, seed: 5 }))));
    for (const article of content.articles.values()) {
      const covered = content.claims
        .filter((claim) => claim.data.article === article.id)
        .flatMap((claim) => claim.sentences);
      expect(covered).toEqual(article.sentences.map((sentence) => sentence.index));
    }
  });

  it('has follow-ups that settle claims of their own article, dated after it, and pass the check', () => {
    const corpus = generateCorpus({ claims: 400, seed: 1 });
    expect(corpus.followUps.length).toBeGreaterThan(1);
    const { problems, content } = checkContent(asRaw(corpusFiles(corpus)));
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
    expect(content.followUps.map((followUp) => followUp.id).sort()).toEqual(
      corpus.followUps.map((followUp) => followUp.id).sort(),
    );
    const published = new Map(corpus.articles.map((article) => [article.id, article.published]));
    for (const followUp of corpus.followUps) {
      for (const { claim } of followUp.resolves) {
        const article = claim.split('/')[0] ?? '';
        expect(followUp.id.startsWith(article)).toBe(true);
        expect(followUp.date > (published.get(article) ?? '9999')).toBe(true);
      }
    }
  });

  it('is the same for the same seed and different for another', () => {
    const first = corpusFiles(generateCorpus({ claims: 80, seed: 7 }));
    expect(corpusFiles(generateCorpus({ claims: 80, seed: 7 }))).toEqual(first);
    expect(corpusFiles(generateCorpus({ claims: 80, seed: 8 }))).not.toEqual(first);
  });

  it('has the variety of real content: every category, kind, precision and basis; hedges; several articles', () => {
    const corpus = generateCorpus({ claims: 400, seed: 1 });
    const claims = corpus.claims;
    expect(corpus.articles.length).toBeGreaterThan(5);
    expect(new Set(claims.map((claim) => claim.attribution.category))).toEqual(
      new Set(['named', 'anonymous-official', 'anonymous-source', 'outlet', 'unattributed']),
    );
    expect(new Set(claims.map((claim) => claim.kind))).toEqual(
      new Set(['event', 'statement', 'prediction', 'assessment', 'context']),
    );
    expect(new Set(claims.map((claim) => claim.date?.precision))).toEqual(
      new Set(['day', 'week', 'month', 'year', undefined]),
    );
    expect(new Set(claims.map((claim) => claim.date?.basis))).toEqual(new Set(['stated', 'inferred', undefined]));
    // Multi-sentence excerpts, continuing claims with a rationale, cross-heads, GFM in the notes.
    expect(claims.some((claim) => /\.\s+\S/.test(claim.excerpt))).toBe(true);
    expect(claims.some((claim) => claim.rationale?.startsWith('No attribution of its own'))).toBe(true);
    expect(corpus.articles.some((article) => article.body.includes('\n## '))).toBe(true);
    for (const marker of ['| --- |', '- [x] ', '~~', '](https://']) {
      expect(
        claims.some((claim) => claim.note.includes(marker)),
        marker,
      ).toBe(true);
    }
    expect(
      claims.filter((claim) => / (may|could|likely|expected to|might|plans to|would) /.test(claim.excerpt)).length,
    ).toBeGreaterThan(20);
    expect(new Set(corpus.sources.map((source) => source.data.type))).toEqual(new Set(['outlet', 'person', 'group']));
  });

  it('writes content/ files only, one per source, article and claim', () => {
    const corpus = generateCorpus({ claims: 50, seed: 1 });
    const files = corpusFiles(corpus);
    expect(files).toHaveLength(corpus.sources.length + corpus.articles.length + corpus.claims.length);
    expect(
      files.every((file) => /^content\/(articles|sources|claims\/[a-z0-9-]+)\/[a-z0-9-]+\.(md|yaml)$/.test(file.path)),
    ).toBe(true);
  });

  it('rejects a size that is not a whole number of at least 1', () => {
    expect(() => generateCorpus({ claims: 0, seed: 1 })).toThrow(/at least 1/);
    expect(() => generateCorpus({ claims: 2.5, seed: 1 })).toThrow(/whole number/);
  });

  it('splits claims into articles of news length that add up to the total', () => {
    const sizes = articleSizes(seededRandom(1), 1000);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(1000);
    expect(sizes.slice(0, -1).every((size) => size >= 18 && size <= 60)).toBe(true);
  });

  it('makes ids of lower-case words and hyphens', () => {
    expect(slugify("The dockworkers' union approved 12 million euros", 4)).toBe('the-dockworkers-union-approved');
  });
});

describe('the bench baseline', () => {
  it('is a bare Astro project with one page per claim, holding the same markdown', () => {
    const corpus = generateCorpus({ claims: 20, seed: 1 });
    const files = baselineFiles(corpus);
    const pages = files.filter((file) => file.path.startsWith('content/pages/'));
    expect(pages).toHaveLength(20);
    const first = corpus.claims[0];
    const page = pages.find((file) => file.path === `content/pages/${first?.article}/${first?.name}.md`);
    expect(page?.text).toContain(first?.note);
    expect(page?.text).toContain(`> ${first?.excerpt}`);
    expect(files.map((file) => file.path)).toEqual(
      expect.arrayContaining(['package.json', 'astro.config.mjs', 'src/content.config.ts', 'src/pages/[...id].astro']),
    );
    // No Claimline code: the baseline measures Astro alone.
    expect(files.some((file) => file.text.includes('claimline:') || file.text.includes('content-integrity'))).toBe(
      false,
    );
  });
});

describe('seededRandom', () => {
  it('repeats for a seed and stays in range', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 100 }, () => a.int(3, 5));
    expect(Array.from({ length: 100 }, () => b.int(3, 5))).toEqual(draws);
    expect(new Set(draws)).toEqual(new Set([3, 4, 5]));
    expect(() => a.pick([])).toThrow(RangeError);
  });
});
