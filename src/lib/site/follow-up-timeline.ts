import { formatRange } from '../language/dates.ts';
import { sortFollowUps, type Claim, type FollowUp } from './model.ts';
import { periodOf, type Period } from './timeline.ts';

/**
 * Follow-ups on the timeline: each one sits among the claims at its own date, so that a reader meets what happened
 * next right after what was expected. Listings are still cut into pages by claims (src/lib/site/timeline-pages.ts); a
 * follow-up goes on the page of the claim just before it, so no page grows by more than the follow-ups of its dates.
 */

/** One line of a timeline listing: a claim, or a follow-up. */
export type TimelineRow = { type: 'claim'; claim: Claim } | { type: 'follow-up'; followUp: FollowUp };

/**
 * Whether a follow-up comes before a claim on the timeline (negative) or after it (positive). A follow-up is a
 * single day; it goes before a claim that starts later, or that starts the same day and ends later (a month that
 * begins on its day), and after a claim of the very same days, since it reports what followed. Undated claims
 * come last, after every follow-up.
 */
export function compareFollowUpToClaim(followUp: Pick<FollowUp, 'date'>, claim: Pick<Claim, 'date'>): number {
  if (!claim.date) return -1;
  if (followUp.date !== claim.date.start) return followUp.date < claim.date.start ? -1 : 1;
  return followUp.date < claim.date.end ? -1 : 1;
}

/**
 * Claims (in timeline order) and follow-ups together, in timeline order; the follow-ups are sorted here by date.
 *
 * @example mergeTimeline([claimOfWeek11Aug], [summitOn15Aug]).map((row) => row.type) // → ['claim', 'follow-up']
 */
export function mergeTimeline(claims: readonly Claim[], followUps: readonly FollowUp[]): TimelineRow[] {
  const rows: TimelineRow[] = [];
  const queue = sortFollowUps(followUps);
  let next = 0;
  for (const claim of claims) {
    for (let followUp = queue[next]; followUp && compareFollowUpToClaim(followUp, claim) < 0; followUp = queue[next]) {
      rows.push({ type: 'follow-up', followUp });
      next++;
    }
    rows.push({ type: 'claim', claim });
  }
  for (const followUp of queue.slice(next)) rows.push({ type: 'follow-up', followUp });
  return rows;
}

/** The period a follow-up is listed under: the month of its day ("August 2025"). */
export function followUpPeriod(followUp: Pick<FollowUp, 'date'>): Period {
  return { key: followUp.date.slice(0, 7), label: formatRange({ start: followUp.date, end: followUp.date }, 'month') };
}

export const rowPeriod = (row: TimelineRow): Period =>
  row.type === 'claim' ? periodOf(row.claim) : followUpPeriod(row.followUp);

/** Consecutive rows of the same period, in the order given (see `groupByPeriod` in src/lib/site/timeline.ts). */
export function groupRows<T>(rows: readonly T[], periodOfRow: (row: T) => Period): { period: Period; rows: T[] }[] {
  const groups: { period: Period; rows: T[] }[] = [];
  for (const row of rows) {
    const period = periodOfRow(row);
    const last = groups.at(-1);
    if (last?.period.key === period.key) last.rows.push(row);
    else groups.push({ period, rows: [row] });
  }
  return groups;
}

/** The follow-ups that settle at least one of the given claims (for a filtered listing), in date order. */
export function followUpsSettling(followUps: readonly FollowUp[], claims: readonly Pick<Claim, 'id'>[]): FollowUp[] {
  const ids = new Set(claims.map((claim) => claim.id));
  return sortFollowUps(followUps.filter((followUp) => followUp.resolves.some((entry) => ids.has(entry.claim))));
}

/**
 * Which page of a listing each follow-up goes on, for a listing of `claims` (timeline order) cut into pages of
 * `size` claims: the page of the last claim before it, or the first page when none comes before it. Returns one
 * list per page, each in date order.
 */
export function placeFollowUps(claims: readonly Claim[], followUps: readonly FollowUp[], size: number): FollowUp[][] {
  const count = Math.max(1, Math.ceil(claims.length / size));
  const pages: FollowUp[][] = Array.from({ length: count }, () => []);
  let position = 0;
  for (const row of mergeTimeline(claims, followUps)) {
    if (row.type === 'claim') position++;
    else pages[Math.max(0, Math.ceil(position / size) - 1)]?.push(row.followUp);
  }
  return pages;
}

/**
 * Where each period of a listing starts and how many entries (claims and follow-ups) it holds, given each page's
 * claims and follow-ups: the "jump to" list of a timeline page.
 */
export function rowPeriodIndex(
  pages: readonly { claims: readonly Claim[]; followUps: readonly FollowUp[] }[],
): { period: Period; page: number; count: number }[] {
  const index: { period: Period; page: number; count: number }[] = [];
  pages.forEach((page, position) => {
    for (const row of mergeTimeline(page.claims, page.followUps)) {
      const period = rowPeriod(row);
      const last = index.at(-1);
      if (last?.period.key === period.key) last.count++;
      else index.push({ period, page: position + 1, count: 1 });
    }
  });
  return index;
}
