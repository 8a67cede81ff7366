import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/command-line.ts';
import { checkContentCommand, draftCommand, newClaimCommand } from '../../src/cli/options.ts';

const draft = (argv: string[]) => parseCommandLine(draftCommand, argv);
const newClaim = (argv: string[]) => parseCommandLine(newClaimCommand, argv);

describe('check:content', () => {
  it('checks once, or watches with --watch; anything else is refused', () => {
    expect(parseCommandLine(checkContentCommand, []).options).toEqual({ watch: false });
    expect(parseCommandLine(checkContentCommand, ['--watch']).options).toEqual({ watch: true });
    expect(parseCommandLine(checkContentCommand, ['--wacth']).error).toMatch(/^Unknown option '--wacth'/);
    expect(parseCommandLine(checkContentCommand, ['content/']).error).toMatch(/^Unexpected argument 'content\/'/);
    expect(parseCommandLine(checkContentCommand, ['--help']).help).toMatch(/^usage: npm run check:content .*--watch/su);
  });
});

describe('claims:draft', () => {
  const required = ['a.md', '--published', '2025-08-08', '--publisher', 'RBC-Ukraine'];

  it('reads the contract’s flags', () => {
    expect(draft([...required, '--out', 'dir', '--json']).options).toEqual({
      file: 'a.md',
      published: '2025-08-08',
      publisher: 'RBC-Ukraine',
      out: 'dir',
      json: true,
      jsonFile: undefined,
      id: undefined,
      url: undefined,
      language: undefined,
    });
    expect(
      draft(['--json-file', 'd.json', ...required, '--id', 'a-b', '--url', 'https://x.example/a', '--language', 'uk'])
        .options,
    ).toMatchObject({
      file: 'a.md',
      json: true,
      jsonFile: 'd.json',
      id: 'a-b',
      url: 'https://x.example/a',
      language: 'uk',
    });
  });

  it('refuses a missing, malformed or impossible --published with a message that says which', () => {
    expect(draft(['a.md', '--publisher', 'X']).error).toMatch(/missing --published/);
    expect(draft(['a.md', '--published', '8/8/2025', '--publisher', 'X']).error).toMatch(/YYYY-MM-DD/);
    expect(draft(['a.md', '--published', '2025-02-30', '--publisher', 'X']).error).toBe(
      '--published 2025-02-30 is not a real calendar day',
    );
    expect(draft(['a.md', '--publisher', 'X', '--published']).error).toBe(
      "Option '--published <value>' argument missing",
    );
  });

  it('refuses a missing file or publisher, a second file, unknown flags and bad ids, addresses and languages', () => {
    expect(draft(required.slice(1)).error).toBe('missing the article file');
    expect(draft([...required, 'b.md']).error).toBe('expected one article file, got 2: a.md, b.md');
    expect(draft(required.slice(0, 3)).error).toMatch(/missing --publisher/);
    expect(draft([...required, '--force']).error).toMatch(/^Unknown option '--force'/);
    expect(draft([...required, '--json=yes']).error).toBe("Option '--json' does not take an argument");
    expect(draft([...required, '--id', 'Bad Id']).error).toMatch(/^--id "Bad Id"/);
    expect(draft([...required, '--url', 'ftp://x.example/']).error).toMatch(/^--url /);
    expect(draft([...required, '--language', 'English']).error).toMatch(/^--language /);
  });

  it('prints its usage on --help', () => {
    expect(draft(['--help']).help).toMatch(/^usage: npm run claims:draft -- <article-file> --published/);
  });
});

describe('claims:new', () => {
  it('reads the flags, with the chain as a list', () => {
    expect(
      newClaim([
        '--article',
        'a',
        '--excerpt',
        ' Text. ',
        '--order',
        '3',
        '--chain',
        'x, y,',
        '--kind',
        'event',
        '--category',
        'named',
        '--headline',
        'H',
        '--slug',
        'text',
        '--out',
        'dir',
      ]).options,
    ).toEqual({
      article: 'a',
      excerpt: 'Text.',
      order: 3,
      chain: ['x', 'y'],
      kind: 'event',
      category: 'named',
      headline: 'H',
      slug: 'text',
      out: 'dir',
    });
  });

  it('refuses a missing article or excerpt, a bad order or slug, a missing value and an unknown flag', () => {
    expect(newClaim(['--excerpt', 'x']).error).toMatch(/--article/);
    expect(newClaim(['--article', 'a']).error).toMatch(/--excerpt/);
    expect(newClaim(['--article', 'a', '--excerpt', 'x', '--order', '0']).error).toMatch(/--order/);
    expect(newClaim(['--article', 'a', '--excerpt', 'x', '--slug', 'A B']).error).toMatch(/--slug/);
    expect(newClaim(['--article', 'a', '--excerpt']).error).toBe("Option '--excerpt <value>' argument missing");
    expect(newClaim(['--article', 'a', '--excerpt', 'x', '--note', 'n']).error).toMatch(/^Unknown option '--note'/);
  });

  it('prints its usage on --help', () => {
    expect(newClaim(['--help']).help).toMatch(/^usage: npm run claims:new -- --article/);
  });
});
