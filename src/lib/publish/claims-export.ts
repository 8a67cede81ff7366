import { claimPath } from '../site/routes.ts';
import { isNamed, sortClaims, sortFollowUps, type SiteContent } from '../site/model.ts';
import type { ClaimDate } from '../schema/claim.ts';
import { EXPORT_SCHEMA_MINOR_VERSION, EXPORT_SCHEMA_VERSION, type ClaimsExport } from '../schema/export.ts';

/**
 * `dist/claims.json`, the machine-readable export (docs/architecture.md, "Contracts"). Keys come in a fixed order and
 * lists in a fixed sort, so that the same content always gives the same bytes. Its shape is
 * `claimsExportSchema` (schema/export.ts), published as `dist/claims.schema.json`.
 */

export { EXPORT_SCHEMA_VERSION, type ClaimsExport };

/** A claim's date as the export writes it: every key present, in a fixed order, `null` for what is not known. */
export function exportedDate(date: ClaimDate | undefined): ClaimsExport['claims'][number]['date'] {
  return date
    ? {
        start: date.start,
        end: date.end,
        precision: date.precision,
        asWritten: date.asWritten ?? null,
        basis: date.basis,
      }
    : null;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function buildClaimsExport(content: SiteContent): ClaimsExport {
  return {
    schemaVersion: EXPORT_SCHEMA_VERSION,
    schemaMinorVersion: EXPORT_SCHEMA_MINOR_VERSION,
    articles: [...content.articles].sort(byId).map((article) => ({
      id: article.id,
      title: article.title,
      publisher: article.publisher,
      published: article.published,
      url: article.url,
      language: article.language,
    })),
    sources: [...content.sources].sort(byId).map((source) => ({
      id: source.id,
      name: source.name,
      type: source.type,
      named: isNamed(source),
    })),
    claims: sortClaims(content.claims).map((claim) => ({
      id: claim.id,
      url: claimPath(claim.id),
      article: claim.article,
      order: claim.order,
      excerpt: claim.excerpt,
      kind: claim.kind,
      attribution: { category: claim.attribution.category, chain: [...claim.attribution.chain] },
      date: exportedDate(claim.date),
      hedges: [...claim.hedges],
      firstPublished: claim.firstPublished ?? null,
      corrections: claim.corrections.map((correction) => ({
        date: correction.date,
        fields: [...correction.fields],
        from: correction.from ?? null,
        to: correction.to ?? null,
        reason: correction.reason,
        followUp: correction.followUp ?? null,
      })),
    })),
    followUps: sortFollowUps(content.followUps).map((followUp) => ({
      id: followUp.id,
      date: followUp.date,
      summary: followUp.summary,
      citations: followUp.citations.map((citation) => ({
        outlet: citation.outlet,
        url: citation.url,
        source: citation.source ?? null,
        title: citation.title ?? null,
        published: citation.published,
      })),
      resolves: followUp.resolves.map((resolution) => ({
        claim: resolution.claim,
        outcome: resolution.outcome,
        reason: resolution.reason,
      })),
    })),
  };
}

/** The export as the bytes written to disk: two-space indented JSON with a final newline. */
export const serializeExport = (data: ClaimsExport) => `${JSON.stringify(data, null, 2)}\n`;
