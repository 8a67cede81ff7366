import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { excerptRuns, resultsSummary, sitePath, type ExcerptNode } from '../../src/lib/site/search-results.ts';

/**
 * An excerpt parsed as the browser's parser parses it (hast-util-from-html follows the HTML parsing algorithm),
 * seen through the DOM's names for what excerptRuns reads; tests/browser/search.spec.ts runs the real DOMParser.
 */
function parsed(html: string): ExcerptNode {
  const node = (hast: Nodes): ExcerptNode => {
    const children = 'children' in hast ? hast.children.map(node) : [];
    if (hast.type === 'text') return { nodeType: 3, nodeName: '#text', nodeValue: hast.value, childNodes: [] };
    if (hast.type === 'comment') return { nodeType: 8, nodeName: '#comment', nodeValue: hast.value, childNodes: [] };
    if (hast.type === 'element')
      return { nodeType: 1, nodeName: hast.tagName.toUpperCase(), nodeValue: null, childNodes: children };
    return { nodeType: 11, nodeName: '#document-fragment', nodeValue: null, childNodes: children };
  };
  return node(fromHtml(html, { fragment: true }));
}

describe('excerptRuns', () => {
  it('reads marked words out of a Pagefind excerpt', () => {
    expect(excerptRuns(parsed('Putin’s aide, Yuri <mark>Ushakov,</mark> said'))).toEqual([
      { text: 'Putin’s aide, Yuri ', marked: false },
      { text: 'Ushakov,', marked: true },
      { text: ' said', marked: false },
    ]);
  });

  it('takes the text the parser decoded, references included', () => {
    expect(excerptRuns(parsed('a &amp; b &#8220;c&#x201D;&nbsp;<mark>&lt;d&gt;</mark> &bogus;'))).toEqual([
      { text: 'a & b “c”\u00a0', marked: false },
      { text: '<d>', marked: true },
      { text: ' &bogus;', marked: false },
    ]);
  });

  it('turns markup from an index into text, never into elements', () => {
    const html = '&lt;script&gt;alert(1)&lt;/script&gt; <b onclick="x()">bold</b> <img src=x onerror=y><!-- note -->';
    expect(excerptRuns(parsed(html))).toEqual([{ text: '<script>alert(1)</script> bold ', marked: false }]);
  });

  it('marks what is inside a mark at any depth, and nothing after it closes', () => {
    expect(excerptRuns(parsed('<mark><i>very</i> close</mark>, <i>then</i> not'))).toEqual([
      { text: 'very close', marked: true },
      { text: ', then not', marked: false },
    ]);
  });

  it('joins neighbouring runs of the same kind', () => {
    expect(excerptRuns(parsed('<mark>a</mark><mark>b</mark>c'))).toEqual([
      { text: 'ab', marked: true },
      { text: 'c', marked: false },
    ]);
    expect(excerptRuns(parsed(''))).toEqual([]);
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
