import { describe, expect, it } from 'vitest';
import { checkContent, type RawFile } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

/**
 * The content check on an article that opens with a wire dateline (tests/fixtures/content/good/dateline/, whose
 * claims leave it out): the cases the fixtures do not show one by one.
 */

const claimPath = 'content/claims/harbour-report/01-reopened.md';
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The dateline fixture with the first claim's file edited, or taken away. */
function withFirstClaim(edit: ((text: string) => string) | 'removed'): RawFile[] {
  return fixtureFiles('good', 'dateline').flatMap((file) => {
    if (file.path !== claimPath) return [file];
    if (edit === 'removed') return [];
    return [{ path: file.path, bytes: new TextEncoder().encode(edit(decode(file.bytes))) }];
  });
}

const lines = (files: RawFile[]) => checkContent(files).problems.map(formatProblem);

describe('the content check and a wire dateline', () => {
  it('asks no claim for the dateline, and numbers the sentences after it', () => {
    expect(lines(withFirstClaim((text) => text))).toEqual([]);
    expect(lines(withFirstClaim('removed'))).toEqual([
      'content/articles/harbour-report.md:9: body: sentence 1 is in no claim: "The harbour reopened on Monday after a ' +
        'three-day closure."; add a claim whose excerpt holds it',
    ]);
  });

  it('says to delete a claim whose excerpt is the dateline alone', () => {
    const files = withFirstClaim((text) =>
      text.replace(/^excerpt: .*$/mu, 'excerpt: PORT HALLOW, March 14 (Coast Gazette) -'),
    );
    // The sentence that claim held before is in no claim now: a mistake of its own.
    expect(lines(files)).toEqual([
      expect.stringMatching(/^content\/articles\/harbour-report\.md:9: body: sentence 1 is in no claim/u),
      `${claimPath}:4: excerpt: is the article's dateline "PORT HALLOW, March 14 (Coast Gazette)" (line 9), which ` +
        'says where and when the story was filed and is no sentence of it: it needs no claim, so delete this one',
    ]);
  });

  it('tells an excerpt holding the dateline to leave it out, whatever joins it to the sentence', () => {
    for (const joint of [' - ', ' — ', ' ']) {
      const files = withFirstClaim((text) =>
        text.replace(/^excerpt: /mu, `excerpt: "PORT HALLOW, March 14 (Coast Gazette)${joint}`).replace(
          /closure\.$/mu,
          'closure."',
        ),
      );
      expect(lines(files), joint).toEqual([expect.stringMatching(/^[^\n]+:4: excerpt: starts with the article's dateline/u)]);
    }
  });
});
