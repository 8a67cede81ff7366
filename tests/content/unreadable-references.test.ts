import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

/**
 * One mistake, one line: when a source or article file is there but cannot be read, the claims, articles and
 * follow-ups that name it are not each reported as naming something unknown. Before, a bad address in one outlet's
 * file came out as 18 lines on the seed, its own last, after one "names unknown source" per claim.
 */

/** The base fixture with one file's text changed by `edit`. */
function withEdit(path: string, edit: (text: string) => string) {
  return fixtureFiles('base').map((file) =>
    file.path === path ? { path, bytes: new TextEncoder().encode(edit(new TextDecoder().decode(file.bytes))) } : file,
  );
}

const problemLines = (files: ReturnType<typeof fixtureFiles>) => checkContent(files).problems.map(formatProblem);

describe('a reference to a file that could not be read', () => {
  it('reports an unreadable source once, in its own file, though the article, claims and follow-up name it', () => {
    const files = withEdit('content/sources/coast-gazette.yaml', (text) => `${text}homepage: javascript:alert(1)\n`);
    expect(problemLines(files)).toEqual([
      'content/sources/coast-gazette.yaml:3: homepage: must be an http:// or https:// address; got "javascript:alert(1)"',
    ]);
  });

  it('reports an unreadable article once, in its own file, with no warning on its claims', () => {
    const files = withEdit('content/articles/harbour-report.md', (text) =>
      text.replace('published: 2025-03-14', 'published: 2025-03-32'),
    );
    expect(problemLines(files)).toEqual([
      'content/articles/harbour-report.md:4: published: is not a real calendar day; got "2025-03-32"',
    ]);
  });

  it('still reports a source that has no file at all', () => {
    const files = fixtureFiles('base').filter((file) => file.path !== 'content/sources/coast-gazette.yaml');
    const lines = problemLines(files);
    expect(lines).toContainEqual(expect.stringMatching(/^content\/articles\/harbour-report\.md:3: publisher: names unknown source "coast-gazette"/));
    expect(lines).toContainEqual(expect.stringMatching(/^content\/follow-ups\/repairs-finished\.md:5: citations\[0\]\.outlet: /));
  });
});
