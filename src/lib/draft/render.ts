import { stringify } from 'yaml';
import { exportedDate } from '../publish/claims-export.ts';
import { claimPath } from '../site/routes.ts';
import type { SourceData } from '../schema/source.ts';
import type { Draft, DraftedClaim } from './draft.ts';
import type { BookSource } from './source-book.ts';

/**
 * A draft as files (what `claims:draft` writes) and as JSON (what `claims:draft --json` prints). Strings are
 * written double-quoted so that Astro's YAML 1.1 reader and the content check's YAML 1.2 reader see the same
 * values ("no", "on" and "2025-08-04" stay strings in both).
 */

const YAML_OPTIONS = { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;

const yaml = (value: unknown) => stringify(value, YAML_OPTIONS);

/** A source type with its indefinite article: "an" before a vowel sound ("an outlet", "an institution", "a group"). */
export const withArticle = (noun: string) => `${/^[aeio]|^u(?!ni)/iu.test(noun) ? 'an' : 'a'} ${noun}`;

/** A file to write, its path relative to the project root. */
export interface DraftFile {
  path: string;
  text: string;
}

export function articleFile(draft: Draft): DraftFile {
  const { article } = draft;
  const placeholder = article.url.includes('.invalid/');
  const frontmatter = yaml({
    title: article.title,
    publisher: article.publisher.id,
    published: article.published,
    url: article.url,
    language: article.language,
  });
  // Articles carry no review state (the contract covers claims and sources); only a placeholder address is flagged.
  const note = placeholder ? '# Replace `url` with the article’s address (it is a placeholder).\n' : '';
  return { path: `content/articles/${article.id}.md`, text: `---\n${note}${frontmatter}---\n\n${article.body}` };
}

export function claimFile(draft: Draft, claim: DraftedClaim): DraftFile {
  // The review-state contract: `draft: true` until the editor has reviewed the claim, and the drafter's reasons in
  // `drafterNotes`, apart from the editor's own `rationale` (which readers see).
  const frontmatter = yaml({
    article: draft.article.id,
    order: claim.order,
    excerpt: claim.excerpt,
    kind: claim.kind,
    attribution: { category: claim.category, chain: claim.chain.map((source) => source.id) },
    ...(claim.date ? { date: claim.date } : {}),
    draft: true,
    drafterNotes: claim.notes,
  });
  return { path: `content/claims/${draft.article.id}/${claim.name}.md`, text: `---\n${frontmatter}---\n` };
}

/** Field order as the schema lists it, so that drafted source files read like the hand-made ones. */
function orderedSource(data: SourceData): Record<string, unknown> {
  switch (data.type) {
    case 'outlet':
    case 'institution':
      return {
        type: data.type,
        name: data.name,
        shortName: data.shortName,
        homepage: data.homepage,
        country: data.country,
      };
    case 'person':
      return { type: data.type, name: data.name, role: data.role, affiliation: data.affiliation };
    case 'group':
      return { type: data.type, name: data.name, sourcing: data.sourcing, role: data.role, side: data.side };
  }
}

export function sourceFile(source: BookSource): DraftFile {
  const data = Object.fromEntries(
    Object.entries(orderedSource(source.data)).filter(([, value]) => value !== undefined),
  );
  const notes = [
    `Drafted from "${(source.from ?? source.data.name).replace(/\s+/gu, ' ')}" as ${withArticle(source.data.type)}.`,
    ...(source.notes ?? []),
  ];
  return {
    path: `content/sources/${source.id}.yaml`,
    text: `# yaml-language-server: $schema=../../schemas/source.schema.json\n${yaml({ ...data, draft: true, drafterNotes: notes })}`,
  };
}

/** Every file a draft writes: the article, one file per claim, and one per new source. */
export function draftFiles(draft: Draft): DraftFile[] {
  return [
    articleFile(draft),
    ...draft.newSources.map(sourceFile),
    ...draft.claims.map((claim) => claimFile(draft, claim)),
  ];
}

/** How a source appears in the JSON: its id when it exists in content/, its name when the draft proposes it. */
const reference = (source: BookSource) => (source.isNew ? source.data.name : source.id);

/**
 * `{ article, claims }` for `--json` (docs/architecture.md, "Contracts"): each claim in the export's shape
 * (src/lib/publish/claims-export.ts), with names in `attribution.chain` for sources not yet in content/.
 */
export function draftJson(draft: Draft) {
  const { article } = draft;
  return {
    article: {
      id: article.id,
      title: article.title,
      publisher: reference(article.publisher),
      published: article.published,
      url: article.url,
      language: article.language,
    },
    claims: draft.claims.map((claim) => {
      const id = `${article.id}/${claim.name}`;
      return {
        id,
        url: claimPath(id),
        article: article.id,
        order: claim.order,
        excerpt: claim.excerpt,
        kind: claim.kind,
        attribution: { category: claim.category, chain: claim.chain.map(reference) },
        date: exportedDate(claim.date),
        hedges: claim.hedges,
        // A draft is not published: no first-published day, nothing corrected yet.
        firstPublished: null,
        corrections: [],
      };
    }),
  };
}

export type DraftJson = ReturnType<typeof draftJson>;
