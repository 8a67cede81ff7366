import { stringify } from 'yaml';
import type { ClaimDate, ClaimKind, SourcingCategory } from '../schema/claim.ts';

/**
 * The file `claims:new` writes: one claim with every field on its own line and a comment that says what the field
 * holds, so that an editor can fill it in without opening the README. Optional fields it has no value for are
 * written commented out, as a template.
 */

export interface ScaffoldRequest {
  article: string;
  order: number;
  excerpt: string;
  headline?: string | undefined;
  kind: ClaimKind;
  category: SourcingCategory;
  chain: readonly string[];
  date?: ClaimDate | undefined;
  rationale?: string | undefined;
  /** Lines said at the top of the file (where the defaults came from). */
  notes?: readonly string[] | undefined;
}

/** One YAML scalar, double-quoted, as Astro's YAML 1.1 and the content check's YAML 1.2 both read it. */
const scalar = (value: string | number) =>
  typeof value === 'number'
    ? String(value)
    : stringify(value, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0 }).trimEnd();

export function scaffoldClaim(request: ScaffoldRequest): string {
  const lines = ['---'];
  for (const note of request.notes ?? []) lines.push(`# ${note}`);
  lines.push(
    `article: ${scalar(request.article)} # the article's id: its file name in content/articles/`,
    `order: ${request.order} # its place in the article: 1 for the claim holding the first sentence; orders follow the text`,
    `excerpt: ${scalar(request.excerpt)} # whole sentences of one paragraph, copied exactly from the article`,
    request.headline
      ? `headline: ${scalar(request.headline)} # optional: a short line for the timeline (at most 120 characters)`
      : `# headline: "" # optional: a short line for the timeline, in your words (at most 120 characters)`,
    `kind: ${scalar(request.kind)} # event | statement | prediction | assessment | context`,
    'attribution: # whose word the claim rests on',
    `  category: ${scalar(request.category)} # named | anonymous-official | anonymous-source | outlet | unattributed: must agree with the last source of the chain`,
    '  chain: # source ids (files in content/sources/), from the publisher inward to the original speaker',
    ...request.chain.map((id) => `    - ${scalar(id)}`),
  );
  const date = request.date;
  const prefix = date ? '' : '# ';
  lines.push(
    `${prefix}date: # optional: when the claimed thing happened or is expected; leave it out when the text gives no clue`,
    `${prefix}  start: ${scalar(date?.start ?? 'YYYY-MM-DD')} # first day of the range`,
    `${prefix}  end: ${scalar(date?.end ?? 'YYYY-MM-DD')} # last day (the same day for day precision)`,
    `${prefix}  precision: ${scalar(date?.precision ?? 'day')} # day | week (Monday to Sunday, or Monday to the publication day) | month (a calendar month) | year`,
    date?.asWritten
      ? `  asWritten: ${scalar(date.asWritten)} # the phrase as the text writes it`
      : `#  asWritten: "" # the phrase as the text writes it ("this week"), if it gives one`,
    `${prefix}  basis: ${scalar(date?.basis ?? 'inferred')} # stated (the text gives the date) | inferred (worked out)`,
    request.rationale
      ? `rationale: ${scalar(request.rationale)} # why the sourcing call or the date was made`
      : '# rationale: "" # optional: why the sourcing call or the date was made, when it is not obvious',
    '---',
    '',
  );
  return `${lines.join('\n')}\n`;
}
