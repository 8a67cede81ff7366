import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { MAX_FIELD_CHARACTERS, readMarkdownFile, readYamlFile } from '../../src/lib/content/parse-file.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readMarkdownFile', () => {
  it('finds the line of nested fields and list items', () => {
    const read = readMarkdownFile('x.md', bytes('---\na: 1\nb:\n  c: 2\n  d:\n    - e\n    - f\n---\nBody\n'));
    expect(read.problems).toEqual([]);
    expect(read.file?.lineOf(['b', 'c'])).toBe(4);
    expect(read.file?.lineOf(['b', 'd', 1])).toBe(7);
    // A missing field is placed at the nearest enclosing one.
    expect(read.file?.lineOf(['b', 'missing'])).toBe(3);
    expect(read.file?.body).toBe('Body\n');
    expect(read.file?.bodyLine).toBe(9);
  });

  it('accepts a byte-order mark and CRLF line endings without moving any line', () => {
    const read = readMarkdownFile('x.md', bytes('\uFEFF---\r\na: 1\r\nb: 2\r\n---\r\nBody\r\n'));
    expect(read.problems).toEqual([]);
    expect(read.file?.data).toEqual({ a: 1, b: 2 });
    expect(read.file?.lineOf(['b'])).toBe(3);
    expect(read.file?.body).toBe('Body\n');
  });

  it('keeps unquoted dates as text, so that impossible days can be caught', () => {
    const read = readMarkdownFile('x.md', bytes('---\nday: 2025-02-30\n---\n'));
    expect(read.file?.data).toEqual({ day: '2025-02-30' });
  });

  it('reports YAML errors on the file line where they stand', () => {
    const read = readMarkdownFile('x.md', bytes('---\na: 1\nb: [unclosed\n---\n'));
    expect(read.problems[0]).toMatchObject({ file: 'x.md', field: 'frontmatter', severity: 'error' });
    expect(read.problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('rejects duplicate keys, which would silently drop one value', () => {
    const read = readMarkdownFile('x.md', bytes('---\na: 1\na: 2\n---\n'));
    expect(read.problems[0]).toMatchObject({ line: 3, field: 'frontmatter' });
  });

  it('names the line of the first byte that is not UTF-8', () => {
    const read = readMarkdownFile('x.md', new Uint8Array([...bytes('---\na: 1\nb: '), 0xff, ...bytes('\n---\n')]));
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatchObject({ line: 3, field: 'file' });
    expect(read.problems[0]?.message).toMatch(/UTF-8/);
  });
});

/**
 * Frontmatter that YAML readers are known to disagree on: number forms, booleans and nulls of YAML 1.1 and 1.2,
 * tags, anchors, complex and null keys, directives, block scalars, and broken text.
 */
const TRICKY_YAML = [
  'a: 0o17',
  'a: 017',
  'a: 0x1F',
  'a: 0b101',
  'a: -0x1',
  'a: 1_000',
  'a: +5',
  'a: 1.5e3',
  'a: .inf',
  'a: -.Inf',
  'a: .NaN',
  'a: yes',
  'a: on',
  'a: True',
  'a: tRue',
  'a: ~',
  'a: Null',
  'a:',
  'a: 2025-08-04',
  'a: 2025-08-04T10:00:00Z',
  'a: 12:30',
  'a: 1:20:30',
  'a: !!str 5',
  'a: !foo bar',
  'a: !!binary aGVsbG8=',
  'a: !!timestamp 2025-01-01',
  'a: !!int 1.5',
  'a: !!set {x}',
  'a: &x 1\nb: *x',
  'base: &b {x: 1}\nc:\n  <<: *b\n  y: 2',
  'a: *nowhere',
  '? [1, 2]\n: x',
  '1: a',
  'true: a',
  'null: a',
  '~: a',
  'x: {~: 1}',
  '%YAML 1.1\n---\na: yes',
  "a: 'it''s'",
  'a: >-\n  folded\n  text',
  'a: |\n  kept\n  lines',
  'a: [1, 2',
  'a: b: c',
  'a: [a, b]: c',
  'a: 1\na: 2',
  'a: {b: 1, b: 2}',
  'a:\t1',
  'a: x#y',
  'a: "\\u00e9 \\"q\\""',
  'a: plain\n  continued',
  'a: b\n c: d',
  'a: "unclosed',
  '# only a comment',
  '',
];

describe('reading YAML', () => {
  it('reads YAML exactly as the reference reader (yaml, core schema) does, values and errors alike', () => {
    for (const text of TRICKY_YAML) {
      const reference = parseDocument(text, { uniqueKeys: true });
      let expected: unknown;
      try {
        // The one configuration content is read with: unknown tags are errors, not text, and aliases are bounded.
        expected =
          reference.errors.length > 0 || reference.warnings.length > 0
            ? 'error'
            : (reference.toJS({ maxAliasCount: 100 }) as unknown);
      } catch {
        expected = 'error';
      }
      const read = readYamlFile('s.yaml', bytes(`${text}\n`));
      if (expected === 'error') {
        expect(read.problems[0]?.message, text).toMatch(/^YAML syntax error: /);
      } else if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) {
        expect(read.problems, text).toEqual([]);
        expect(read.file?.data, text).toEqual(expected);
      } else {
        // Empty, a comment alone, a list: not a mapping, for both readers.
        expect(read.problems[0]?.message, text).toMatch(/^is empty|^must be a list/);
      }
    }
  });

  it('finds lines on valid text too, where the fast reader keeps none', () => {
    const read = readYamlFile('s.yaml', bytes('# a comment\ntype: person\nname: Ana\nrole:\n  - x\n  - y\n'));
    expect(read.file?.lineOf(['name'])).toBe(3);
    expect(read.file?.lineOf(['role', 1])).toBe(6);
  });
});

describe('readYamlFile', () => {
  it('rejects a file that is not a mapping', () => {
    expect(readYamlFile('s.yaml', bytes('- a\n- b\n')).problems[0]).toMatchObject({ field: 'file', line: 1 });
  });
});

describe('reading hostile YAML', () => {
  /** Nine levels of nine aliases each: 9^9 values once expanded. */
  const aliasBomb = () => {
    let text = 'a0: &a0 [x, x, x, x, x, x, x, x, x]\n';
    for (let level = 1; level < 10; level++)
      text += `a${String(level)}: &a${String(level)} [${Array(9)
        .fill(`*a${String(level - 1)}`)
        .join(', ')}]\n`;
    return `${text}type: outlet\nname: X\n`;
  };

  it('refuses an alias bomb with one line, without expanding it', () => {
    const read = readYamlFile('content/sources/x.yaml', bytes(aliasBomb()));
    expect(read.file).toBeUndefined();
    expect(read.problems.map(formatProblem)).toEqual([
      'content/sources/x.yaml:1: file: YAML aliases here expand to more than 100 copies; write the values out instead',
    ]);
  });

  it('refuses an alias bomb in frontmatter too', () => {
    const read = readMarkdownFile('content/claims/a/01-x.md', bytes(`---\n${aliasBomb()}---\n`));
    expect(read.problems.map((problem) => problem.message)).toEqual([
      'YAML aliases here expand to more than 100 copies; write the values out instead',
    ]);
  });

  it('refuses a custom tag rather than reading it as text', () => {
    const read = readMarkdownFile('content/claims/a/01-x.md', bytes('---\nheadline: !custom x\n---\n'));
    expect(read.problems.map(formatProblem)).toEqual([
      'content/claims/a/01-x.md:2: frontmatter: YAML syntax error: Unresolved tag: !custom; content uses no YAML tags: write the value plainly',
    ]);
  });

  it('keeps an unquoted day in a text field as the text written', () => {
    const read = readMarkdownFile('content/claims/a/01-x.md', bytes('---\nasWritten: 2025-07-03\n---\n'));
    expect(read.problems).toEqual([]);
    expect(read.file?.data).toEqual({ asWritten: '2025-07-03' });
  });

  it('reads a line of dashes inside a quoted value as part of the value, not the end of the frontmatter', () => {
    const read = readMarkdownFile('content/claims/a/01-x.md', bytes('---\nexcerpt: "one\n----\ntwo"\n---\nnote\n'));
    expect(read.problems).toEqual([]);
    expect(read.file?.data).toEqual({ excerpt: 'one ---- two' });
    expect(read.file?.body).toBe('note\n');
  });

  it('refuses a field over the limit, naming the field and its line', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARACTERS + 1);
    const read = readMarkdownFile('content/claims/a/01-x.md', bytes(`---\norder: 1\nexcerpt: "${long}"\n---\n`));
    expect(read.problems.map(formatProblem)).toEqual([
      `content/claims/a/01-x.md:3: excerpt: is ${String(MAX_FIELD_CHARACTERS + 1)} characters long, over the ${String(MAX_FIELD_CHARACTERS)} a field may hold`,
    ]);
  });
});
