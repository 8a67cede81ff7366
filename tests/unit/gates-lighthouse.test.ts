import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGatesConfig } from '../../tools/gates/config.ts';
import {
  categoriesBelow,
  categoryScores,
  losingAudits,
  medianScores,
  resolvePages,
  shortfalls,
  summaryMarkdown,
  wantsAnotherRun,
  type LighthouseResult,
  type Scores,
} from '../../tools/gates/lighthouse-report.ts';

const thresholds = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };
const scores = (performance: number | null, accessibility = 100, seo = 100): Scores => ({
  performance,
  accessibility,
  'best-practices': 100,
  seo,
});

/** A Lighthouse result of the shape Lighthouse 13 writes, cut to what the gate reads. */
const result: LighthouseResult = {
  lighthouseVersion: '13.5.0',
  configSettings: { formFactor: 'mobile', throttlingMethod: 'simulate' },
  runWarnings: [],
  categories: {
    performance: {
      score: 0.914,
      auditRefs: [
        { id: 'total-blocking-time', weight: 30 },
        { id: 'first-contentful-paint', weight: 10 },
        { id: 'diagnostics', weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 1, auditRefs: [] },
    seo: { score: 0.92, auditRefs: [{ id: 'meta-description', weight: 1 }] },
  },
  audits: {
    'total-blocking-time': {
      title: 'Total Blocking Time',
      score: 0.71,
      scoreDisplayMode: 'numeric',
      displayValue: '370 ms',
    },
    'first-contentful-paint': { title: 'First Contentful Paint', score: 1, scoreDisplayMode: 'numeric' },
    diagnostics: { title: 'Diagnostics', score: 0, scoreDisplayMode: 'informative' },
    'color-contrast': { title: 'Contrast', score: 1, scoreDisplayMode: 'binary' },
    'meta-description': { title: 'Document has a meta description', score: 0, scoreDisplayMode: 'binary' },
  },
};

describe('scores', () => {
  it('reads category scores on the 0–100 scale', () => {
    expect(categoryScores(result)).toEqual({ performance: 91, accessibility: 100, 'best-practices': 100, seo: 92 });
  });

  it('takes the median of each category over runs', () => {
    expect(medianScores([scores(91), scores(100), scores(75)])).toEqual(scores(91));
    expect(medianScores([scores(91), scores(100)]).performance).toBe(91);
    expect(medianScores([scores(91), scores(null)]).performance).toBeNull();
  });

  it('names the categories under their thresholds', () => {
    expect(categoriesBelow(scores(95), thresholds)).toEqual([]);
    expect(categoriesBelow(scores(94, 100, 92), thresholds)).toEqual(['performance', 'seo']);
    expect(shortfalls(scores(null, 98), thresholds)).toEqual(['performance not scored < 95', 'accessibility 98 < 100']);
  });

  it('lists the scored audits that cost points, not informative ones', () => {
    expect(losingAudits(result, 'performance')).toEqual(['total-blocking-time (Total Blocking Time): 71, 370 ms']);
    expect(losingAudits(result, 'seo')).toEqual(['meta-description (Document has a meta description): 0']);
    expect(losingAudits(result, 'accessibility')).toEqual([]);
  });
});

describe('wantsAnotherRun', () => {
  const limits = { runs: 1, maxRuns: 3 };

  it('runs at least `runs` times', () => {
    expect(wantsAnotherRun([], thresholds, limits)).toBe(true);
    expect(wantsAnotherRun([scores(100)], thresholds, { runs: 2, maxRuns: 3 })).toBe(true);
  });

  it('stops once the median passes', () => {
    expect(wantsAnotherRun([scores(100)], thresholds, limits)).toBe(false);
  });

  it('runs again while performance alone falls short, up to maxRuns', () => {
    expect(wantsAnotherRun([scores(91)], thresholds, limits)).toBe(true);
    expect(wantsAnotherRun([scores(91), scores(100)], thresholds, limits)).toBe(true);
    expect(wantsAnotherRun([scores(91), scores(100), scores(99)], thresholds, limits)).toBe(false);
  });

  it('does not run again for a category that timing cannot change', () => {
    expect(wantsAnotherRun([scores(91, 98)], thresholds, limits)).toBe(false);
    expect(wantsAnotherRun([scores(100, 100, 92)], thresholds, limits)).toBe(false);
  });
});

describe('resolvePages', () => {
  const exported = {
    articles: [{ id: 'first-article' }, { id: 'second' }],
    claims: [
      { url: '/claims/first-article/01-a/', attribution: { chain: ['p'] } },
      { url: '/claims/first-article/02-b/', attribution: { chain: ['p', 'o', 's'] } },
      { url: '/claims/first-article/03-c/', attribution: { chain: ['p', 'o', 't'] } },
    ],
  };
  const built = new Set(['/', '/claims/first-article/02-b/', '/articles/first-article/']);

  it('picks the fullest claim and the first article, and skips optional pages the build lacks', () => {
    const { pages, skipped, errors } = resolvePages(
      [
        { name: 'home', path: '/', optional: false },
        { name: 'claim', pick: 'claim', optional: false },
        { name: 'article', pick: 'article', optional: false },
        { name: 'search', path: '/search/', optional: true },
      ],
      exported,
      (path) => built.has(path),
    );
    expect(pages).toEqual([
      { name: 'home', path: '/' },
      { name: 'claim', path: '/claims/first-article/02-b/' },
      { name: 'article', path: '/articles/first-article/' },
    ]);
    expect(skipped).toEqual(['search (/search/): not in this build']);
    expect(errors).toEqual([]);
  });

  it('fails on a required page the build lacks', () => {
    const { errors } = resolvePages([{ name: 'about', path: '/about/', optional: false }], exported, () => false);
    expect(errors).toEqual(['about: the build has no page at /about/']);
  });
});

describe('summaryMarkdown', () => {
  it('keeps every number, the verdict and what fell short', () => {
    const text = summaryMarkdown({
      outcomes: [
        { name: 'home', path: '/', scores: scores(96), runs: [scores(91), scores(100), scores(96)], problems: [] },
        {
          name: 'claim',
          path: '/c/',
          scores: scores(100, 98),
          runs: [scores(100, 98)],
          problems: ['accessibility 98 < 100'],
        },
      ],
      skipped: ['search (/search/): not in this build'],
      thresholds,
      lighthouseVersion: '13.5.0',
      browser: 'Chromium',
      formFactor: 'mobile, simulate throttling',
      date: '2026-01-01T00:00:00.000Z',
    });
    expect(text).toContain('# Lighthouse: FAILED');
    expect(text).toContain('| home | `/` | 96 | 100 | 100 | 100 | 91, 100, 96 |');
    expect(text).toContain('- skipped: search (/search/): not in this build');
    expect(text).toContain('- claim: accessibility 98 < 100');
  });
});

describe('gates.config.json', () => {
  it('is valid, and holds the thresholds issue #7 sets', () => {
    const config = parseGatesConfig(readFileSync(join(import.meta.dirname, '..', '..', 'gates.config.json'), 'utf8'));
    expect(config.lighthouse.thresholds).toEqual(thresholds);
    expect(config.lighthouse.pages.map((page) => page.name)).toEqual([
      'home',
      'claim',
      'article',
      'search',
      'corrections',
    ]);
    expect(config.sizeBudgets.filter((budget) => budget.js > 0).map((budget) => budget.type)).toEqual(['search']);
  });

  it('names the field of every mistake', () => {
    const bad = JSON.stringify({
      lighthouse: { thresholds: { ...thresholds, seo: 101 }, pages: [{ name: 'x', path: '/', pick: 'claim' }] },
      sizeBudgets: [{ type: 'home', pages: [], html: 1, css: 1, js: 1, colour: 'red' }],
    });
    expect(() => parseGatesConfig(bad)).toThrow(/gates\.config\.json: lighthouse\.thresholds\.seo: /);
    expect(() => parseGatesConfig(bad)).toThrow(/lighthouse\.pages\.0: needs exactly one of path and pick/);
    expect(() => parseGatesConfig(bad)).toThrow(/sizeBudgets\.0\.pages: /);
    expect(() => parseGatesConfig(bad)).toThrow(/sizeBudgets\.0: .*colour/);
  });
});
