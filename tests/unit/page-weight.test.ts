import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatWeight, pageAssets, weighPage } from '../../tools/measure/page-weight.ts';

const html = `<!doctype html><html><head>
<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
<link rel="preload stylesheet" href="/_astro/b.css"><link rel="stylesheet" href="https://cdn.example/x.css">
<script src="/_astro/c.js"></script><script type="application/ld+json">{}</script></head><body></body></html>`;

describe('page weight', () => {
  it('finds the local stylesheets and scripts a page loads', () => {
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css', '/_astro/b.css'], js: ['/_astro/c.js'] });
  });

  it('adds up the gzipped size of the page and each asset', () => {
    const files = new Map<string, Uint8Array>([
      ['index.html', new TextEncoder().encode(html)],
      ['_astro/a.css', new TextEncoder().encode('a{color:red}'.repeat(50))],
      ['_astro/b.css', new TextEncoder().encode('b{color:blue}')],
      ['_astro/c.js', new TextEncoder().encode('console.log(1)')],
    ]);
    const size = (path: string) => gzipSync(files.get(path) ?? new Uint8Array()).length;
    const weight = weighPage('index.html', (path) => {
      const bytes = files.get(path);
      if (!bytes) throw new Error(`missing ${path}`);
      return bytes;
    });
    expect(weight).toEqual({
      page: 'index.html',
      html: size('index.html'),
      css: size('_astro/a.css') + size('_astro/b.css'),
      js: size('_astro/c.js'),
      assets: ['/_astro/a.css', '/_astro/b.css', '/_astro/c.js'],
      total: size('index.html') + size('_astro/a.css') + size('_astro/b.css') + size('_astro/c.js'),
    });
    expect(formatWeight({ ...weight, html: 2048, css: 512, js: 0, total: 2560 })).toBe(
      'index.html: 2.5 KB gzip (HTML 2.0 KB, CSS 0.5 KB, JS 0 B)',
    );
  });
});
