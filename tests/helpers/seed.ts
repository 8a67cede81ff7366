import { checkContent, type RawFile } from '../../src/lib/content/check.ts';
import { readContentFiles } from '../../src/lib/content/read-content.ts';
import { projectRoot } from './fixtures.ts';

/**
 * The seed article, the one article the repository ships with. Tests that pin the seed's exact claims, hedges and
 * outcomes read only its files, so an article an editor adds to content/ (valid, but with claims, sources and
 * warnings of its own) leaves them green.
 */
export const SEED_ARTICLE = 'territory-for-peace';

const decoder = new TextDecoder();

/**
 * The seed's files out of content/: its article and claims, every source (a source no claim cites is harmless),
 * and the follow-ups that settle none but the seed's claims.
 */
export function seedFiles(files: readonly RawFile[]): RawFile[] {
  return files.filter(({ path, bytes }) => {
    if (path.startsWith('content/articles/')) return path === `content/articles/${SEED_ARTICLE}.md`;
    if (path.startsWith('content/claims/')) return path.startsWith(`content/claims/${SEED_ARTICLE}/`);
    if (path.startsWith('content/follow-ups/')) {
      const claims = decoder.decode(bytes).match(/\bclaim:\s*['"]?([\w-]+)\//g) ?? [];
      return claims.every((reference) => reference.includes(`${SEED_ARTICLE}/`));
    }
    return true;
  });
}

/** The seed's files as the content check reads them from this repository's content/. */
export const readSeedFiles = async (): Promise<RawFile[]> => seedFiles(await readContentFiles(projectRoot));

/** The content check's run over the seed alone. */
export const checkSeed = async () => checkContent(await readSeedFiles());

/** Whether a claim id or a claims.json entry belongs to the seed article. */
export const inSeed = (claim: { article: string }): boolean => claim.article === SEED_ARTICLE;
