import { sortClaims, type Claim } from '../site/model.ts';
import { claimPath } from '../site/routes.ts';
import { absoluteUrl } from '../site/site-address.ts';

/**
 * `claims.csv` for spreadsheet users: one row per claim, RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order
 * mark so that Excel reads accents and curly quotes correctly.
 */

export const CSV_COLUMNS = [
  'id',
  'url',
  'article',
  'order',
  'excerpt',
  'kind',
  'category',
  'chain',
  'date_start',
  'date_end',
  'precision',
  'as_written',
  'basis',
  'hedges',
] as const;

/**
 * One field, quoted when it holds a comma, quote or line break (RFC 4180 §2.6–2.7). A field that a spreadsheet
 * would run as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe, as OWASP's
 * "CSV Injection" guidance recommends.
 */
export function csvField(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function claimsCsv(claims: readonly Claim[], siteUrl: URL): string {
  const rows = sortClaims(claims).map((claim) => [
    claim.id,
    absoluteUrl(claimPath(claim.id), siteUrl).href,
    claim.article,
    claim.order,
    claim.excerpt,
    claim.kind,
    claim.attribution.category,
    claim.attribution.chain.join(' > '),
    claim.date?.start ?? '',
    claim.date?.end ?? '',
    claim.date?.precision ?? '',
    claim.date?.asWritten ?? '',
    claim.date?.basis ?? '',
    claim.hedges.join('; '),
  ]);
  return `\uFEFF${[[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
