import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { SizeBudget } from '../../tools/gates/config.ts';
import { budgetFor, budgetTable, checkBudgets, measurePage } from '../../tools/gates/size-budget.ts';

const gz = (text: string | Uint8Array) => gzipSync(text).length;
const encode = (text: string) => new TextEncoder().encode(text);

describe('measurePage', () => {
  const css = 'body { color: #111; background: #fff; }';
  const js = 'console.log("search");';
  const assets: Record<string, Uint8Array> = { '/_astro/a.css': encode(css), '/_astro/s.js': encode(js) };
  const read = (address: string) => {
    const bytes = assets[address];
    if (!bytes) throw new Error(`no ${address}`);
    return bytes;
  };

  it('counts loaded and inline CSS and JS, gzipped, and leaves out data blocks and other hosts', () => {
    const page = encode(
      '<!doctype html><html><head><link rel="stylesheet" href="/_astro/a.css">' +
        '<link rel="stylesheet" href="https://cdn.example/x.css"><style>p{margin:0}</style>' +
        '<script type="application/ld+json">{"@type":"NewsArticle"}</script>' +
        '<script type="module" src="/_astro/s.js"></script><script>var a=1;</script></head><body></body></html>',
    );
    expect(measurePage('search/index.html', page, read)).toEqual({
      page: 'search/index.html',
      html: gz(page),
      css: gz(css) + gz('p{margin:0}'),
      js: gz(js) + gz('var a=1;'),
    });
  });

  it('gives a page with no styles or scripts 0 CSS and 0 JS', () => {
    const page = encode('<!doctype html><title>x</title><p>Text</p>');
    expect(measurePage('index.html', page, read)).toMatchObject({ css: 0, js: 0 });
  });
});

const budgets: SizeBudget[] = [
  { type: 'sources', pages: ['sources/index.html'], html: 100, css: 50, js: 0 },
  { type: 'source', pages: ['sources/**/index.html'], html: 200, css: 50, js: 0 },
  { type: 'search', pages: ['search/index.html'], html: 200, css: 50, js: 1000 },
];

describe('budgetFor', () => {
  it('gives a page the first type whose globs match it', () => {
    expect(budgetFor('sources/index.html', budgets)?.type).toBe('sources');
    expect(budgetFor('sources/wsj/index.html', budgets)?.type).toBe('source');
    expect(budgetFor('sources/wsj/page/2/index.html', budgets)?.type).toBe('source');
    expect(budgetFor('methodology/index.html', budgets)).toBeUndefined();
  });
});

describe('checkBudgets', () => {
  it('passes pages within budget and reports the heaviest of each type', () => {
    const report = checkBudgets(
      [
        { page: 'sources/a/index.html', html: 150, css: 40, js: 0 },
        { page: 'sources/b/index.html', html: 180, css: 30, js: 0 },
        { page: 'sources/index.html', html: 90, css: 20, js: 0 },
      ],
      budgets,
    );
    expect(report.problems).toEqual([]);
    expect(report.rows.map((row) => [row.type, row.pages, row.html, row.css.bytes])).toEqual([
      ['sources', 1, { page: 'sources/index.html', bytes: 90 }, 20],
      ['source', 2, { page: 'sources/b/index.html', bytes: 180 }, 40],
    ]);
    expect(budgetTable(report)).toContain('| source | 2 | 180 / 200 | 40 / 50 | 0 / 0 |');
  });

  it('fails a page over any of its budgets, and a page no budget covers', () => {
    const report = checkBudgets(
      [
        { page: 'sources/a/index.html', html: 201, css: 40, js: 1 },
        { page: 'methodology/index.html', html: 10, css: 0, js: 0 },
      ],
      budgets,
    );
    expect(report.problems).toEqual([
      'sources/a/index.html: HTML is 201 B gzip, over the source budget of 200 B',
      'sources/a/index.html: JS is 1 B gzip, over the source budget of 0 B',
      'methodology/index.html: no size budget covers this page; add its type to gates.config.json',
    ]);
  });

  it('measures real bytes: incompressible text over a budget fails it', () => {
    const page = encode(`<!doctype html><title>x</title><p>${randomBytes(400).toString('hex')}</p>`);
    const size = measurePage('sources/index.html', page, () => new Uint8Array());
    expect(size.html).toBeGreaterThan(100);
    expect(checkBudgets([size], budgets).problems).toHaveLength(1);
  });
});
