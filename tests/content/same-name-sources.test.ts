import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { fixtureFiles } from '../helpers/fixtures.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const withSources = (extra: Record<string, string>) => [
  ...fixtureFiles('base'),
  ...Object.entries(extra).map(([name, text]) => ({ path: `content/sources/${name}`, bytes: encode(text) })),
];
const lines = (extra: Record<string, string>) => checkContent(withSources(extra)).problems.map(formatProblem);

describe('sources with the same name', () => {
  it('warns on an outlet copied under a second id, on the later file, and fails nothing', () => {
    expect(lines({ 'gazette.yaml': 'type: outlet\nname: The  coast gazette\n' })).toEqual([
      'content/sources/gazette.yaml:2: name: warning: "The  coast gazette" also names the outlet in ' +
        'content/sources/coast-gazette.yaml; one outlet, one file, or its claims are counted apart',
    ]);
  });

  it('warns on a person named twice', () => {
    expect(lines({ 'mayor-ruiz.yaml': 'type: person\nname: Ana Ruiz\nrole: Mayor\naffiliation: town council\n' })).toEqual([
      expect.stringMatching(/^content\/sources\/mayor-ruiz\.yaml:2: name: warning: "Ana Ruiz" also names the person in content\/sources\/ana-ruiz\.yaml/),
    ]);
  });

  it('lets anonymous groups share a description, and a person share an outlet’s name', () => {
    expect(
      lines({
        'other-port-officials.yaml':
          'type: group\nname: port officials\nsourcing: anonymous-official\nrole: officials of another port\nside: the port\n',
        'coast-gazette-founder.yaml': 'type: person\nname: The Coast Gazette\nrole: founder\naffiliation: the paper\n',
      }),
    ).toEqual([]);
  });
});
