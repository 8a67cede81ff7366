import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { liveHazards } from '../../tools/measure/live-html.ts';
import { runAstroBuild } from '../helpers/cli.ts';
import { fixtureProject } from '../helpers/fixtures.ts';
import { linksOf, textOfHtml } from '../helpers/live-html.ts';

// A real `astro build` of the base content with a claim note holding every hostile pattern (script tags, event
// handlers, iframes, javascript:/data:/vbscript: links and images in markdown and raw HTML, CSS url(javascript:…),
// autolinks, reference-style links), and its article opening with a wire dateline that holds raw HTML, read back
// from dist/ as a browser would parse it.
const dir = fixtureProject('good', 'hostile-note');
const build = runAstroBuild(dir);
const pagePath = join(dir, 'dist', 'claims', 'harbour-report', '01-reopened', 'index.html');

describe('a claim note holding hostile markdown', () => {
  it('builds', () => {
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });

  it('renders into its page with every pattern present as text', () => {
    const text = textOfHtml(readFileSync(pagePath, 'utf8'));
    for (let mark = 1; mark <= 20; mark++) expect(text).toContain(`MARK-${String(mark).padStart(2, '0')}`);
    expect(text).toContain('<script>alert(0)</script>');
    expect(text).toContain('<iframe src="https://evil.example/"');
  });

  it('leaves nothing live in any page of the site', () => {
    const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((path) =>
      path.endsWith('.html'),
    );
    expect(pages).toContain(join('claims', 'harbour-report', '01-reopened', 'index.html'));
    // The search page's form and script are the site's own code (it shows no content): exactly those, nothing more.
    const own = (page: string) => (page === join('search', 'index.html') ? ['<form> element', '<script> element'] : []);
    for (const page of pages) {
      expect(liveHazards(readFileSync(join(dir, 'dist', page), 'utf8')), page).toEqual(own(page));
    }
  });

  it('keeps safe links and marks external ones', () => {
    const links = new Map(linksOf(readFileSync(pagePath, 'utf8')).map(([text, href, rel]) => [text, { href, rel }]));
    expect(links.get('inside')).toEqual({ href: '/claims/', rel: '' });
    expect(links.get('external')).toEqual({ href: 'https://www.wsj.com/', rel: 'noopener noreferrer' });
    expect(links.has('click me')).toBe(false);
  });
});

describe('an article whose wire dateline holds raw HTML', () => {
  const page = () => readFileSync(join(dir, 'dist', 'articles', 'harbour-report', 'index.html'), 'utf8');

  it('shows the dateline as escaped text, in a paragraph of its own before the first claim', () => {
    const html = page();
    expect(html).toContain('>PORT HALLOW, March 14 (Gazette &quot;&amp;&quot; &lt;script&gt;x=1&lt;/script&gt;)</b>');
    const text = parse(html).querySelector('.text');
    const [dateline, first] = text?.querySelectorAll('p') ?? [];
    expect(dateline?.querySelector('b')?.textContent).toBe('PORT HALLOW, March 14 (Gazette "&" <script>x=1</script>)');
    expect(dateline?.querySelector('.vh')?.textContent).toBe('Dateline: ');
    expect(dateline?.querySelectorAll('a, script, [id]')).toEqual([]);
    // The first claim and the first sentence start after it, without it.
    expect(first?.querySelector('a.mark')?.getAttribute('href')).toBe('/claims/harbour-report/01-reopened/');
    expect(first?.querySelector('#s-1')?.textContent).toBe('The harbour reopened on Monday after a three-day closure.');
    expect(parse(html).querySelector('.key')?.textContent).toContain('is the story’s dateline');
  });
});
