import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { liveHazards } from '../../tools/measure/live-html.ts';
import { runAstroBuild, type CliResult } from '../helpers/cli.ts';
import { fixtureFiles, fixtureProject, TRICKY_YAML_CLAIM, trickyYaml } from '../helpers/fixtures.ts';
import { linksOf, textOfHtml } from '../helpers/live-html.ts';

/**
 * A real `astro build` of the base fixture with everything the check accepts but a careless pipeline would mangle,
 * each in a file of its own, read back from dist/ as a browser would parse it: a claim note holding every hostile
 * pattern (script tags, event handlers, iframes, javascript:/data:/vbscript: links and images in markdown and raw
 * HTML, CSS url(javascript:…), autolinks, reference-style links: the `hostile-note` fixture's 01-reopened), the same
 * claim's frontmatter with tricky YAML (tests/helpers/fixtures.ts), a claim saved with a byte-order mark and CRLF
 * line endings (the `bom-and-crlf` fixture's 03-aid), an article opening with a wire dateline that holds raw HTML, and
 * no follow-ups yet. One build rather than one each: a build
 * costs seconds of CPU. That bad content fails the build with the check's own lines is shown for every bad fixture by
 * its check hook (tests/content/fixtures.test.ts), and for a real build by tests/content/pipeline.test.ts.
 */

const AID = 'content/claims/harbour-report/03-aid.md';
const bomAndCrlf = fixtureFiles('good', 'bom-and-crlf').find((file) => file.path === AID);
const files = fixtureFiles('good', 'hostile-note')
  .filter((file) => !file.path.startsWith('content/follow-ups/'))
  .map((file) => (file.path === AID && bomAndCrlf ? bomAndCrlf : file))
  .map((file) =>
    file.path === TRICKY_YAML_CLAIM
      ? { ...file, bytes: new TextEncoder().encode(trickyYaml(new TextDecoder().decode(file.bytes))) }
      : file,
  );

interface Exported {
  claims: { id: string; excerpt: string; date: { start: string; asWritten: string | null } | null }[];
  followUps: unknown[];
}

let dir = '';
let build: CliResult = { status: null, stdout: '', stderr: '' };
let exported: Exported = { claims: [], followUps: [] };
const claimPage = (id: string) => readFileSync(join(dir, 'dist', 'claims', ...id.split('/'), 'index.html'), 'utf8');

beforeAll(() => {
  dir = fixtureProject('good', 'awkward-content', files);
  build = runAstroBuild(dir);
  if (build.status === 0) exported = JSON.parse(readFileSync(join(dir, 'dist', 'claims.json'), 'utf8')) as Exported;
});

it('builds', () => {
  expect(build.status, build.stdout + build.stderr).toBe(0);
});

describe('a claim note holding hostile markdown', () => {
  it('renders into its page with every pattern present as text', () => {
    const text = textOfHtml(claimPage('harbour-report/01-reopened'));
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
    const links = new Map(
      linksOf(claimPage('harbour-report/01-reopened')).map(([text, href, rel]) => [text, { href, rel }]),
    );
    expect(links.get('inside')).toEqual({ href: '/claims/', rel: '' });
    expect(links.get('external')).toEqual({ href: 'https://www.wsj.com/', rel: 'noopener noreferrer' });
    expect(links.has('click me')).toBe(false);
  });
});

describe('content the check accepts that a careless reader would not', () => {
  it('reads a file saved with a byte-order mark and CRLF line endings', () => {
    expect(exported.claims.find((claim) => claim.id === 'harbour-report/03-aid')).toMatchObject({
      excerpt: 'Mayor Ana Ruiz said the town would ask for national aid.',
      date: { start: '2025-03-10' },
    });
  });

  it('reads an unquoted day in a text field and a line of dashes inside a quoted value as the check does', () => {
    expect(exported.claims.find((claim) => claim.id === 'harbour-report/01-reopened')).toMatchObject({
      date: { asWritten: '2025-03-10' },
    });
    expect(claimPage('harbour-report/01-reopened')).toContain('Reopened ---- harbour');
  });

  it('builds content that has no follow-ups yet, exporting an empty list', () => {
    expect(exported.followUps).toEqual([]);
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
