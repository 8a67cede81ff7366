import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { claimPath } from '../../src/lib/site/routes.ts';
import { checkContent, toSiteContent } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { findHedges } from '../../src/lib/language/cues.ts';
import { sortFollowUps } from '../../src/lib/site/model.ts';
import { articleScorecard, claimOutcomes, SCORECARD_OUTCOMES } from '../../src/lib/site/scorecard.ts';
import { CATEGORY, OUTCOME } from '../../src/lib/site/vocabulary.ts';
import { builtPages, listing, pageAt, readDist, squash, text, visibleText } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/fixtures.ts';
import { inSeed } from '../helpers/seed.ts';

/**
 * Follow-ups and hedge marks in the built site, read back from dist/. What each page should show is worked out
 * here from content/ (through the content check) and from `articleScorecard` and `claimOutcomes`, never from the
 * page code's own view models, so a page that drops a follow-up, miscounts or misses a hedge fails.
 */

const checked = checkContent(await readContentFiles(projectRoot));
const content = toSiteContent(checked.content);
const outcomes = claimOutcomes(content.followUps);
const exported = JSON.parse(readDist('claims.json')) as {
  claims: { id: string; article: string; order: number; hedges: string[] }[];
};

const pages = builtPages();
const page = (address: string): HTMLElement => pageAt(pages, address);
const outcomeBadge = (outcome: keyof typeof OUTCOME) => `Outcome: ${OUTCOME[outcome].label}`;

describe('what happened next, on claim pages', () => {
  it('has follow-ups to show, for a test that can fail', () => {
    expect(content.followUps.length).toBeGreaterThan(0);
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('shows every resolved claim’s outcome, each follow-up’s reason, and its citations with safe external links', () => {
    for (const [id, judged] of outcomes) {
      const section = page(claimPath(id)).querySelector('section#what-happened-next');
      expect(section, id).not.toBeNull();
      expect(text(section?.querySelector('h2'))).toBe('What happened next');
      expect(text(section?.querySelector('.standing .badge.outcome')), id).toBe(outcomeBadge(judged.outcome));
      const items = section?.querySelectorAll('ol.history > li') ?? [];
      expect(items, id).toHaveLength(judged.followUps.length);
      judged.followUps.forEach(({ followUp, resolution }, position) => {
        const item = items[position];
        expect(item?.querySelector(`a[href="/follow-ups/${followUp.id}/"]`), id).not.toBeNull();
        expect(item?.querySelector('h3 time')?.getAttribute('datetime')).toBe(followUp.date);
        expect(text(item)).toContain(resolution.reason);
        const citations = item?.querySelectorAll('ul.citations > li') ?? [];
        expect(citations).toHaveLength(followUp.citations.length);
        followUp.citations.forEach((citation, at) => {
          const entry = citations[at];
          expect(text(entry), id).toContain(citation.outlet);
          const link = entry?.querySelector(`a[href="${citation.url}"]`);
          expect(link?.getAttribute('rel'), `${id}: ${citation.url}`).toBe('noopener noreferrer');
          if (citation.title) expect(text(link)).toBe(`“${citation.title}”`);
          expect(entry?.querySelector('time')?.getAttribute('datetime')).toBe(citation.published);
        });
      });
    }
  });

  it('shows it for settled claims and unjudged predictions only', () => {
    for (const claim of content.claims) {
      const shown = page(claimPath(claim.id)).querySelector('section#what-happened-next') !== null;
      expect(shown, claim.id).toBe(outcomes.has(claim.id) || claim.kind === 'prediction');
    }
  });

  it('marks every resolved claim with its outcome on the timeline', () => {
    const entries = listing(pages, '/').flatMap((root) => root.querySelectorAll('li.entry'));
    for (const claim of content.claims) {
      const entry = entries.find((li) => li.querySelector(`h3 a[href="${claimPath(claim.id)}"]`));
      const badge = text(entry?.querySelector('.badge.outcome'));
      const judged = outcomes.get(claim.id);
      expect(badge, claim.id).toBe(judged ? outcomeBadge(judged.outcome) : '');
    }
  });
});

describe('follow-ups on the timeline and on their own pages', () => {
  it('lists every follow-up once on the timeline, among the claims in date order, with an outcome badge per claim it settles', () => {
    const roots = listing(pages, '/');
    const followUpLinks = roots.flatMap((root) =>
      root.querySelectorAll('li.follow-up h3 a').map((link) => link.getAttribute('href')),
    );
    expect(followUpLinks).toEqual(sortFollowUps(content.followUps).map((followUp) => `/follow-ups/${followUp.id}/`));
    const byPath = new Map(content.claims.map((claim) => [claimPath(claim.id), claim]));
    const byFollowUp = new Map(content.followUps.map((followUp) => [`/follow-ups/${followUp.id}/`, followUp]));
    const days = roots.flatMap((root) =>
      root.querySelectorAll('li.entry, li.follow-up').map((li) => {
        const href = li.querySelector('h3 a')?.getAttribute('href') ?? '';
        return byFollowUp.get(href)?.date ?? byPath.get(href)?.date?.start ?? '9999-99-99';
      }),
    );
    expect(days).toEqual([...days].sort());
    for (const followUp of content.followUps) {
      const entry = roots
        .flatMap((root) => root.querySelectorAll('li.follow-up'))
        .find((li) => li.querySelector(`h3 a[href="/follow-ups/${followUp.id}/"]`));
      expect(text(entry?.querySelector('.when'))).toMatch(/^What happened next \d{1,2} \w{3} \d{4}$/);
      const settled = entry?.querySelectorAll('ul.settles > li') ?? [];
      expect(
        settled.map((li) => [text(li.querySelector('.badge.outcome')), li.querySelector('a')?.getAttribute('href')]),
      ).toEqual(followUp.resolves.map((resolution) => [outcomeBadge(resolution.outcome), claimPath(resolution.claim)]));
    }
  });

  it('shows on a filtered timeline the follow-ups that settle one of its claims', () => {
    const predictions = new Set(content.claims.filter((claim) => claim.kind === 'prediction').map((claim) => claim.id));
    const expected = sortFollowUps(content.followUps)
      .filter((followUp) => followUp.resolves.some((resolution) => predictions.has(resolution.claim)))
      .map((followUp) => `/follow-ups/${followUp.id}/`);
    const shown = listing(pages, '/timeline/kind/prediction/').flatMap((root) =>
      root.querySelectorAll('li.follow-up h3 a').map((link) => link.getAttribute('href')),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
  });

  it('gives every follow-up a page with its claims, outcomes, reasons and citations', () => {
    for (const followUp of content.followUps) {
      const root = page(`/follow-ups/${followUp.id}/`);
      expect(squash(followUp.summary)).toContain(text(root.querySelector('h1')));
      expect(root.querySelector('p.when time')?.getAttribute('datetime')).toBe(followUp.date);
      const settled = root.querySelectorAll('ul.settles > li');
      expect(settled).toHaveLength(followUp.resolves.length);
      followUp.resolves.forEach((resolution, position) => {
        const item = settled[position];
        expect(text(item?.querySelector('.badge.outcome'))).toBe(outcomeBadge(resolution.outcome));
        expect(item?.querySelector('a')?.getAttribute('href')).toBe(claimPath(resolution.claim));
        expect(text(item)).toContain(resolution.reason);
      });
      for (const citation of followUp.citations) {
        expect(root.querySelector(`ul.citations a[href="${citation.url}"]`)?.getAttribute('rel')).toBe(
          'noopener noreferrer',
        );
      }
      expect(page('/follow-ups/').querySelector(`a[href="/follow-ups/${followUp.id}/"]`)).not.toBeNull();
    }
  });

  it('explains the outcome badges in the legend and on the methodology page', () => {
    const pairs = (root: HTMLElement) =>
      root
        .querySelectorAll('dl > div')
        .map((pair) => `${text(pair.querySelector('dt'))} = ${text(pair.querySelector('dd'))}`);
    const legend = pairs(page('/').querySelector('section.legend') ?? parse(''));
    const methodology = pairs(page('/methodology/').querySelector('main') ?? parse(''));
    for (const outcome of SCORECARD_OUTCOMES) {
      expect(legend).toContain(`${outcomeBadge(outcome)} = ${OUTCOME[outcome].meaning}`);
      expect(methodology).toContain(`${outcomeBadge(outcome)} = ${OUTCOME[outcome].meaning}.`);
    }
    expect(page('/methodology/').querySelector('#outcomes')).not.toBeNull();
  });
});

describe('the article scorecard', () => {
  it('counts each article’s predictions by sourcing and outcome exactly as articleScorecard does from content', () => {
    for (const article of content.articles) {
      const scorecard = articleScorecard(content, article.id);
      const table = page(`/articles/${article.id}/`).querySelector('section.scorecard table');
      expect(table, article.id).not.toBeNull();
      expect(text(table?.querySelector('caption'))).toBe('Predictions by sourcing and by what happened next');
      const headers = table?.querySelectorAll('thead th[scope="col"]').map(text) ?? [];
      expect(headers).toEqual(['Sourcing', ...SCORECARD_OUTCOMES.map((outcome) => OUTCOME[outcome].label), 'All']);
      const cells = (row: HTMLElement | undefined) =>
        Object.fromEntries(
          headers.slice(1).map((header, at) => [header, Number(text(row?.querySelectorAll('td')[at]))]),
        );
      const expectedCells = (counts: (typeof scorecard)['overall']) => ({
        ...Object.fromEntries(SCORECARD_OUTCOMES.map((outcome) => [OUTCOME[outcome].label, counts[outcome]])),
        All: counts.total,
      });
      const rows = table?.querySelectorAll('tbody tr') ?? [];
      const withPredictions = scorecard.byCategory.filter((entry) => entry.counts.total > 0);
      expect(rows.map((row) => text(row.querySelector('th[scope="row"]')))).toEqual(
        withPredictions.map((entry) => CATEGORY[entry.category].label),
      );
      withPredictions.forEach((entry, at) => {
        expect(cells(rows[at]), `${article.id}: ${entry.category}`).toEqual(expectedCells(entry.counts));
      });
      expect(cells(table?.querySelector('tfoot tr') ?? undefined)).toEqual(expectedCells(scorecard.overall));
      expect(scorecard.overall.total).toBe(
        content.claims.filter((claim) => claim.article === article.id && claim.kind === 'prediction').length,
      );
    }
  });

  it('lists each prediction with the outcome that stands, linked to its page', () => {
    for (const article of content.articles) {
      const items = page(`/articles/${article.id}/`).querySelectorAll('section.scorecard ol.predictions > li');
      const predictions = articleScorecard(content, article.id).predictions;
      expect(
        items.map((li) => [li.querySelector('a')?.getAttribute('href'), text(li.querySelector('.badge.outcome'))]),
      ).toEqual(predictions.map(({ claim, outcome }) => [claimPath(claim.id), outcomeBadge(outcome ?? 'unresolved')]));
    }
  });
});

describe('hedge cues marked on the pages', () => {
  it('marks the seed’s hedged claims (orders 1, 14–17 and 20–23), as claims.json lists them', () => {
    const hedged = exported.claims.filter((claim) => inSeed(claim) && claim.hedges.length > 0);
    expect(hedged.map((claim) => claim.order)).toEqual([1, 14, 15, 16, 17, 20, 21, 22, 23]);
    for (const claim of hedged) {
      const marks = page(claimPath(claim.id)).querySelectorAll('blockquote mark.hedge');
      const cues = marks.map((mark) => visibleText(mark).toLowerCase());
      for (const cue of claim.hedges) expect(cues, claim.id).toContain(cue);
    }
  });

  it('wraps exactly the hedge cues of every excerpt in <mark>, each announced as a hedge, the quotation unchanged', () => {
    for (const claim of content.claims) {
      const quote = page(claimPath(claim.id)).querySelector('blockquote');
      expect(visibleText(quote), claim.id).toBe(squash(claim.excerpt));
      const marks = quote?.querySelectorAll('mark.hedge') ?? [];
      expect(marks.map(visibleText), claim.id).toEqual(findHedges(claim.excerpt).map((hedge) => squash(hedge.text)));
      for (const mark of marks) expect(text(mark.querySelector('.vh'))).toBe('(hedge)');
    }
  });

  it('says on each hedged claim’s page what each cue does', () => {
    for (const claim of content.claims.filter((entry) => entry.hedges.length > 0)) {
      const notes = page(claimPath(claim.id)).querySelectorAll('ul.hedges > li').map(text);
      for (const cue of claim.hedges)
        expect(
          notes.some((note) => note.startsWith(`“${cue}”: `)),
          claim.id,
        ).toBe(true);
    }
  });

  it('marks the hedge cues of every sentence of the annotated article', () => {
    for (const article of checked.content.articles.values()) {
      const root = page(`/articles/${article.id}/`);
      let marked = 0;
      for (const sentence of article.sentences) {
        const span = root.querySelector(`#s-${sentence.index + 1}`);
        const marks = span?.querySelectorAll('mark.hedge') ?? [];
        expect(marks.map(visibleText), `sentence ${sentence.index + 1}`).toEqual(
          findHedges(sentence.text).map((hedge) => squash(hedge.text)),
        );
        marked += marks.length;
      }
      expect(marked).toBe(
        content.claims
          .filter((claim) => claim.article === article.id)
          .reduce((sum, claim) => sum + findHedges(claim.excerpt).length, 0),
      );
    }
  });
});

describe('a source’s track record', () => {
  it('counts, on its page, the predictions its chain names by the outcome that stands; none when there are none', () => {
    let withRecord = 0;
    for (const source of content.sources) {
      const predictions = content.claims.filter(
        (claim) => claim.kind === 'prediction' && claim.attribution.chain.includes(source.id),
      );
      const section = page(`/sources/${source.id}/`).querySelector('section.scorecard');
      if (predictions.length === 0) {
        expect(section, source.id).toBeNull();
        continue;
      }
      withRecord += 1;
      const headers = section?.querySelectorAll('thead th[scope="col"]').map(text) ?? [];
      expect(headers).toEqual(['Sourcing', ...SCORECARD_OUTCOMES.map((outcome) => OUTCOME[outcome].label), 'All']);
      const totals = section?.querySelectorAll('tfoot td').map((cell) => Number(text(cell))) ?? [];
      const standing = (claim: (typeof predictions)[number]) => outcomes.get(claim.id)?.outcome ?? 'unresolved';
      expect(totals, source.id).toEqual([
        ...SCORECARD_OUTCOMES.map((outcome) => predictions.filter((claim) => standing(claim) === outcome).length),
        predictions.length,
      ]);
      // The claims are listed under it already; a large outlet's predictions listed again would grow without bound.
      expect(section?.querySelector('ol.predictions'), source.id).toBeNull();
    }
    expect(withRecord).toBeGreaterThan(0);
  });

  it('sums it up beside the source in the list of sources, and says nothing of predictions where there are none', () => {
    const entries = page('/sources/').querySelectorAll('li');
    for (const source of content.sources) {
      const entry = entries.find((li) => li.querySelector(`a[href="/sources/${source.id}/"]`) !== null);
      const predictions = content.claims.filter(
        (claim) => claim.kind === 'prediction' && claim.attribution.chain.includes(source.id),
      );
      const said = /(\d+) predictions?: /.exec(text(entry))?.[1];
      expect(said === undefined ? 0 : Number(said), source.id).toBe(predictions.length);
    }
  });
});
