import { describe, expect, it } from 'vitest';
import { absoluteUrl, normalBase, rebaseHtml, siteRoot, withBase } from '../../src/lib/site/site-address.ts';

describe('site addresses under a base path', () => {
  it('writes a base with one slash at each end', () => {
    expect(['', '/', 'claimline', '/claimline', 'claimline/', '//a/b//'].map(normalBase)).toEqual([
      '/',
      '/',
      '/claimline/',
      '/claimline/',
      '/claimline/',
      '/a/b/',
    ]);
  });

  it('makes full addresses on the published root, base included', () => {
    const root = siteRoot(new URL('https://owner.example/'), '/claimline');
    expect(root.href).toBe('https://owner.example/claimline/');
    expect(absoluteUrl('/claims/a/b/', root).href).toBe('https://owner.example/claimline/claims/a/b/');
    expect(absoluteUrl('feed.xml', root).href).toBe('https://owner.example/claimline/feed.xml');
    // At the root of a host, as before.
    expect(absoluteUrl('/feed.xml', siteRoot(new URL('https://claimline.example/'), '/')).href).toBe(
      'https://claimline.example/feed.xml',
    );
    // A site address that already names the path gives the same root.
    expect(siteRoot(new URL('https://owner.example/claimline/'), '/claimline/').href).toBe(root.href);
  });

  it('puts the base in front of site paths only', () => {
    expect(withBase('/claims/x/', '/claimline/')).toBe('/claimline/claims/x/');
    expect(withBase('/', 'claimline')).toBe('/claimline/');
    expect(withBase('/claims/x/', '/')).toBe('/claims/x/');
    for (const other of ['//cdn.example/x.js', 'https://example.org/', '#main', 'mailto:a@example.org'])
      expect(withBase(other, '/claimline/')).toBe(other);
  });

  it("rebases a page's links, sources and form actions, and nothing else", () => {
    const page = [
      '<link rel="icon" href="/favicon.svg">',
      '<link rel="stylesheet" href="/claimline/_astro/site.css">',
      '<a href="/claims/a/b/#note">claim</a>',
      '<a href="#main">skip</a>',
      '<a href="https://www.wsj.com/">WSJ</a>',
      '<a href="//cdn.example/">cdn</a>',
      '<img src="/og/site.png" alt="">',
      '<form action="/search/" method="get"></form>',
      '<meta property="og:url" content="https://owner.example/claimline/">',
      '<p data-path="/claims/">a path in text: /claims/ and href=&quot;/x&quot;</p>',
    ].join('');
    expect(rebaseHtml(page, '/claimline/')).toBe(
      [
        '<link rel="icon" href="/claimline/favicon.svg">',
        '<link rel="stylesheet" href="/claimline/_astro/site.css">',
        '<a href="/claimline/claims/a/b/#note">claim</a>',
        '<a href="#main">skip</a>',
        '<a href="https://www.wsj.com/">WSJ</a>',
        '<a href="//cdn.example/">cdn</a>',
        '<img src="/claimline/og/site.png" alt="">',
        '<form action="/claimline/search/" method="get"></form>',
        '<meta property="og:url" content="https://owner.example/claimline/">',
        '<p data-path="/claims/">a path in text: /claims/ and href=&quot;/x&quot;</p>',
      ].join(''),
    );
    expect(rebaseHtml(page, '/')).toBe(page);
  });
});
