import { unified } from '@astrojs/markdown-remark';
import { createSatteriMarkdownProcessor, satteri } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rehypeDropUnsafeUrls from '../../src/markdown/rehype-drop-unsafe-urls.ts';
import rehypeExternalLinkRel from '../../src/markdown/rehype-external-link-rel.ts';
import remarkEscapeRawHtml from '../../src/markdown/remark-escape-raw-html.ts';
import { safeSatteri } from '../../src/markdown/safe-satteri.ts';
import { safeUnified } from '../../src/markdown/safe-unified.ts';
import satteriDropUnsafeUrls from '../../src/markdown/satteri-drop-unsafe-urls.ts';
import satteriEscapeRawHtml from '../../src/markdown/satteri-escape-raw-html.ts';
import satteriExternalLinkRel from '../../src/markdown/satteri-external-link-rel.ts';
import { liveHazards } from '../../tools/measure/live-html.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { linksOf, textOfHtml } from '../helpers/live-html.ts';

// Every plugin runs inside the real processor Astro would use, created the way Astro creates it
// (`processor.createRenderer(config.markdown)`), so the tests see the pipeline order the build sees.
const shared = { syntaxHighlight: false } as const;
type Processor = ReturnType<typeof satteri>;
const render = async (processor: Pick<Processor, 'createRenderer'>, markdown: string) =>
  (await (await processor.createRenderer(shared)).render(markdown)).code;

// The note of the `hostile-note` content fixture, which tests/build/awkward-content.test.ts also builds into a site.
const hostileClaim = readFileSync(
  join(projectRoot, 'tests/fixtures/content/good/hostile-note/content/claims/harbour-report/01-reopened.md'),
  'utf8',
);
const hostile = hostileClaim.slice(hostileClaim.indexOf('\n---\n', 4) + 5);

describe('the hostile fixture', () => {
  it('is live when rendered by an unprotected processor, so the checks below can fail', async () => {
    const html = (await (await createSatteriMarkdownProcessor(shared)).render(hostile)).code;
    const hazards = liveHazards(html);
    expect(hazards).toEqual(
      expect.arrayContaining([
        '<script> element',
        '<iframe> element',
        '<img> onError handler',
        '<a> href="javascript:alert(6)"',
        '<a> href="javascript:alert(33)"',
        '<img> src="javascript:alert(16)"',
        '<a> href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxOSk8L3NjcmlwdD4="',
        '<div> style loads or runs code',
        '<style> loads or runs code',
      ]),
    );
  });
});

describe.each([
  ['Sätteri (Astro default) with the safety plugins', safeSatteri()],
  ['unified (remark/rehype) with the safety plugins', safeUnified()],
])('%s', (_name, processor) => {
  it('renders hostile markdown with nothing live', async () => {
    const html = await render(processor, hostile);
    expect(liveHazards(html)).toEqual([]);
  });

  it('keeps every pattern in the text, raw HTML shown as written', async () => {
    const text = textOfHtml(await render(processor, hostile));
    for (let mark = 1; mark <= 20; mark++) expect(text).toContain(`MARK-${String(mark).padStart(2, '0')}`);
    expect(text).toContain('<script>alert(0)</script>');
    expect(text).toContain('<iframe src="https://evil.example/"');
    expect(text).toContain('<a href="javascript:alert(11)">raw link</a>');
    expect(text).toContain('click me');
    expect(text).toContain('js image');
  });

  it('keeps safe links, marks external ones, and leaves no link to an unsafe address', async () => {
    const links = linksOf(await render(processor, hostile));
    const byText = new Map(links.map(([text, href, rel]) => [text, { href, rel }]));
    expect(byText.get('inside')).toEqual({ href: '/claims/', rel: '' });
    expect(byText.get('fragment')).toEqual({ href: '#top', rel: '' });
    expect(byText.get('mail')).toEqual({ href: 'mailto:desk@example.com', rel: '' });
    expect(byText.get('external')).toEqual({ href: 'https://www.wsj.com/', rel: 'noopener noreferrer' });
    expect(byText.get('sneaky')).toEqual({ href: '//evil.example/path', rel: 'noopener noreferrer' });
    expect(byText.get('ref ok')).toEqual({ href: 'https://example.com/ref', rel: 'noopener noreferrer' });
    expect(byText.get('https://example.com/auto')?.rel).toBe('noopener noreferrer');
    for (const gone of ['click me', 'shouting', 'spaced', 'ref link', 'data link', 'vb link', 'a bad link', 'cell'])
      expect(byText.has(gone), gone).toBe(false);
  });
});

describe('each plugin on its own, in its processor', () => {
  it('remark-escape-raw-html shows inline and block HTML as text', async () => {
    const html = await render(
      unified({ remarkPlugins: [remarkEscapeRawHtml] }),
      'A <b onclick="x()">b</b>\n\n<iframe></iframe>\n',
    );
    expect(liveHazards(html)).toEqual([]);
    expect(textOfHtml(html)).toBe('A <b onclick="x()">b</b> <iframe></iframe>');
    expect(html).toContain('<p>&#x3C;iframe>&#x3C;/iframe></p>');
  });

  it('satteri-escape-raw-html shows inline and block HTML as text', async () => {
    const html = await render(
      satteri({ hastPlugins: [satteriEscapeRawHtml] }),
      'A <b onclick="x()">b</b>\n\n<iframe></iframe>\n',
    );
    expect(liveHazards(html)).toEqual([]);
    expect(textOfHtml(html)).toBe('A <b onclick="x()">b</b> <iframe></iframe>');
    expect(html).toContain('<p>&lt;iframe&gt;&lt;/iframe&gt;</p>');
  });

  const links =
    '[js](javascript:alert(1)) ![img](data:image/png;base64,AA) [ref][r] [ok](https://example.com/)\n\n[r]: vbscript:x\n';
  it.each([
    ['rehype-drop-unsafe-urls', unified({ rehypePlugins: [rehypeDropUnsafeUrls] })],
    ['satteri-drop-unsafe-urls', satteri({ hastPlugins: [satteriDropUnsafeUrls] })],
  ])('%s unwraps unsafe links and replaces unsafe images by their alt text', async (_name, processor) => {
    const html = await render(processor, links);
    expect(textOfHtml(html)).toBe('js img ref ok');
    expect(linksOf(html)).toEqual([['ok', 'https://example.com/', '']]);
    expect(html).not.toContain('<img');
  });

  it.each([
    ['rehype-external-link-rel', unified({ rehypePlugins: [rehypeExternalLinkRel] })],
    ['satteri-external-link-rel', satteri({ hastPlugins: [satteriExternalLinkRel] })],
  ])('%s marks only links that leave the site', async (_name, processor) => {
    const html = await render(
      processor,
      '[a](https://a.example/) [b](/b/) [c](#c) [d](mailto:d@example.com) <http://e.example>',
    );
    expect(linksOf(html)).toEqual([
      ['a', 'https://a.example/', 'noopener noreferrer'],
      ['b', '/b/', ''],
      ['c', '#c', ''],
      ['d', 'mailto:d@example.com', ''],
      ['http://e.example', 'http://e.example', 'noopener noreferrer'],
    ]);
  });
});
