import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import contentIntegrity from '../../src/integrations/content-integrity.ts';
import { runCli } from '../helpers/cli.ts';
import { badFixtures, expectedFor, fixtureFiles, fixtureProject, goodFixtures } from '../helpers/fixtures.ts';
import { pathToFileURL } from 'node:url';

/** Run the build's integrity hook the way `astro build` does, on a fixture project. */
async function buildHook(dir: string): Promise<unknown> {
  const stop = (summary: string): never => {
    throw new Error(summary);
  };
  const hook = contentIntegrity({ stop }).hooks['astro:config:setup'];
  const lines: string[] = [];
  const record = (line: string) => void lines.push(line);
  const logger = { error: record, warn: record, info: record };
  try {
    // Only the fields the hook reads are given.
    await (hook as (options: unknown) => Promise<void>)({
      config: { root: pathToFileURL(`${dir}/`) },
      command: 'build',
      logger,
    });
    return undefined;
  } catch (error) {
    return error;
  }
}

describe('the base fixture', () => {
  it('is valid, so that each bad fixture shows exactly its own mistake', () => {
    expect(checkContent(fixtureFiles('base')).problems).toEqual([]);
  });
});

describe.each(badFixtures())('bad content: %s', (name) => {
  const expected = expectedFor(name);
  const warns = expected.severity === 'warning';

  it('is reported with its file, line and field', () => {
    const { problems } = checkContent(fixtureFiles('bad', name));
    const match = problems.find((problem) => problem.file === expected.file && problem.field === expected.field);
    expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
    expect(match?.message).toContain(expected.message);
    if (expected.line !== undefined) expect(match?.line).toBe(expected.line);
    expect(match?.severity).toBe(expected.severity ?? 'error');
    // Said once: a second message on the same field would only blur the first.
    const onField = problems.filter((problem) => problem.file === expected.file && problem.field === expected.field);
    expect(onField.map(formatProblem)).toHaveLength(1);
    // One mistake, one line: nothing else reported as a consequence of it, with advice of its own.
    if (expected.only) expect(problems.map(formatProblem)).toEqual(onField.map(formatProblem));
  });

  it(`${warns ? 'warns in' : 'fails'} npm run check:content with a path:line: field: line`, () => {
    const dir = fixtureProject('bad', name);
    const result = runCli('check-content', [], dir);
    expect(result.status).toBe(warns ? 0 : 1);
    const line = expected.line === undefined ? '(?::\\d+)?' : `:${expected.line}`;
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${escape(expected.file)}${line}: ${escape(expected.field)}: `, 'm');
    expect(result.stdout).toMatch(pattern);
  });

  it(warns ? 'does not fail the build' : 'fails the build', async () => {
    const error = await buildHook(fixtureProject('bad', name));
    if (warns) {
      expect(error).toBeUndefined();
      return;
    }
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/content check failed/);
  });
});

describe.each(goodFixtures())('valid content: %s', (name) => {
  it('passes the check', () => {
    expect(checkContent(fixtureFiles('good', name)).problems.map(formatProblem)).toEqual([]);
  });
});
