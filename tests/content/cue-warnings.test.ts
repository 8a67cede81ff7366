import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { runCli } from '../helpers/cli.ts';
import { fixtureContent, fixtureFiles } from '../helpers/fixtures.ts';
import { checkSeed } from '../helpers/seed.ts';

// The kind cues (tests/unit/cue-warnings.test.ts) as the content check and its CLI report them.
describe('the content check', () => {
  it('gives the seed no kind warnings', async () => {
    const { problems } = await checkSeed();
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // The base fixture with its first sentence, claimed as an event, hedged in the article and the excerpt alike.
  const hedged = fixtureFiles('base').map((file) => {
    if (!/harbour-report\.md$|01-reopened\.md$/.test(file.path)) return file;
    const text = new TextDecoder().decode(file.bytes).replace('harbour reopened', 'harbour reportedly reopened');
    return { ...file, bytes: new TextEncoder().encode(text) };
  });

  it('reports a kind that disagrees with the cues as a warning on the kind line', () => {
    expect(checkContent(hedged).problems).toEqual([
      {
        file: 'content/claims/harbour-report/01-reopened.md',
        line: 5,
        field: 'kind',
        message: expect.stringMatching(/^is event, but "reportedly" in the excerpt hedges it/) as string,
        severity: 'warning',
      },
    ]);
  });

  it('prints the warning from npm run check:content and still exits 0', () => {
    const result = runCli('check-content', [], fixtureContent('good', 'kind-warning', hedged));
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'content/claims/harbour-report/01-reopened.md:5: kind: warning: is event, but "reportedly" in the excerpt hedges it',
    );
    expect(result.stderr).toContain('0 errors, 1 warnings');
  });
});
