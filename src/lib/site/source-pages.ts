import type { Claim, Source } from './model.ts';
import { sourcePath } from './routes.ts';
import { factsOf, type SiteIndex } from './site-index.ts';
import { countBy, paginate, type Page } from './timeline.ts';
import { CATEGORY, CATEGORY_ORDER, KIND, KIND_ORDER } from './vocabulary.ts';

/**
 * The sources pages: each source with its role and side, its claims (those whose chain it appears in) and how
 * they break down by category and kind. Long lists are cut into pages like the timeline.
 */

/** What a source is, in words: "News outlet, United States", "President of Russia (Kremlin)". */
export function sourceRole(source: Source): string {
  switch (source.type) {
    case 'outlet':
      return source.country ? `News outlet, ${source.country}` : 'News outlet';
    case 'person':
      return `${source.role} (${source.affiliation})`;
    case 'institution':
      return source.country ? `Institution, ${source.country}` : 'Institution';
    case 'group':
      return `${CATEGORY[source.sourcing].label} (${source.role})`;
  }
}

/** Whose side a source is on, when the content says. */
export function sourceSide(source: Source): string | undefined {
  if (source.type === 'group') return source.side;
  if (source.type === 'person') return source.affiliation;
  return source.country;
}

export const SOURCE_TYPE_LABEL: Record<Source['type'], string> = {
  outlet: 'Outlets',
  person: 'Named people',
  institution: 'Institutions',
  group: 'Unnamed sources',
};

export interface SourceCounts {
  byCategory: { label: string; count: number }[];
  byKind: { label: string; count: number }[];
  /** Claims whose chain ends at this source: it is the original speaker. */
  asOriginal: number;
}

export function sourceCounts(source: Source, claims: readonly Claim[]): SourceCounts {
  const categories = countBy(claims, (claim) => claim.attribution.category, CATEGORY_ORDER);
  const kinds = countBy(claims, (claim) => claim.kind, KIND_ORDER);
  return {
    byCategory: CATEGORY_ORDER.map((category) => ({
      label: CATEGORY[category].label,
      count: categories.get(category) ?? 0,
    })),
    byKind: KIND_ORDER.map((kind) => ({ label: KIND[kind].label, count: kinds.get(kind) ?? 0 })),
    asOriginal: claims.filter((claim) => claim.attribution.chain.at(-1) === source.id).length,
  };
}

export interface SourcePageData {
  source: Source;
  base: string;
  page: Page<Claim>;
  total: number;
  counts: SourceCounts;
  /** For an outlet, the claims it is the innermost outlet of: those on its filtered timeline. */
  reported: number;
}

/** Every page of every source, `/sources/<id>/` then `/sources/<id>/page/2/`… */
export function sourcePages(index: SiteIndex, size: number): SourcePageData[] {
  return index.content.sources.flatMap((source) => {
    const claims = index.bySource.get(source.id) ?? [];
    const counts = sourceCounts(source, claims);
    const base = sourcePath(source.id);
    const reported = claims.filter((claim) => factsOf(index, claim.id).outlet.id === source.id).length;
    return paginate(claims, size).map((page) => ({ source, base, page, total: claims.length, counts, reported }));
  });
}
