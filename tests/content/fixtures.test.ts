import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { historyOptionsFrom, runContentCheck } from '../../src/loaders/content-pipeline.ts';
import { runBuildHook } from '../helpers/build-hook.ts';
import { runCli } from '../helpers/cli.ts';
import { badFixtures, expectedFor, fixtureContent, fixtureFiles, goodFixtures, type Expected } from '../helpers/fixtures.ts';

/**
 * Every bad fixture goes through the content check three ways: in memory (`checkContent`), from its folder through
 * the pipeline `npm run check:content` runs, and through the build's check hook, the last two in this process. A
 * few also run as the real `check:content` process, for what only the process shows: its exit status, the problem
 * lines on stdout and the summary on stderr.
 */

/** One of each kind of line: an error with its line number, and an error whose line is not known. */
const AS_A_PROCESS = ['unknown-key', 'yaml-syntax-error'];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The `path:line: field: ` a fixture's problem line starts with (any line, or none, when the fixture names none). */
const linePattern = (expected: Expected) =>
  new RegExp(
    `^${escape(expected.file)}${expected.line === undefined ? '(?::\\d+)?' : `:${String(expected.line)}`}: ${escape(expected.field)}: `,
    'm',
  );

/**
 * The content check as src/cli/check-content.ts runs it, in this process: the same pipeline with the same history
 * options, its problem lines as the CLI prints them on stdout, and the status it exits with.
 */
async function checkAsTheCli(dir: string) {
  const run = await runContentCheck({ root: dir, history: historyOptionsFrom(process.env) });
  return { status: run.errors > 0 ? 1 : 0, stdout: run.problems.map(formatProblem).join('\n') };
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

  it(`${warns ? 'warns in' : 'fails'} the check npm run check:content runs on its folder, with a path:line: field: line`, async () => {
    const result = await checkAsTheCli(fixtureContent('bad', name));
    expect(result.status).toBe(warns ? 0 : 1);
    expect(result.stdout).toMatch(linePattern(expected));
  });

  it(`${warns ? 'does not fail' : 'fails'} the build, which prints the same line`, async () => {
    const { lines, stopped } = await runBuildHook(fixtureContent('bad', name));
    expect(lines.join('\n')).toMatch(linePattern(expected));
    if (warns) expect(stopped).toBeUndefined();
    else expect(stopped).toMatch(/^content check failed: /);
  });
});

describe.each(AS_A_PROCESS)('npm run check:content on bad content: %s', (name) => {
  it('exits 1, with the problem line on stdout and the summary on stderr', () => {
    const expected = expectedFor(name);
    const result = runCli('check-content', [], fixtureContent('bad', name));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(linePattern(expected));
    expect(result.stdout).not.toMatch(/check:content/);
    expect(result.stderr).toMatch(/^check:content failed: 1 articles, \d+ sources, \d+ claims: [1-9]\d* errors/m);
  });
});

describe.each(goodFixtures())('valid content: %s', (name) => {
  it('passes the check', () => {
    expect(checkContent(fixtureFiles('good', name)).problems.map(formatProblem)).toEqual([]);
  });
});
