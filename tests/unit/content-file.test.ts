import { describe, expect, it } from 'vitest';
import { readMarkdownFile, readYamlFile } from '../../src/lib/content-file.ts';

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

describe('readYamlFile', () => {
  it('rejects a file that is not a mapping', () => {
    expect(readYamlFile('s.yaml', bytes('- a\n- b\n')).problems[0]).toMatchObject({ field: 'file', line: 1 });
  });
});
