import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The gates fail when they should: each runs, as `npm run gate:…` runs it, on a small built site with one
 * mistake of each kind it guards against, and passes on the same site without them.
 */

const root = join(import.meta.dirname, '..', '..');
const work = join(root, 'tests', '.tmp', 'gate-scripts');
afterAll(() => {
  if (process.env.KEEP) return;
  rmSync(work, { recursive: true, force: true });
});

function site(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (title: string, body: string) =>
  `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n    <title>${title}</title>\n` +
  `    <link rel="icon" href="/favicon.svg" type="image/svg+xml">\n  </head>\n  <body>\n    <main id="main">\n${body}\n` +
  `    </main>\n  </body>\n</html>\n`;

const good = {
  'index.html': page(
    'Home',
    '      <h1 id="top">Home</h1>\n      <p><a href="/methodology/">About</a> <a href="/methodology/#team">Team</a> ' +
      '<a href="#top">Top</a> <a href="https://news.example/story">A story</a> <a href="mailto:desk@news.example">Desk</a></p>\n' +
      '      <img src="/logo.svg" alt="Logo" width="10" height="10">',
  ),
  'methodology/index.html': page('About', '      <h1 id="team">About</h1>'),
  '404.html': page('Not found', '      <h1>Not found</h1>'),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
};

function gate(script: string, dist: string) {
  const result = spawnSync(process.execPath, [join(root, 'tools', 'gates', script), '--dist', dist], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the link gate', () => {
  it('passes a site whose links, anchors and assets resolve, and skips external links without fetching them', () => {
    const { status, output } = gate('links.ts', site('links-good', good));
    expect(status, output).toBe(0);
    expect(output).toContain('skipped: https://news.example/story');
    expect(output).toContain('links: passed, 0 broken');
  });

  it('fails on a missing page, a missing anchor on another page or the same one, and a missing asset', () => {
    const bad = {
      ...good,
      'index.html': page(
        'Home',
        '      <h1>Home</h1>\n      <p><a href="/missing/">Gone</a> <a href="/methodology/#nobody">Nobody</a> <a href="#nowhere">Nowhere</a></p>\n' +
          '      <img src="/photo.png" alt="Photo" width="10" height="10">\n      <style>main { background: url(/paper.png); }</style>',
      ),
    };
    const { status, output } = gate('links.ts', site('links-bad', bad));
    expect(status, output).toBe(1);
    for (const broken of ['/missing/', '/methodology/#nobody', '/#nowhere', '/photo.png', '/paper.png']) {
      expect(output).toMatch(new RegExp(`broken: /: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    }
    expect(output).toContain('links: FAILED, 5 broken');
  });

  it('checks the sitemap: every page it lists must exist, and its host is the build itself', () => {
    const sitemap = (locations: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
      locations.map((loc) => `<url><loc>https://claimline.example${loc}</loc></url>`).join('') +
      '</urlset>\n';
    const withCanonical = {
      ...good,
      'methodology/index.html': page(
        'About',
        '      <h1 id="team">About</h1>\n      <a href="https://claimline.example/gone/">Old</a>',
      ),
    };
    const { status, output } = gate(
      'links.ts',
      site('links-sitemap', { ...withCanonical, 'sitemap.xml': sitemap(['/', '/methodology/', '/later/']) }),
    );
    expect(status, output).toBe(1);
    expect(output).toContain('sitemap: lists /later/, which the build lacks');
    expect(output).toContain('broken: /methodology/: /gone/');
  });
});

describe('the size gate', () => {
  it('passes pages within their budgets', () => {
    const { status, output } = gate('size.ts', site('size-good', good));
    expect(status, output).toBe(0);
  });

  it('fails a page over its budget, and a page no budget covers', () => {
    // Random bytes do not compress: twice the home page's budget of them, in base64, is well over it gzipped.
    const config = JSON.parse(readFileSync(join(root, 'gates.config.json'), 'utf8')) as {
      sizeBudgets: { type: string; html: number }[];
    };
    const budget = config.sizeBudgets.find((entry) => entry.type === 'home')?.html ?? 0;
    const heavy = page('Home', `      <p>${randomBytes(budget * 2).toString('base64')}</p>`);
    const { status, output } = gate(
      'size.ts',
      site('size-bad', { ...good, 'index.html': heavy, 'extra/index.html': page('Extra', '') }),
    );
    expect(status, output).toBe(1);
    expect(output).toMatch(/index\.html: HTML is \d+ B gzip, over the home budget of \d+ B/);
    expect(output).toContain('extra/index.html: no size budget covers this page');
  });
});

describe('the HTML gate', () => {
  const validate = (dist: string) => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'html-validate', 'bin', 'html-validate.mjs'), dist],
      { cwd: root, encoding: 'utf8' },
    );
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  };

  it("holds pages to html-validate's recommended rules", () => {
    expect(validate(site('html-good', good)).status).toBe(0);
    const { status, output } = validate(
      site('html-bad', {
        'index.html': page(
          'A title that goes on and on past the seventy characters that search results show',
          '      <img src="/a.png" />\n      <button>Go</button>',
        ),
      }),
    );
    expect(status, output).toBe(1);
    for (const rule of ['long-title', 'wcag/h37', 'no-implicit-button-type']) expect(output).toContain(rule);
  });
});
