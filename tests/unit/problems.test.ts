import { describe, expect, it } from 'vitest';
import { didYouMean, fieldName, formatProblem } from '../../src/lib/problems.ts';

describe('problems', () => {
  it('formats path:line: field: message, as the contract says', () => {
    expect(
      formatProblem({ file: 'content/a.md', line: 4, field: 'date.end', message: 'is wrong', severity: 'error' }),
    ).toBe('content/a.md:4: date.end: is wrong');
    expect(formatProblem({ file: 'content/a.md', field: 'file', message: 'is empty', severity: 'error' })).toBe(
      'content/a.md: file: is empty',
    );
    expect(formatProblem({ file: 'content/a.md', line: 2, field: 'kind', message: 'hm', severity: 'warning' })).toBe(
      'content/a.md:2: kind: warning: hm',
    );
  });

  it('names nested fields with dots and list positions', () => {
    expect(fieldName(['attribution', 'chain', 1])).toBe('attribution.chain[1]');
  });

  it('suggests the closest known word only when it is close', () => {
    expect(didYouMean('excrept', ['excerpt', 'kind'])).toBe('excerpt');
    expect(didYouMean('Kind', ['excerpt', 'kind'])).toBe('kind');
    expect(didYouMean('zzzzzz', ['excerpt', 'kind'])).toBeUndefined();
  });
});
