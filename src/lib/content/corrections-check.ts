import { claimFrontmatter, type CheckedContent, type ClaimData, type RawFile } from './check.ts';
import { readMarkdownFile, type ContentFile } from './parse-file.ts';
import { followUpFrontmatter, type FollowUpData } from './follow-up-check.ts';
import type { Problem } from './problems.ts';
import type { CorrectedField } from '../schema/claim.ts';
import { validateFile } from './schema-problems.ts';

/**
 * The corrections rules (docs/corrections.md). Without history: a follow-up's correction names a claim it settles,
 * with the outcome it now gives. With the published versions (src/lib/content/git-history.ts): each claim is compared
 * with its last published version, and a changed excerpt, kind, sourcing or date needs a correction recorded since
 * then; likewise a follow-up's changed outcome; and a published correction is never taken back.
 *
 * `severity` is the caller's: a warning on an editor's machine, an error in CI (read from the environment by the
 * CLI and the build, never here).
 */

type Severity = Problem['severity'];

/** The comparable value of each correctable field: the same JSON for the same call, key order aside. */
function fieldValues(data: ClaimData): Record<CorrectedField, string> {
  const date = data.date;
  return {
    excerpt: data.excerpt,
    kind: data.kind,
    'attribution.category': data.attribution.category,
    'attribution.chain': JSON.stringify(data.attribution.chain),
    date: JSON.stringify(date ? [date.start, date.end, date.precision, date.asWritten ?? null, date.basis] : null),
  };
}

/** Where each field's line is looked up in the file. */
const FIELD_PATH: Record<CorrectedField, PropertyKey[]> = {
  excerpt: ['excerpt'],
  kind: ['kind'],
  'attribution.category': ['attribution', 'category'],
  'attribution.chain': ['attribution', 'chain'],
  date: ['date'],
};

const key = (value: unknown) => JSON.stringify(value);

const sameBytes = (a: Uint8Array, b: Uint8Array | undefined) => b !== undefined && Buffer.from(a).equals(b);

/** The entries of `current` that `published` did not have: what was recorded since; and those taken away. */
function sinceThen<T>(published: readonly T[] | undefined, current: readonly T[] | undefined) {
  const before = new Set((published ?? []).map(key));
  const now = new Set((current ?? []).map(key));
  return {
    added: (current ?? []).filter((entry) => !before.has(key(entry))),
    removed: (published ?? []).filter((entry) => !now.has(key(entry))),
  };
}

// A published version this check cannot read (written before a field was renamed…) has nothing to compare.
function publishedClaim(path: string, bytes: Uint8Array): ClaimData | undefined {
  const read = readMarkdownFile(path, bytes);
  return read.file ? validateFile(claimFrontmatter, read.file).data : undefined;
}

function publishedFollowUp(path: string, bytes: Uint8Array): FollowUpData | undefined {
  const read = readMarkdownFile(path, bytes);
  return read.file ? validateFile(followUpFrontmatter, read.file).data : undefined;
}

/**
 * Problems with recorded corrections and changes that lack one. `published` holds the published version of each
 * claim and follow-up file, by path (absent: not published yet, or no history); `files` are the current files, read
 * again only for the line numbers of what is reported.
 */
export function checkCorrections(
  content: CheckedContent,
  files: readonly RawFile[],
  published: ReadonlyMap<string, Uint8Array>,
  severity: Severity,
): Problem[] {
  const problems: Problem[] = [];
  const bytesOf = new Map(files.map((file) => [file.path, file.bytes]));
  const read = new Map<string, ContentFile | undefined>();
  const lineOf = (path: string, field: PropertyKey[]) => {
    if (!read.has(path)) {
      const bytes = bytesOf.get(path);
      read.set(path, bytes ? readMarkdownFile(path, bytes).file : undefined);
    }
    return read.get(path)?.lineOf(field);
  };
  // `field` undefined: the field is not in the file (a whole list taken out), so no line is given.
  const report = (
    file: string,
    field: PropertyKey[] | undefined,
    name: string,
    message: string,
    level: Severity = severity,
  ) => problems.push({ file, line: field && lineOf(file, field), field: name, message, severity: level });

  for (const claim of content.claims) {
    const bytes = published.get(claim.file);
    // The same bytes as published: nothing to compare, and no second parse (most files, at any scale).
    const before = bytes && !sameBytes(bytes, bytesOf.get(claim.file)) && publishedClaim(claim.file, bytes);
    if (!before) continue;
    const { added, removed } = sinceThen(before.corrections, claim.data.corrections);
    for (const correction of removed) {
      report(
        claim.file,
        claim.data.corrections && ['corrections'],
        'corrections',
        `no longer lists the published correction of ${correction.date} (${correction.fields.join(', ')}); ` +
          'a correction stays on the record',
      );
    }
    const recorded = new Set(added.flatMap((correction) => correction.fields));
    const was = fieldValues(before);
    const now = fieldValues(claim.data);
    for (const field of Object.keys(now) as CorrectedField[]) {
      if (was[field] === now[field] || recorded.has(field)) continue;
      report(
        claim.file,
        FIELD_PATH[field],
        field,
        `changed since the claim was published (was ${shown(field, before)}) but no correction records it; ` +
          `add one to \`corrections\` naming "${field}" and why (docs/corrections.md)`,
      );
    }
  }

  for (const followUp of content.followUps) {
    const { data, file } = followUp;
    const outcomes = new Map(data.resolves.map((resolution) => [resolution.claim, resolution.outcome]));
    for (const [index, correction] of (data.corrections ?? []).entries()) {
      const outcome = outcomes.get(correction.claim);
      if (outcome === undefined) {
        report(
          file,
          ['corrections', index, 'claim'],
          `corrections[${index}].claim`,
          `is "${correction.claim}", which this follow-up's \`resolves\` does not name`,
          'error',
        );
      } else if (correction.from === correction.to) {
        report(
          file,
          ['corrections', index, 'to'],
          `corrections[${index}].to`,
          `is the same as from: nothing changed`,
          'error',
        );
      }
    }
    const bytes = published.get(file);
    const before = bytes && !sameBytes(bytes, bytesOf.get(file)) && publishedFollowUp(file, bytes);
    if (!before) continue;
    const { added, removed } = sinceThen(before.corrections, data.corrections);
    for (const correction of removed) {
      report(
        file,
        data.corrections && ['corrections'],
        'corrections',
        `no longer lists the published correction of ${correction.date} (${correction.claim}); a correction stays ` +
          'on the record',
      );
    }
    const was = new Map(before.resolves.map((resolution) => [resolution.claim, resolution.outcome]));
    for (const [index, resolution] of data.resolves.entries()) {
      const previous = was.get(resolution.claim);
      if (previous === undefined || previous === resolution.outcome) continue;
      if (added.some((correction) => correction.claim === resolution.claim && correction.to === resolution.outcome))
        continue;
      report(
        file,
        ['resolves', index, 'outcome'],
        `resolves[${index}].outcome`,
        `changed from "${previous}" to "${resolution.outcome}" since the follow-up was published but no correction ` +
          `records it; add one to \`corrections\` for claim "${resolution.claim}" (docs/corrections.md)`,
      );
    }
  }
  return problems;
}

/** The published value, short, for the message. */
function shown(field: CorrectedField, data: ClaimData): string {
  const value =
    field === 'excerpt'
      ? data.excerpt
      : field === 'kind'
        ? data.kind
        : field === 'attribution.category'
          ? data.attribution.category
          : field === 'attribution.chain'
            ? data.attribution.chain.join(' > ')
            : data.date
              ? `${data.date.start}..${data.date.end} (${data.date.precision})`
              : 'none';
  return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
}
