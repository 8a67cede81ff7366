import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptRuns, resultsSummary, sitePath } from '../../src/lib/site/search-results.ts';

describe('excerptRuns', () => {
  it('reads marked words out of a Pagefind excerpt', () => {
    expect(excerptRuns('Putin’s aide, Yuri <mark>Ushakov,</mark> said')).toEqual([
      { text: 'Putin’s aide, Yuri ', marked: false },
      { text: 'Ushakov,', marked: true },
      { text: ' said', marked: false },
    ]);
  });

  it('turns markup from an index into text, never into elements', () => {
    const runs = excerptRuns('&lt;script&gt;alert(1)&lt;/script&gt; <b onclick="x()">bold</b> <img src=x onerror=y>');
    expect(runs).toEqual([{ text: '<script>alert(1)</script> bold ', marked: false }]);
  });

  it('joins neighbouring runs of the same kind', () => {
    expect(excerptRuns('<mark>a</mark><mark>b</mark>c')).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
    ]);
    expect(excerptRuns('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named, decimal and hexadecimal references, and leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &#8220;c&#x201D; &nbsp;&bogus; &#0;')).toBe('a & b “c” \u00a0&bogus; &#0;');
  });
});

describe('sitePath', () => {
  it('keeps paths on this site and refuses anything else', () => {
    expect(sitePath('/claims/a/b/')).toBe('/claims/a/b/');
    expect(sitePath('javascript:alert(1)')).toBeUndefined();
    expect(sitePath('//evil.example/')).toBeUndefined();
    expect(sitePath('https://evil.example/')).toBeUndefined();
    expect(sitePath('/\\evil.example')).toBeUndefined();
  });
});

describe('resultsSummary', () => {
  it('says how many results there are, and how many are shown', () => {
    expect(resultsSummary(0, ' harbour ')).toBe('No results for “harbour”. Try another word, or browse the timeline.');
    expect(resultsSummary(1, 'harbour')).toBe('1 result for “harbour”.');
    expect(resultsSummary(27, 'the', 20)).toBe('27 results for “the”; the first 20 are shown.');
  });
});
