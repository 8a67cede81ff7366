import { datetimeValue, dateText, quotedPhrase } from '../language/date-labels.ts';
import { formatDay } from '../language/dates.ts';
import type { Article, Claim, SiteContent, Source } from './model.ts';
import { claimPath, filterPath, HOME_PATH, sourcePath, type FilterDimension } from './routes.ts';
import type { ClaimKind, SourcingCategory } from '../schema/claim.ts';
import type { Outcome } from '../schema/follow-up.ts';
import { categoryForChain } from '../schema/source.ts';
import { outcomesOf } from './scorecard.ts';
import { timelineOrder } from './timeline.ts';
import { CATEGORY, CATEGORY_ORDER, KIND, KIND_ORDER } from './vocabulary.ts';

/**
 * Everything the pages look up, computed once per build from the plain model: sources and articles by id,
 * claims in timeline and article order, each claim's reporting outlet and place in both orders. Pages read
 * from here, so that a page's own work is proportional to what it shows, not to the corpus.
 */

export interface ClaimFacts {
  claim: Claim;
  article: Article;
  /** The outlet whose reporting the claim comes through: the innermost outlet of its chain. */
  outlet: Source;
  /** A prediction, or anything dated after the article was published: what is expected, not what happened. */
  expected: boolean;
  /** Position in the timeline (0-based). */
  timelinePosition: number;
  /** Position among its article's claims (0-based). */
  articlePosition: number;
}

export interface SiteIndex {
  content: SiteContent;
  sources: Map<string, Source>;
  articles: Map<string, Article>;
  /** Every claim in timeline order. */
  timeline: Claim[];
  /** Each article's claims in article order. */
  byArticle: Map<string, Claim[]>;
  facts: Map<string, ClaimFacts>;
  /** Claims in whose chain a source appears, in timeline order. */
  bySource: Map<string, Claim[]>;
}

/** Whether a claim is about what is expected rather than what has happened. */
export function isExpected(claim: Pick<Claim, 'kind' | 'date'>, published: string): boolean {
  return claim.kind === 'prediction' || (claim.date !== undefined && claim.date.start > published);
}

/** The innermost outlet of a chain: the outlet whose reporting the claim rests on or passes through. */
export function reportingOutlet(chain: readonly string[], sources: ReadonlyMap<string, Source>): Source {
  for (let position = chain.length - 1; position >= 0; position--) {
    const source = sources.get(chain[position] ?? '');
    if (source?.type === 'outlet') return source;
  }
  throw new Error(`no outlet in the attribution chain ${chain.join(' → ')}`);
}

/**
 * The category each link of a chain gives when the chain ends there, by the same rule as the content check
 * (`categoryForChain`): the publisher alone is its own voice (unattributed), another outlet is `outlet`, a
 * person is `named`, a group carries its own anonymous category.
 */
export const linkCategories = (chain: readonly Source[]): SourcingCategory[] =>
  chain.map((_, position) => categoryForChain(chain.slice(0, position + 1)));

export interface ChainLink {
  source: Source;
  /** The source's page. */
  href: string;
  /** The category the claim would have if the chain stopped at this link. */
  category: SourcingCategory;
  /** What this link did: published it, passed it on, or is the original source. */
  role: string;
}

/**
 * A chain as the claim page draws it, from the publisher down to the original speaker.
 *
 * @example chainLinks([rbcUkraine, wsj, seniorOfficial]).map((link) => link.role)
 * // → ['Published it', 'Passed it on', 'Original source']
 */
export function chainLinks(chain: readonly Source[]): ChainLink[] {
  const categories = linkCategories(chain);
  const last = chain.length - 1;
  return chain.map((source, position) => ({
    source,
    href: sourcePath(source.id),
    category: categories[position] ?? 'unattributed',
    role:
      position === 0
        ? last === 0
          ? 'Published it, in its own voice'
          : 'Published it'
        : position === last
          ? 'Original source'
          : 'Passed it on',
  }));
}

const mustGet = <K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V => {
  const value = map.get(key);
  if (value === undefined) throw new Error(`unknown ${what}: ${String(key)}`);
  return value;
};

const cache = new WeakMap<SiteContent, SiteIndex>();

/** The index of a site's content; the same content object gives the same index without recomputing it. */
export function indexSite(content: SiteContent): SiteIndex {
  const cached = cache.get(content);
  if (cached) return cached;
  const sources = new Map(content.sources.map((source) => [source.id, source]));
  const articles = new Map(content.articles.map((article) => [article.id, article]));
  const timeline = timelineOrder(content.claims);
  const byArticle = new Map<string, Claim[]>(content.articles.map((article) => [article.id, []]));
  for (const claim of content.claims) mustGet(byArticle, claim.article, 'article').push(claim);
  const articlePosition = new Map<string, number>();
  for (const list of byArticle.values()) {
    list.sort((a, b) => a.order - b.order);
    list.forEach((claim, position) => articlePosition.set(claim.id, position));
  }
  const bySource = new Map<string, Claim[]>(content.sources.map((source) => [source.id, []]));
  const facts = new Map<string, ClaimFacts>();
  timeline.forEach((claim, timelinePosition) => {
    const article = mustGet(articles, claim.article, 'article');
    for (const id of new Set(claim.attribution.chain)) mustGet(bySource, id, 'source').push(claim);
    facts.set(claim.id, {
      claim,
      article,
      outlet: reportingOutlet(claim.attribution.chain, sources),
      expected: isExpected(claim, article.published),
      timelinePosition,
      articlePosition: mustGet(articlePosition, claim.id, 'claim'),
    });
  });
  const index = { content, sources, articles, timeline, byArticle, facts, bySource };
  cache.set(content, index);
  return index;
}

export const factsOf = (index: SiteIndex, id: string) => mustGet(index.facts, id, 'claim');

/** A short name for an outlet badge ("WSJ"), its full name otherwise. */
export const outletLabel = (source: Source) =>
  source.type === 'outlet' ? (source.shortName ?? source.name) : source.name;

/** One timeline entry as plain data: everything a list of claims renders, and nothing it does not. */
export interface TimelineItem {
  id: string;
  href: string;
  title: string;
  date?: { text: string; datetime: string; phrase?: string | undefined } | undefined;
  category: SourcingCategory;
  kind: ClaimKind;
  outlet: { id: string; label: string };
  expected: boolean;
  /** The day the article reported it: "8 Aug 2025". */
  reported: string;
  reportedDatetime: string;
  hedges: string[];
  /** The outcome that stands, when a follow-up has judged the claim (src/lib/site/scorecard.ts). */
  outcome?: Outcome | undefined;
  /** Present, and true, for a draft no editor has reviewed (only in a preview build). */
  draft?: true;
  /** Present, and true, when the claim rests on an institution: its badge words it as one. */
  institution?: true;
}

export function timelineItem(index: SiteIndex, claim: Claim): TimelineItem {
  const facts = factsOf(index, claim.id);
  return {
    id: claim.id,
    href: claimPath(claim.id),
    title: claim.headline ?? claim.excerpt,
    date: claim.date && {
      text: dateText(claim.date),
      datetime: datetimeValue(claim.date),
      phrase: claim.date.asWritten && quotedPhrase(claim.date.asWritten),
    },
    category: claim.attribution.category,
    kind: claim.kind,
    outlet: { id: facts.outlet.id, label: outletLabel(facts.outlet) },
    expected: facts.expected,
    reported: formatDay(facts.article.published),
    reportedDatetime: facts.article.published,
    hedges: claim.hedges,
    outcome: outcomesOf(index.content).get(claim.id)?.outcome,
    ...(claim.draft === true ? { draft: true as const } : {}),
    ...(index.sources.get(claim.attribution.chain.at(-1) ?? '')?.type === 'institution'
      ? { institution: true as const }
      : {}),
  };
}

/** A listing of claims in timeline order: the whole timeline, or the claims of one category, kind or outlet. */
export interface TimelineView {
  /** Absent for the whole timeline. */
  filter?: { dimension: FilterDimension; value: string; label: string } | undefined;
  /** Address of its first page. */
  base: string;
  claims: Claim[];
}

/**
 * The whole timeline and one view per category, kind and outlet that has claims. One dimension at a time keeps
 * the number of pages linear in the corpus (each claim is listed four times) while every filter works as a plain
 * link, with no script.
 */
export function timelineViews(index: SiteIndex): TimelineView[] {
  const views: TimelineView[] = [{ base: HOME_PATH, claims: index.timeline }];
  const add = (dimension: FilterDimension, value: string, label: string, claims: Claim[]) => {
    if (claims.length > 0)
      views.push({ filter: { dimension, value, label }, base: filterPath(dimension, value), claims });
  };
  const byCategory = new Map<string, Claim[]>();
  const byKind = new Map<string, Claim[]>();
  const byOutlet = new Map<string, Claim[]>();
  const push = (map: Map<string, Claim[]>, key: string, claim: Claim) => {
    const list = map.get(key);
    if (list) list.push(claim);
    else map.set(key, [claim]);
  };
  for (const claim of index.timeline) {
    push(byCategory, claim.attribution.category, claim);
    push(byKind, claim.kind, claim);
    push(byOutlet, factsOf(index, claim.id).outlet.id, claim);
  }
  for (const category of CATEGORY_ORDER)
    add('category', category, CATEGORY[category].label, byCategory.get(category) ?? []);
  for (const kind of KIND_ORDER) add('kind', kind, KIND[kind].label, byKind.get(kind) ?? []);
  for (const [id, claims] of [...byOutlet].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    add('outlet', id, outletLabel(mustGet(index.sources, id, 'source')), claims);
  }
  return views;
}

/** The filter links shown beside every timeline page, each with how many claims it leads to. */
export interface FilterGroup {
  dimension: FilterDimension;
  legend: string;
  /** Each option with the icon drawn beside its label (src/components/Icons.astro). */
  options: { value: string; label: string; icon: string; href: string; count: number }[];
  /** How many options were left out (the outlets with the fewest claims), when there are too many to list. */
  hidden: number;
}

/** The icon of a filter option: its sourcing category's or kind's, or the outlet icon. */
const filterIcon = (dimension: FilterDimension, value: string): string =>
  dimension === 'category'
    ? CATEGORY[value as SourcingCategory].icon
    : dimension === 'kind'
      ? KIND[value as ClaimKind].icon
      : 'outlet';

/**
 * Categories and kinds are few and always listed in full. Outlets can be many, and the filters are on every
 * timeline page, so only the `maxOutlets` outlets with the most claims are listed, the rest are counted (every
 * outlet's own page links to its filtered timeline).
 */
export function filterGroups(views: readonly TimelineView[], maxOutlets = 12): FilterGroup[] {
  const legends: Record<FilterDimension, string> = { category: 'Sourcing', kind: 'Kind', outlet: 'Outlet' };
  return (['category', 'kind', 'outlet'] as const).map((dimension) => {
    const options = views.flatMap((view) =>
      view.filter?.dimension === dimension
        ? [
            {
              value: view.filter.value,
              label: view.filter.label,
              icon: filterIcon(dimension, view.filter.value),
              href: view.base,
              count: view.claims.length,
            },
          ]
        : [],
    );
    if (dimension !== 'outlet' || options.length <= maxOutlets)
      return { dimension, legend: legends[dimension], options, hidden: 0 };
    const kept = new Set(
      [...options]
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'en'))
        .slice(0, maxOutlets)
        .map((option) => option.value),
    );
    return {
      dimension,
      legend: legends[dimension],
      options: options.filter((option) => kept.has(option.value)),
      hidden: options.length - kept.size,
    };
  });
}
