import { describe, expect, it } from 'vitest';
import { claimsCsv, csvField } from '../../src/lib/publish/csv.ts';
import type { Claim } from '../../src/lib/site/model.ts';

const claim = (overrides: Partial<Claim>): Claim => ({
  id: 'a/01-x',
  article: 'a',
  order: 1,
  excerpt: 'He said "no", then left.',
  kind: 'statement',
  attribution: { category: 'named', chain: ['pub', 'person'] },
  hedges: [],
  corrections: [],
  ...overrides,
});

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3)).toBe('3');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-1+2')).toBe("'-1+2");
  });
});

describe('claimsCsv', () => {
  it('writes a BOM, a header and one CRLF row per claim in claim order', () => {
    const csv = claimsCsv(
      [
        claim({ id: 'a/02-y', order: 2, excerpt: 'Second.', hedges: ['may', 'could'] }),
        claim({
          date: {
            start: '2025-08-04',
            end: '2025-08-10',
            precision: 'week',
            asWritten: 'this week',
            basis: 'inferred',
          },
        }),
      ],
      new URL('https://claimline.example/'),
    );
    expect(csv.startsWith('\uFEFFid,url,article,order,excerpt,')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(4); // header, two rows, and the empty string after the final CRLF
    expect(rows[1]).toBe(
      'a/01-x,https://claimline.example/claims/a/01-x/,a,1,"He said ""no"", then left.",statement,named,pub > person,2025-08-04,2025-08-10,week,this week,inferred,',
    );
    expect(rows[2]).toContain(',Second.,');
    expect(rows[2]?.endsWith(',may; could')).toBe(true);
  });
});
