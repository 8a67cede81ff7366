import { describe, expect, it } from 'vitest';
import {
  addressOfFile,
  fileOfAddress,
  isSitemapIndex,
  pagesToAudit,
  sitemapLocations,
} from '../../tools/gates/pages.ts';

const index = `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://claimline.example/sitemap-0.xml</loc></sitemap>
</sitemapindex>`;
const urlset = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://claimline.example/</loc></url>
  <url><loc>https://claimline.example/claims/a/01-x/</loc><lastmod>2025-08-08</lastmod></url>
  <url><loc>https://claimline.example/search/?q=a&amp;b=c</loc></url>
</urlset>`;

describe('sitemapLocations', () => {
  it('reads every <loc>, decoding entities', () => {
    expect(sitemapLocations(urlset)).toEqual([
      'https://claimline.example/',
      'https://claimline.example/claims/a/01-x/',
      'https://claimline.example/search/?q=a&b=c',
    ]);
    expect(sitemapLocations(index)).toEqual(['https://claimline.example/sitemap-0.xml']);
  });

  it('tells an index from a list of pages', () => {
    expect(isSitemapIndex(index)).toBe(true);
    expect(isSitemapIndex(urlset)).toBe(false);
  });
});

describe('addresses and files', () => {
  it('maps files to the addresses a static host serves them at, and back', () => {
    expect(addressOfFile('index.html')).toBe('/');
    expect(addressOfFile('claims/a/01-x/index.html')).toBe('/claims/a/01-x/');
    expect(addressOfFile('404.html')).toBe('/404.html');
    expect(fileOfAddress('/')).toBe('index.html');
    expect(fileOfAddress('/claims/a/01-x/')).toBe('claims/a/01-x/index.html');
    expect(fileOfAddress('/claims.json')).toBe('claims.json');
    expect(fileOfAddress('/search/?q=a#top')).toBe('search/index.html');
    expect(fileOfAddress('/caf%C3%A9/')).toBe('café/index.html');
  });
});

describe('pagesToAudit', () => {
  const html = ['index.html', '404.html', 'claims/a/01-x/index.html', 'methodology/index.html'];

  it('falls back to every HTML file when the build has no sitemap', () => {
    expect(pagesToAudit(html, () => undefined)).toEqual({
      source: 'files',
      addresses: ['/', '/404.html', '/claims/a/01-x/', '/methodology/'],
    });
  });

  it('follows the sitemap index to its sitemaps and lists their pages, whatever host they name', () => {
    const files: Record<string, string> = { 'sitemap-index.xml': index, 'sitemap-0.xml': urlset };
    expect(pagesToAudit(html, (file) => files[file])).toEqual({
      source: 'sitemap',
      addresses: ['/', '/claims/a/01-x/', '/search/'],
    });
  });

  it('reads a plain sitemap.xml too', () => {
    expect(pagesToAudit(html, (file) => (file === 'sitemap.xml' ? urlset : undefined)).source).toBe('sitemap');
  });

  it('fails when the index names a sitemap the build lacks', () => {
    expect(() => pagesToAudit(html, (file) => (file === 'sitemap-index.xml' ? index : undefined))).toThrow(
      /sitemap-0\.xml/,
    );
  });
});
