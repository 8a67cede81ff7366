import { describe, expect, it } from 'vitest';
import { checkContent, type RawFile } from '../../src/lib/content/check.ts';
import { checkCorrections } from '../../src/lib/content/corrections-check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

const REPAIRS = 'content/claims/harbour-report/02-repairs.md';
const FOLLOW_UP = 'content/follow-ups/repairs-finished.md';
const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

/** The base fixture with `edits` applied to the files they name; the unedited base is the published version. */
function run(edits: Record<string, (source: string) => string>, severity: 'error' | 'warning' = 'error') {
  const published = fixtureFiles('base');
  const files: RawFile[] = published.map((file) => {
    const edit = edits[file.path];
    return edit ? { path: file.path, bytes: new TextEncoder().encode(edit(text(file.bytes))) } : file;
  });
  const checked = checkContent(files);
  expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  const publishedMap = new Map(published.map((file) => [file.path, file.bytes]));
  return checkCorrections(checked.content, files, publishedMap, severity).map(formatProblem);
}

const toOwnVoice = (source: string) =>
  source
    .replace('category: anonymous-official', 'category: unattributed')
    .replace('chain: [coast-gazette, port-officials]', 'chain: [coast-gazette]');

const correction = `corrections:
  - date: 2025-04-10
    fields: [attribution.category, attribution.chain]
    from: port officials
    to: the Gazette's own voice
    reason: The article gives the estimate in its own voice.
`;

describe('checkCorrections', () => {
  it('passes unchanged content', () => {
    expect(run({})).toEqual([]);
  });

  it('names the file, line and field of a sourcing change with no correction recorded', () => {
    expect(run({ [REPAIRS]: toOwnVoice })).toEqual([
      `${REPAIRS}:7: attribution.category: changed since the claim was published (was "anonymous-official") but no ` +
        'correction records it; add one to `corrections` naming "attribution.category" and why (docs/corrections.md)',
      `${REPAIRS}:8: attribution.chain: changed since the claim was published (was "coast-gazette > port-officials") ` +
        'but no correction records it; add one to `corrections` naming "attribution.chain" and why ' +
        '(docs/corrections.md)',
    ]);
  });

  it('is a warning when the caller says so (an editor’s machine rather than CI)', () => {
    expect(run({ [REPAIRS]: toOwnVoice }, 'warning')[0]).toContain('attribution.category: warning: changed');
  });

  it('accepts a change with a correction recorded since the published version', () => {
    expect(run({ [REPAIRS]: (source) => toOwnVoice(source).replace(/\n---\n/, `\n${correction}---\n`) })).toEqual([]);
  });

  it('asks for each changed field: a correction of the category alone leaves the excerpt reported', () => {
    const only = correction.replace('[attribution.category, attribution.chain]', '[attribution.category]');
    const problems = run({ [REPAIRS]: (source) => toOwnVoice(source).replace(/\n---\n/, `\n${only}---\n`) });
    expect(problems.map((line) => line.split(': ')[1])).toEqual(['attribution.chain']);
  });

  it('does not count the editor’s note, headline or rationale as corrections', () => {
    expect(
      run({
        'content/claims/harbour-report/01-reopened.md': (source) =>
          source
            .replace('The note may use', 'The note, retyped, may use')
            .replace(
              'kind: event',
              'kind: event\nheadline: Harbour reopens\nrationale: Monday is read from the publication day.',
            ),
      }),
    ).toEqual([]);
  });

  it('reports a changed date or kind', () => {
    const problems = run({
      'content/claims/harbour-report/01-reopened.md': (source) =>
        source.replace('end: 2025-03-10', 'end: 2025-03-10').replace('basis: inferred', 'basis: stated'),
      'content/claims/harbour-report/03-aid.md': (source) => source.replace('kind: statement', 'kind: prediction'),
    });
    expect(problems.map((line) => line.split(': ').slice(0, 2).join(': '))).toEqual([
      'content/claims/harbour-report/01-reopened.md:9: date',
      'content/claims/harbour-report/03-aid.md:5: kind',
    ]);
  });

  it('keeps published corrections on the record', () => {
    const published = fixtureFiles('base').map((file) =>
      file.path === REPAIRS
        ? {
            path: file.path,
            bytes: new TextEncoder().encode(text(file.bytes).replace(/\n---\n/, `\n${correction}---\n`)),
          }
        : file,
    );
    const files = fixtureFiles('base');
    const checked = checkContent(files);
    const problems = checkCorrections(
      checked.content,
      files,
      new Map(published.map((file) => [file.path, file.bytes])),
      'error',
    );
    expect(problems.map(formatProblem)).toEqual([
      `${REPAIRS}: corrections: no longer lists the published correction of 2025-04-10 (attribution.category, ` +
        'attribution.chain); a correction stays on the record',
    ]);
  });

  it('reports a follow-up’s changed outcome unless a correction for that claim records it', () => {
    const refute = (source: string) => source.replace('outcome: confirmed', 'outcome: refuted');
    expect(run({ [FOLLOW_UP]: refute })).toEqual([
      `${FOLLOW_UP}:11: resolves[0].outcome: changed from "confirmed" to "refuted" since the follow-up was published ` +
        'but no correction records it; add one to `corrections` for claim "harbour-report/02-repairs" ' +
        '(docs/corrections.md)',
    ]);
    const recorded = `corrections:
  - date: 2025-04-20
    claim: harbour-report/02-repairs
    from: confirmed
    to: refuted
    reason: The port reopened the works a week later.
`;
    expect(run({ [FOLLOW_UP]: (source) => refute(source).replace(/\n---\n/, `\n${recorded}---\n`) })).toEqual([]);
  });

  it('checks without history that a follow-up’s correction names a claim it settles', () => {
    const files = fixtureFiles('base').map((file) =>
      file.path === FOLLOW_UP
        ? {
            path: file.path,
            bytes: new TextEncoder().encode(
              text(file.bytes).replace(
                /\n---\n/,
                '\ncorrections:\n  - date: 2025-04-20\n    claim: harbour-report/03-aid\n    from: open\n    to: refuted\n' +
                  '    reason: A test.\n---\n',
              ),
            ),
          }
        : file,
    );
    const checked = checkContent(files);
    expect(checkCorrections(checked.content, files, new Map(), 'warning').map(formatProblem)).toEqual([
      `${FOLLOW_UP}:15: corrections[0].claim: is "harbour-report/03-aid", which this follow-up's \`resolves\` does ` +
        'not name',
    ]);
  });
});
