import { percentages } from './chart.ts';
import type { Claim } from './model.ts';
import type { SourcingCategory } from '../schema/claim.ts';
import { CATEGORY, CATEGORY_ORDER } from './vocabulary.ts';

/**
 * How much of an article rests on each sourcing category. Measured in words of the excerpts, not in claims,
 * so that a long anonymous paragraph weighs more than a short named aside; claim counts are given beside.
 */

export interface SourcingShare {
  category: SourcingCategory;
  label: string;
  claims: number;
  words: number;
  /** Whole percentage of the article's words; the shares add up to 100. */
  percent: number;
}

/** Words as a reader counts them: runs of letters or digits (with inner apostrophes and hyphens). */
export const wordCount = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

/** One row per category, every category included, strongest footing first. */
export function sourcingSummary(claims: readonly Pick<Claim, 'excerpt' | 'attribution'>[]): SourcingShare[] {
  const rows = CATEGORY_ORDER.map((category) => {
    const own = claims.filter((claim) => claim.attribution.category === category);
    return {
      category,
      label: CATEGORY[category].label,
      claims: own.length,
      words: own.reduce((sum, claim) => sum + wordCount(claim.excerpt), 0),
    };
  });
  const shares = percentages(rows.map((row) => row.words));
  return rows.map((row, index) => ({ ...row, percent: shares[index] ?? 0 }));
}
